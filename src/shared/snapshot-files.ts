// A snapshot of the durable copy as files and back: each copied set as a native set file, each
// article as its text, the other rows in state.json, and a manifest with every file's SHA-256.
// The same state always gives the same bytes, and reading gives back exactly the state written.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { z } from './zod-jitless';
import type { FileDocument } from './annotation-set-schema';
import { canonicalJson } from './canonical-json';
import { copiedSetFile, copiedSetRows } from './copied-set-file';
import { COPIED_TABLES, countsOf, emptyRows, keyString, primaryKey } from './durable-copy';
import type { CopiedTable, CopyCounts, CopyRows, CopyState, Row } from './durable-copy';
import { compareOrdinal } from './ordinal';

export const MANIFEST_FILE = 'manifest.json';
const STATE_FILE = 'state.json';
const SNAPSHOT_FORMAT = 'veritag.snapshot';
const STATE_FORMAT = 'veritag.snapshot-state';
const VERSION = 1;
/** The `exportedAt` of the set files of a state that has no time (an empty copy). */
const NO_TIME = new Date(0);

/** What a snapshot holds, written last: its counter and time, its counts, and every other file's hash. */
export interface SnapshotManifest {
  format: typeof SNAPSHOT_FORMAT;
  version: typeof VERSION;
  counter: number;
  at: string | null;
  counts: CopyCounts;
  /** Every other file by its path (`/`-separated), with the lowercase hex SHA-256 of its UTF-8 bytes. */
  files: Record<string, string>;
}

const DOCUMENT_ID = /^sha256:([0-9a-f]{64})$/;
const PLAIN_SET_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
/** Names Windows keeps for devices, even with an extension. */
const DEVICE_NAMES = /^(?:con|prn|aux|nul|com\d|lpt\d)$/;
const SNAPSHOT_PATH = /^(?:state\.json|sets\/(?:[a-z0-9][a-z0-9-]{0,63}|_[0-9a-f]{64})\.veritag\.json|articles\/[0-9a-f]{64}\.txt)$/;
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;
const HASH = /^[0-9a-f]{64}$/;

const rows = z.array(z.record(z.string(), z.unknown()));
const stringMap = z.record(z.string(), z.string());
const stateFileSchema = z.strictObject({
  format: z.literal(STATE_FORMAT),
  version: z.literal(VERSION),
  ...(Object.fromEntries(COPIED_TABLES.map((table) => [table, rows])) as Record<CopiedTable, typeof rows>),
  articles: stringMap,
  setFiles: stringMap,
  orphans: z.record(z.string(), z.array(z.string())),
});
type StateFile = z.infer<typeof stateFileSchema>;

const count = z.int().min(0);
const manifestSchema = z.strictObject({
  format: z.literal(SNAPSHOT_FORMAT),
  version: z.literal(VERSION),
  counter: count,
  at: z.string().nullable(),
  counts: z.strictObject({ articles: count, myAnnotations: count, reviewedSets: count, reviewedAnnotations: count }),
  files: z.record(z.string().regex(SNAPSHOT_PATH, 'a snapshot file path'), z.string().regex(HASH, 'a SHA-256 in hex')),
});

/** Lowercase hex SHA-256 of the text's UTF-8 bytes. */
export const textHash = (text: string): string => bytesToHex(sha256(new TextEncoder().encode(text)));

/**
 * The files of a snapshot of `state`, the manifest last. Throws when the state is not one: a row
 * without its key, or two rows of a table with the same key.
 */
