// The two exchanges with a colleague: exporting a set to a file (built off the UI thread, written
// whole by the main process) and reading a set file into an import plan, then storing it.
import type { AnnotationSet } from '../../../shared/annotation';
import { exportFileName } from '../../../shared/annotation-set-file';
import type { Article } from '../../../shared/article';
import type { ArticleFile, ExportResult, SetFileFormat } from '../../../shared/ipc';
import { importSet } from '../db/set-import';
import { readSetContents } from '../db/set-repository';
import type { Storage } from '../db/storage';
import { veritag } from '../veritag-bridge';
import { askExchangeWorker } from './exchange-client';
import { applyImport, planImport, type ImportDecision, type ImportPlan, type ImportReport } from './import-plan';

export interface ExportOptions {
  setId: string;
  /** One document, or null for the whole set. */
  documentId: string | null;
  format: SetFileFormat;
}

export async function exportSet(storage: Storage, options: ExportOptions, now = new Date()): Promise<ExportResult & { count: number }> {
  const { set, annotations, documents } = await readSetContents(storage, options.setId, options.documentId);
  const response = await askExchangeWorker({
    type: 'serialize',
    format: options.format,
    set: { id: set.id, name: set.name, annotator: set.annotator },
    documents,
    annotations,
    exportedAt: now.toISOString(),
  });
  if (response.type === 'failed') throw new Error(`The export could not be prepared: ${response.message}`);
  if (response.type !== 'serialized') throw new Error('The export could not be prepared.');
  const defaultName = exportFileName(set.annotator.name, now, options.format);
  const result = await veritag().saveExport({ defaultName, format: options.format, text: response.text });
  return { ...result, count: annotations.length };
}

export type ReadSetResult = { ok: true; plan: ImportPlan } | { ok: false; fileName: string; errors: string[] };

/** Parses and validates a set file off the UI thread, and matches it against the library. */
export async function readSetFile(
  file: ArticleFile,
  library: readonly Pick<Article, 'id' | 'title' | 'source'>[],
  storedSets: readonly AnnotationSet[],
): Promise<ReadSetResult> {
  const response = await askExchangeWorker({ type: 'parse', bytes: file.bytes });
  if (response.type === 'failed') return { ok: false, fileName: file.name, errors: [response.message] };
  if (response.type !== 'parsed') return { ok: false, fileName: file.name, errors: ['The file could not be read.'] };
  if (!response.result.ok) return { ok: false, fileName: file.name, errors: response.result.errors };
  return { ok: true, plan: planImport(response.result.file, file.name, library, storedSets) };
}

/** Re-anchors and stores a planned import, in one transaction. */
export async function storeImport(
  storage: Storage,
  plan: ImportPlan,
  decision: ImportDecision,
  onProgress?: (written: number, total: number) => void,
  now = new Date(),
): Promise<ImportReport> {
  const wanted = new Set<string>();
  for (const match of plan.matches) {
    if (match.known) wanted.add(match.document.id);
    const mapped = decision.mapping.get(match.document.id);
    if (mapped) wanted.add(mapped);
  }
  return importSet(storage, [...wanted], (texts) => applyImport(plan, decision, texts, now), onProgress);
}
