// The two exchanges with a colleague: exporting a set to a file (read, built and serialised in the
// exchange worker, written whole by the main process) and reading a set file into an import plan
// (in the worker, which keeps the annotations), then placing it (worker) and storing it (here).
import type { Annotation, AnnotationSet } from '../../../shared/annotation';
import { exportFileName } from '../../../shared/annotation-set-file';
import type { Article } from '../../../shared/article';
import type { ArticleFile, ExportResult, SetFileFormat } from '../../../shared/ipc';
import { importSet } from '../db/set-import';
import type { Storage } from '../db/storage';
import { veritag } from '../veritag-bridge';
import { askExchangeWorker } from './exchange-client';
import type { ImportDecision, ImportPlan, ImportReport } from './import-plan';

export interface ExportOptions {
  setId: string;
  /** One document, or null for the whole set. */
  documentId: string | null;
  format: SetFileFormat;
}

export async function exportSet(options: ExportOptions, now = new Date()): Promise<ExportResult & { count: number }> {
  const response = await askExchangeWorker({ type: 'export', ...options, exportedAt: now.toISOString() });
  if (response.type === 'failed') throw new Error(`The export could not be prepared: ${response.message}`);
  if (response.type !== 'exported') throw new Error('The export could not be prepared.');
  const defaultName = exportFileName(response.annotatorName, now, options.format);
  const result = await veritag().saveExport({ defaultName, format: options.format, text: response.text });
  return { ...result, count: response.count };
}

/** A file read and planned; its annotations wait in the exchange worker under `fileId`. */
export interface ReadPlan {
  plan: ImportPlan;
  fileId: number;
}

export type ReadSetResult = ({ ok: true } & ReadPlan) | { ok: false; fileName: string; errors: string[] };

/** Parses and validates a set file off the UI thread, and matches it against the library. */
export async function readSetFile(
  file: ArticleFile,
  library: readonly Pick<Article, 'id' | 'title' | 'source'>[],
  storedSets: readonly AnnotationSet[],
): Promise<ReadSetResult> {
  const response = await askExchangeWorker({ type: 'read', bytes: file.bytes, fileName: file.name, library, storedSets });
  if (response.type === 'failed') return { ok: false, fileName: file.name, errors: [response.message] };
  if (response.type !== 'read') return { ok: false, fileName: file.name, errors: ['The file could not be read.'] };
  if (!response.result.ok) return { ok: false, fileName: file.name, errors: response.result.errors };
  return { ok: true, plan: response.result.plan, fileId: response.result.fileId };
}

/** Lets the worker drop a read file the user chose not to import. */
export async function forgetSetFile(read: ReadPlan): Promise<void> {
  await askExchangeWorker({ type: 'forget', fileId: read.fileId });
}

/** How far a running import is: placing in the worker, then writing `written` of `total`. */
export type ImportProgress = { step: 'placing' } | { step: 'writing'; written: number; total: number };

/** Re-anchors a planned import in the worker and stores it here, in one transaction. */
export async function storeImport(
  storage: Storage,
  { plan, fileId }: ReadPlan,
  decision: ImportDecision,
  onProgress: (progress: ImportProgress) => void = () => undefined,
  now = new Date(),
): Promise<ImportReport> {
  const wanted = new Set<string>();
  for (const match of plan.matches) {
    if (match.known) wanted.add(match.document.id);
    const mapped = decision.mapping.get(match.document.id);
    if (mapped) wanted.add(mapped);
  }
  const place = async (texts: ReadonlyMap<string, string>) => {
    onProgress({ step: 'placing' });
    const annotations: Annotation[] = [];
    const response = await askExchangeWorker({ type: 'place', fileId, decision, texts, now: now.toISOString() }, (slice) => {
      for (const annotation of slice) annotations.push(annotation);
    });
    if (response.type === 'failed') throw new Error(`The set could not be placed: ${response.message}`);
    if (response.type !== 'placed') throw new Error('The set could not be placed.');
    return { write: { ...response.write, annotations }, report: response.report };
  };
  return importSet(storage, [...wanted], place, (written, total) => onProgress({ step: 'writing', written, total }));
}