export function snapshotFiles(state: CopyState): Map<string, string> {
  const sorted = sortedRows(state.rows);
  const files = new Map<string, string>();
  const documentRows: Row[] = [];
  const articles = new Map<string, string>();
  for (const row of sorted.documents) {
    const path = articlePath(row);
    if (path === null) {
      documentRows.push(row);
      continue;
    }
    const { text, ...withoutText } = row;
    files.set(path, text as string);
    articles.set(row['id'] as string, path);
    documentRows.push(withoutText);
  }
  const documents = fileDocuments(sorted);
  const exportedAt = timeOf(state.at);
  const bySet = new Map<unknown, Row[]>();
  for (const row of sorted.annotations) {
    const inSet = bySet.get(row['setId']);
    if (inSet) inSet.push(row);
    else bySet.set(row['setId'], [row]);
  }
  const leftOut: Row[] = [];
  const setFiles = new Map<string, string>();
  const orphans = new Map<string, string[]>();
  for (const set of sorted.sets) {
    const setId = set['id'] as string;
    const file = copiedSetFile(set, bySet.get(setId) ?? [], documents, exportedAt);
    bySet.delete(setId);
    leftOut.push(...file.leftOut);
    if (file.text === null) continue;
    const path = setPath(setId);
    files.set(path, file.text);
    setFiles.set(setId, path);
    if (file.orphans.length > 0) orphans.set(setId, file.orphans.sort(compareOrdinal));
  }
  for (const rest of bySet.values()) leftOut.push(...rest);
  const stateFile: StateFile = {
    format: STATE_FORMAT,
    version: VERSION,
    ...sorted,
    documents: documentRows,
    annotations: sortedTable('annotations', leftOut),
    // Object.fromEntries, not assignment: a set id such as `__proto__` stays a key.
    articles: Object.fromEntries(articles),
    setFiles: Object.fromEntries(setFiles),
    orphans: Object.fromEntries(orphans),
  };
  files.set(STATE_FILE, canonicalJson(stateFile, 1));
  const hashes = Object.fromEntries([...files].sort(([a], [b]) => compareOrdinal(a, b)).map(([path, text]) => [path, textHash(text)]));
  const manifest: SnapshotManifest = {
    format: SNAPSHOT_FORMAT,
    version: VERSION,
    counter: state.counter,
    at: state.at,
    counts: countsOf(sorted),
    files: hashes,
  };
  files.set(MANIFEST_FILE, `${canonicalJson(manifest, 2)}\n`);
  return files;
}

export type ManifestResult = { ok: true; manifest: SnapshotManifest } | { ok: false; error: string };

/** The manifest read from its text, its paths checked (no path leaves the snapshot's folder). */
export function parseSnapshotManifest(text: string): ManifestResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, error: `${MANIFEST_FILE} is not JSON` };
  }
  const checked = manifestSchema.safeParse(value);
  if (!checked.success) return { ok: false, error: `${MANIFEST_FILE} is not a snapshot manifest (${issues(checked.error)})` };
  if (!Object.hasOwn(checked.data.files, STATE_FILE)) return { ok: false, error: `${MANIFEST_FILE} does not list ${STATE_FILE}` };
  return { ok: true, manifest: checked.data };
}

export type SnapshotStateResult = { ok: true; state: CopyState } | { ok: false; error: string };

/**
 * The state a snapshot holds, from its manifest and the text of the files it lists: every file's
 * hash checked, then every row rebuilt (each table in the order of its keys).
 */
