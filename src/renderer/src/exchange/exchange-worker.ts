// Off the UI thread: reading (decode, parse, validate) and writing (build, serialize) whole
// annotation-set files, which for 50,000 annotations take long enough to freeze a window.
import type { Annotation, AnnotationSet } from '../../../shared/annotation';
import { buildAnnotationSetFile, parseAnnotationSetBytes, serializeAnnotationSet } from '../../../shared/annotation-set-file';
import type { SetFileFormat } from '../../../shared/ipc';
import { serializeWebAnnotation } from '../../../shared/web-annotation';

export type ExchangeRequest =
  | { id: number; type: 'parse'; bytes: Uint8Array }
  | {
      id: number;
      type: 'serialize';
      format: SetFileFormat;
      set: Pick<AnnotationSet, 'id' | 'name' | 'annotator'>;
      documents: Array<{ id: string; title: string; source: string; length: number }>;
      annotations: Annotation[];
      exportedAt: string;
    };

export type ExchangeResponse =
  | { id: number; type: 'parsed'; result: ReturnType<typeof parseAnnotationSetBytes> }
  | { id: number; type: 'serialized'; text: string }
  | { id: number; type: 'failed'; message: string };

function handle(request: ExchangeRequest): ExchangeResponse {
  if (request.type === 'parse') {
    return { id: request.id, type: 'parsed', result: parseAnnotationSetBytes(request.bytes) };
  }
  const file = buildAnnotationSetFile({
    set: request.set,
    documents: request.documents,
    annotations: request.annotations,
    exportedAt: new Date(request.exportedAt),
  });
  const text = request.format === 'w3c' ? serializeWebAnnotation(file) : serializeAnnotationSet(file);
  return { id: request.id, type: 'serialized', text };
}

self.onmessage = (event: MessageEvent<ExchangeRequest>) => {
  let response: ExchangeResponse;
  try {
    response = handle(event.data);
  } catch (error) {
    response = { id: event.data.id, type: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(response);
};
