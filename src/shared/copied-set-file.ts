// One copied set (the user's own, a reviewed one) as a native set file and back, without loss: the
// file is checked by reading it back, and an annotation it cannot hold exactly is left out of it
// (the snapshot keeps that row as it is), so a snapshot never changes what it was given.
import type { Annotation } from './annotation';
import { annotationInSet, orphaned } from './annotation-factory';
import { buildAnnotationSetFile, parseAnnotationSetFile, serializeAnnotationSet } from './annotation-set-file';
import type { FileDocument } from './annotation-set-schema';
import type { Row } from './durable-copy';
import { asRecord } from './json-object';

export interface CopiedSetFile {
  /** The file's text (native format); null when the set's own fields cannot make a valid file. */
  text: string | null;
  /** Ids of the file's annotations that are orphans (the file format has no place for the flag). */
  orphans: string[];
  /** Annotations the file does not hold, as given. */
  leftOut: Row[];
}

interface SetHeader {
  id: string;
  name: string;
  annotator: { id: string; name: string };
}

/** The fields an annotation row may have to be written to a file: the file's, plus setId and orphan. */
const ANNOTATION_FIELDS: ReadonlySet<string> = new Set([
  'id', 'setId', 'document', 'label', 'start', 'end', 'exact', 'prefix', 'suffix', 'note',
  'created', 'modified', 'orphan', 'provenance',
]);
const STRING_FIELDS = ['id', 'setId', 'document', 'label', 'exact', 'prefix', 'suffix', 'note', 'created', 'modified'] as const;

/**
 * The file for `set` (a `sets` row) and its `annotations` (rows), written at `exportedAt`;
 * `documents` gives the title, source and length of every document they may refer to.
 */
export function copiedSetFile(
  set: Row,
  annotations: readonly Row[],
  documents: ReadonlyMap<string, FileDocument>,
  exportedAt: Date,
): CopiedSetFile {
  const header = setHeader(set);
  if (header === null) return { text: null, orphans: [], leftOut: [...annotations] };
  const leftOut: Row[] = [];
  let candidates: Array<Row & Annotation> = [];
  for (const row of annotations) {
    if (isWritable(row, header.id, documents)) candidates.push(row);
    else leftOut.push(row);
  }
  for (;;) {
    const text = fileText(header, candidates, documents, exportedAt);
    const orphans = candidates.filter((a) => a.orphan === 1).map((a) => a.id);
    const readBack = copiedSetRows(text, header.id, new Set(orphans));
    let rejected: Array<Row & Annotation>;
    if (readBack.ok) {
      const back = new Map(readBack.rows.map((row) => [row.id, row]));
      rejected = candidates.filter((a) => !sameFields(a, back.get(a.id)));
    } else {
      // The whole file failed: find the annotations that fail alone.
      rejected = candidates.filter((a) => !copiedSetRows(fileText(header, [a], documents, exportedAt), header.id, new Set()).ok);
      if (rejected.length === 0) return { text: null, orphans: [], leftOut: [...annotations] };
    }
    if (rejected.length === 0) return { text, orphans, leftOut };
    const out = new Set(rejected);
    candidates = candidates.filter((a) => !out.has(a));
    leftOut.push(...rejected);
  }
}

export type CopiedSetRowsResult = { ok: true; rows: Array<Row & Annotation> } | { ok: false; error: string };

/** The annotation rows of set `setId` read from its file; `orphans` names those flagged as orphans. */
export function copiedSetRows(text: string, setId: string, orphans: ReadonlySet<string>): CopiedSetRowsResult {
  const parsed = parseAnnotationSetFile(text);
  if (!parsed.ok) return { ok: false, error: parsed.errors.join('; ') };
  if (parsed.kind !== 'native') return { ok: false, error: 'not a Veritag set file' };
  if (parsed.file.set.id !== setId) return { ok: false, error: `it holds the set ${parsed.file.set.id}, not ${setId}` };
  const rows = parsed.file.annotations.map((record) => {
    const annotation = annotationInSet(record, setId);
    return { ...(orphans.has(annotation.id) ? orphaned(annotation) : annotation) };
  });
  return { ok: true, rows };
}

function fileText(header: SetHeader, annotations: readonly Annotation[], documents: ReadonlyMap<string, FileDocument>, exportedAt: Date): string {
  const referred = new Set(annotations.map((a) => a.document));
  const file = buildAnnotationSetFile({
    set: header,
    documents: [...referred].map((id) => documents.get(id)).filter((d) => d !== undefined),
    annotations,
    exportedAt,
  });
  return serializeAnnotationSet(file);
}

function setHeader(set: Row): SetHeader | null {
  const { id, name } = set;
  const annotator = asRecord(set['annotator']);
  const annotatorId = annotator?.['id'];
  const annotatorName = annotator?.['name'];
  if (typeof id !== 'string' || typeof name !== 'string') return null;
  if (typeof annotatorId !== 'string' || typeof annotatorName !== 'string') return null;
  return { id, name, annotator: { id: annotatorId, name: annotatorName } };
}

/**
 * True when `b` has the same fields as `a` with the same values (a writable row's are primitives);
 * a field set to undefined counts as absent, as in JSON.
 */
function sameFields(a: Row, b: Row | undefined): boolean {
  if (b === undefined) return false;
  const defined = (row: Row): string[] => Object.keys(row).filter((key) => row[key] !== undefined);
  const keys = defined(a);
  return keys.length === defined(b).length && keys.every((key) => a[key] === b[key]);
}

/** The row has only an annotation's fields, of the right types, in this set, on a known document. */
function isWritable(row: Row, setId: string, documents: ReadonlyMap<string, FileDocument>): row is Row & Annotation {
  if (!Object.keys(row).every((key) => ANNOTATION_FIELDS.has(key))) return false;
  if (!STRING_FIELDS.every((field) => typeof row[field] === 'string')) return false;
  if (typeof row['start'] !== 'number' || typeof row['end'] !== 'number') return false;
  if (row['orphan'] !== undefined && row['orphan'] !== 1) return false;
  if (row['provenance'] !== undefined && typeof row['provenance'] !== 'string') return false;
  return row['setId'] === setId && documents.has(row['document'] as string);
}