export function stateFromSnapshotFiles(manifest: SnapshotManifest, files: ReadonlyMap<string, string>): SnapshotStateResult {
  for (const [path, hash] of Object.entries(manifest.files)) {
    const text = files.get(path);
    if (text === undefined) return { ok: false, error: `${path} is missing` };
    if (textHash(text) !== hash) return { ok: false, error: `${path} does not match its SHA-256 in the manifest` };
  }
  const listed = (path: string): string | null => (Object.hasOwn(manifest.files, path) ? (files.get(path) ?? null) : null);
  const stateFile = readStateFile(listed(STATE_FILE) ?? '');
  if (typeof stateFile === 'string') return { ok: false, error: stateFile };
  const rebuilt = emptyRows();
  for (const table of COPIED_TABLES) rebuilt[table] = table === 'documents' ? [] : [...stateFile[table]];
  for (const row of stateFile.documents) {
    const id = row['id'];
    const path = typeof id === 'string' && Object.hasOwn(stateFile.articles, id) ? stateFile.articles[id] : undefined;
    if (path === undefined) {
      rebuilt.documents.push(row);
      continue;
    }
    const text = listed(path);
    if (text === null) return { ok: false, error: `${STATE_FILE} names ${path}, which the manifest does not list` };
    rebuilt.documents.push({ ...row, text });
  }
  for (const [setId, path] of Object.entries(stateFile.setFiles)) {
    const text = listed(path);
    if (text === null) return { ok: false, error: `${STATE_FILE} names ${path}, which the manifest does not list` };
    const read = copiedSetRows(text, setId, new Set(Object.hasOwn(stateFile.orphans, setId) ? stateFile.orphans[setId] : []));
    if (!read.ok) return { ok: false, error: `${path}: ${read.error}` };
    rebuilt.annotations.push(...read.rows);
  }
  let state: CopyState;
  try {
    state = { counter: manifest.counter, at: manifest.at, rows: sortedRows(rebuilt) };
  } catch (error) {
    return { ok: false, error: `${STATE_FILE}: ${(error as Error).message}` };
  }
  if (canonicalJson(countsOf(state.rows)) !== canonicalJson(manifest.counts)) {
    return { ok: false, error: `the files hold other counts than ${MANIFEST_FILE} says` };
  }
  return { ok: true, state };
}

function readStateFile(text: string): StateFile | string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return `${STATE_FILE} is not JSON`;
  }
  const checked = stateFileSchema.safeParse(value);
  // The checked copy would rebuild rows key by key; the parsed value keeps every key as written.
  return checked.success ? (value as StateFile) : `${STATE_FILE} is not a snapshot state (${issues(checked.error)})`;
}

/** Every table sorted by key; throws on a row without its key or a key used twice. */
function sortedRows(rows: CopyRows): CopyRows {
  const sorted = emptyRows();
  for (const table of COPIED_TABLES) sorted[table] = sortedTable(table, rows[table]);
  return sorted;
}

function sortedTable(table: CopiedTable, tableRows: readonly Row[]): Row[] {
  const keyed = tableRows.map((row) => ({ key: keyString(primaryKey(table, row)), row }));
  keyed.sort((a, b) => compareOrdinal(a.key, b.key));
  keyed.forEach(({ key }, i) => {
    if (i > 0 && keyed[i - 1]?.key === key) throw new Error(`two ${table} rows have the key ${JSON.stringify(key.split('\u0000'))}`);
  });
  return keyed.map(({ row }) => row);
}

/** `articles/<hex>.txt` for a document whose id is a document id and whose text UTF-8 can hold. */
function articlePath(row: Row): string | null {
  const id = row['id'];
  const text = row['text'];
  const hex = typeof id === 'string' ? DOCUMENT_ID.exec(id)?.[1] : undefined;
  if (hex === undefined || typeof text !== 'string' || LONE_SURROGATE.test(text)) return null;
  return `articles/${hex}.txt`;
}

/** `sets/<id>.veritag.json` for an id that is a safe file name everywhere, else the id's SHA-256. */
function setPath(setId: string): string {
  const plain = PLAIN_SET_ID.test(setId) && !DEVICE_NAMES.test(setId);
  return `sets/${plain ? setId : `_${textHash(setId)}`}.veritag.json`;
}

/** Title, source and length of every document an annotation may name (the library first). */
function fileDocuments(sorted: CopyRows): Map<string, FileDocument> {
  const documents = new Map<string, FileDocument>();
  for (const row of [...sorted.documents, ...sorted.foreignDocuments]) {
    const { id, title, source, length } = row;
    if (typeof id !== 'string' || documents.has(id) || typeof title !== 'string' || typeof source !== 'string' || typeof length !== 'number') continue;
    documents.set(id, { id, title, source, length });
  }
  return documents;
}

function timeOf(at: string | null): Date {
  const time = at === null ? Number.NaN : Date.parse(at);
  return Number.isNaN(time) ? NO_TIME : new Date(time);
}

function issues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || 'the whole'}: ${issue.message}`)
    .join('; ');
}
