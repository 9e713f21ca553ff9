// The durable copy's data, shared by the renderer (which records every committed change) and the
// main process (which keeps it as files): the rows of the user's own work, the journal's changes,
// and what the Backups window and a restore report.

/**
 * The database tables the copy keeps. Of `sets` and `annotations`, only the user's own set and the
 * reviewed sets (kinds `mine` and `reviewed`); colleagues' imported sets have files of their own.
 */
export const COPIED_TABLES = ['documents', 'meta', 'sets', 'annotations', 'foreignDocuments', 'reviews', 'decisions'] as const;
export type CopiedTable = (typeof COPIED_TABLES)[number];

/** A stored row as IndexedDB holds it: a JSON object. */
export type Row = Record<string, unknown>;

/** A primary key: a string, or the parts of a compound key (`[setId, id]`, `[reviewId, group]`). */
export type RowKey = string | string[];

/** One row written or deleted by a committed transaction. */
export type RowChange =
  | { table: CopiedTable; op: 'put'; row: Row }
  | { table: CopiedTable; op: 'delete'; key: RowKey };

/**
 * One line of the journal: the changes one committed transaction made to the copied tables, and
 * the change counter that transaction stored in the database (`meta.changeCounter`): 1, 2, 3, …
 */
export interface JournalEntry {
  counter: number;
  /** When the transaction committed (RFC 3339, UTC). */
  at: string;
  changes: RowChange[];
}

export type CopyRows = Record<CopiedTable, Row[]>;

/** The whole of the user's work at one change counter: what a snapshot holds and a restore writes. */
export interface CopyState {
  counter: number;
  /** When the last change was made (RFC 3339, UTC); null for an empty copy. */
  at: string | null;
  rows: CopyRows;
}

/** What a copy holds, in the words the notices and the Backups window use. */
export interface CopyCounts {
  articles: number;
  /** Annotations in the user's own set. */
  myAnnotations: number;
  reviewedSets: number;
  /** Annotations in the reviewed sets, all together. */
  reviewedAnnotations: number;
}

/** The key of `meta` that holds the change counter in the database. */
export const CHANGE_COUNTER_KEY = 'changeCounter';

/** The primary key of each copied table, as Dexie declares it (database.ts). */
const KEY_FIELDS: Record<CopiedTable, readonly string[]> = {
  documents: ['id'],
  meta: ['key'],
  sets: ['id'],
  annotations: ['setId', 'id'],
  foreignDocuments: ['id'],
  reviews: ['id'],
  decisions: ['reviewId', 'group'],
};

/** The primary key of `row` in `table` (a string, or an array for compound keys). */
export function primaryKey(table: CopiedTable, row: Row): RowKey {
  const parts = KEY_FIELDS[table].map((field) => {
    const value = row[field];
    if (typeof value !== 'string') throw new TypeError(`A ${table} row has no string ${field}`);
    return value;
  });
  return parts.length === 1 ? (parts[0] as string) : parts;
}

/** A string that identifies a key, for maps (the parts of a compound key joined by NUL). */
export const keyString = (key: RowKey): string => (typeof key === 'string' ? key : key.join('\u0000'));

export const emptyRows = (): CopyRows => ({
  documents: [],
  meta: [],
  sets: [],
  annotations: [],
  foreignDocuments: [],
  reviews: [],
  decisions: [],
});

/**
 * `state` with the changes of `entries` applied in order, with the counter and time of the last
 * (a new state; `state` is not changed). Each table is indexed once, however many entries.
 */
export function applyEntries(state: CopyState, entries: readonly JournalEntry[]): CopyState {
  const tables = new Map<CopiedTable, Map<string, Row>>();
  const tableOf = (table: CopiedTable): Map<string, Row> => {
    let rows = tables.get(table);
    if (!rows) {
      rows = new Map(state.rows[table].map((row) => [keyString(primaryKey(table, row)), row]));
      tables.set(table, rows);
    }
    return rows;
  };
  for (const change of entries.flatMap((entry) => entry.changes)) {
    const rows = tableOf(change.table);
    if (change.op === 'put') rows.set(keyString(primaryKey(change.table, change.row)), change.row);
    else rows.delete(keyString(change.key));
  }
  const last = entries.at(-1);
  if (!last) return state;
  const next: CopyRows = { ...state.rows };
  for (const [table, rows] of tables) next[table] = [...rows.values()];
  return { counter: last.counter, at: last.at, rows: next };
}

/** The counts a notice names for a copy. */
export function countsOf(rows: CopyRows): CopyCounts {
  const kindOf = new Map(rows.sets.map((set) => [set['id'], set['kind']]));
  let myAnnotations = 0;
  let reviewedAnnotations = 0;
  for (const annotation of rows.annotations) {
    const kind = kindOf.get(annotation['setId']);
    if (kind === 'mine') myAnnotations++;
    else if (kind === 'reviewed') reviewedAnnotations++;
  }
  return {
    articles: rows.documents.length,
    myAnnotations,
    reviewedSets: rows.sets.filter((set) => set['kind'] === 'reviewed').length,
    reviewedAnnotations,
  };
}

/** One snapshot the Backups window lists. */
export interface BackupSummary {
  /** The snapshot's folder name; what `readBackup` takes. */
  id: string;
  /** When its last change was made (RFC 3339, UTC). */
  at: string;
  counter: number;
  counts: CopyCounts;
}

/** A colleague's set file the user imported: the copy records where it was and its hash, not its contents. */
export interface ImportedFileRecord {
  path: string;
  name: string;
  /** Lowercase hex SHA-256 of the file's bytes when it was opened. */
  sha256: string;
  openedAt: string;
  /** The file is still there with the same bytes. */
  unchanged: boolean;
}

/** What the copy holds now: the renderer compares `counter` with the database's. */
export interface BackupStatus {
  counter: number;
  at: string | null;
}

/** A copy read back to restore: its state, and what, if anything, was damaged and lost on the way. */
export interface RestorableCopy {
  state: CopyState;
  counts: CopyCounts;
  /** The damage found (a damaged journal line or snapshot), in words; null when none. */
  damage: string | null;
  /** Changes recorded after the point restored that could not be read back (0 when none). */
  lostChanges: number;
  /** Colleagues' set files imported so far (newest first, one per path). */
  importedFiles: ImportedFileRecord[];
}
