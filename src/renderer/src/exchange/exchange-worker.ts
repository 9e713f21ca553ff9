// Off the UI thread, all of an exchange that is not the user's decision or the write itself:
// reading a set file (decode, parse, validate, plan) and keeping its annotations here, placing them
// once the user has decided (sent back in slices, so no one message takes the window long to
// receive), and an export read from the database, built and serialised here.
import type { Annotation, AnnotationSet } from '../../../shared/annotation';
import type { AnnotationSetFile } from '../../../shared/annotation-set-schema';
import { buildAnnotationSetFile, parseAnnotationSetBytes, serializeAnnotationSet } from '../../../shared/annotation-set-file';
import type { Article } from '../../../shared/article';
import type { SetFileFormat } from '../../../shared/ipc';
import { serializeWebAnnotation } from '../../../shared/web-annotation';
import { readSetContentsApart, type ImportedSetWrite } from '../db/set-repository';
import { applyImport, planImport, type ImportDecision, type ImportPlan, type ImportReport } from './import-plan';

/** Annotations per message while sending placed annotations back: each a short task to receive. */
const PLACED_SLICE = 1_000;

export type ExchangeRequest =
  | {
      id: number;
      type: 'read';
      bytes: Uint8Array;
      fileName: string;
      library: ReadonlyArray<Pick<Article, 'id' | 'title' | 'source'>>;
      storedSets: readonly AnnotationSet[];
    }
  | { id: number; type: 'place'; fileId: number; decision: ImportDecision; texts: ReadonlyMap<string, string>; now: string }
  | { id: number; type: 'forget'; fileId: number }
  | { id: number; type: 'export'; setId: string; documentId: string | null; format: SetFileFormat; exportedAt: string };

export type ExchangeResponse =
  | { id: number; type: 'read'; result: { ok: true; plan: ImportPlan; fileId: number } | { ok: false; errors: string[] } }
  /** One slice of the placed annotations; more follow, then `placed`. */
  | { id: number; type: 'slice'; annotations: Annotation[] }
  | { id: number; type: 'placed'; write: Omit<ImportedSetWrite, 'annotations'>; report: ImportReport }
  | { id: number; type: 'forgotten' }
  | { id: number; type: 'exported'; text: string; count: number; annotatorName: string }
  | { id: number; type: 'failed'; message: string };

/** Files read and planned, waiting for the user's decision, by the id handed out with their plan. */
const files = new Map<number, { file: AnnotationSetFile; plan: ImportPlan }>();
let nextFileId = 1;

const answer = (response: ExchangeResponse) => self.postMessage(response);

async function handle(request: ExchangeRequest): Promise<ExchangeResponse> {
  switch (request.type) {
    case 'read': {
      const parsed = parseAnnotationSetBytes(request.bytes);
      if (!parsed.ok) return { id: request.id, type: 'read', result: parsed };
      const plan = planImport(parsed.file, request.fileName, request.library, request.storedSets);
      const fileId = nextFileId++;
      files.set(fileId, { file: parsed.file, plan });
      return { id: request.id, type: 'read', result: { ok: true, plan, fileId } };
    }
    case 'place': {
      const read = files.get(request.fileId);
      files.delete(request.fileId);
      if (!read) throw new Error('the file is no longer at hand; import it again');
      const { write, report } = applyImport(read.file, read.plan, request.decision, request.texts, new Date(request.now));
      const { annotations, ...rest } = write;
      for (let from = 0; from < annotations.length; from += PLACED_SLICE) {
        answer({ id: request.id, type: 'slice', annotations: annotations.slice(from, from + PLACED_SLICE) });
      }
      return { id: request.id, type: 'placed', write: rest, report };
    }
    case 'forget':
      files.delete(request.fileId);
      return { id: request.id, type: 'forgotten' };
    case 'export': {
      const { set, annotations, documents } = await readSetContentsApart(request.setId, request.documentId);
      const file = buildAnnotationSetFile({ set, documents, annotations, exportedAt: new Date(request.exportedAt) });
      const text = request.format === 'w3c' ? serializeWebAnnotation(file) : serializeAnnotationSet(file);
      return { id: request.id, type: 'exported', text, count: annotations.length, annotatorName: set.annotator.name };
    }
  }
}

self.onmessage = (event: MessageEvent<ExchangeRequest>) => {
  const { id } = event.data;
  handle(event.data).then(answer, (error: unknown) => answer({ id, type: 'failed', message: error instanceof Error ? error.message : String(error) }));
};
