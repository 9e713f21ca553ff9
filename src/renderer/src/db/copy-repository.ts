// The database's side of the durable copy: its change counter, the user's whole work read as one
// CopyState (to write a snapshot), a CopyState written back (a restore), and what state the
// database is in at start-up (missing, unreadable, empty), each in one transaction.
import { Dexie } from 'dexie';
import type { SetKind } from '../../../shared/annotation';
import { CHANGE_COUNTER_KEY, COPIED_TABLES, emptyRows, type CopyRows, type CopyState, type Row } from '../../../shared/durable-copy';
import type { VeritagDatabase } from './database';

const OWN_KINDS: readonly SetKind[] = ['mine', 'reviewed'];

/** The database at start-up, before anything else opens it. */
export type DatabaseCondition =
  | { kind: 'missing' }
  | { kind: 'unreadable'; error: string }
  | { kind: 'empty' }
  | { kind: 'present'; counter: number };

/** The counter the last change to the user's work stored (0 before any). */
export async function readChangeCounter(db: VeritagDatabase): Promise<number> {
  const entry = await db.meta.get(CHANGE_COUNTER_KEY);
  return typeof entry?.value === 'number' ? entry.value : 0;
}

/**
 * Opens the database and says what state it is in: missing (IndexedDB had none), unreadable (it
 * would not open: it is deleted, so that the app can start on an empty one), empty, or present.
 */
export async function openDatabase(db: VeritagDatabase): Promise<DatabaseCondition> {
  const existed = await Dexie.exists(db.name);
  let holdsWork: boolean;
  try {
    await db.open();
    // Opening is not enough: a database of another version opens without the tables this one reads.
    holdsWork = await db.transaction('r', db.tables, async () => (await db.sets.count()) > 0 || (await db.documents.count()) > 0);
  } catch (error) {
    db.close();
    await Dexie.delete(db.name);
    await db.open();
    return { kind: 'unreadable', error: error instanceof Error ? `${error.name}: ${error.message.split('\n')[0] ?? ''}` : String(error) };
  }
  if (!existed) return { kind: 'missing' };
  return holdsWork ? { kind: 'present', counter: await readChangeCounter(db) } : { kind: 'empty' };
}

const ownSetIds = async (db: VeritagDatabase): Promise<string[]> =>
  db.sets.where('kind').anyOf([...OWN_KINDS]).primaryKeys();

const annotationsOfSet = (db: VeritagDatabase, setId: string) =>
  db.annotations.where(':id').between([setId, Dexie.minKey], [setId, Dexie.maxKey], true, true);

/** The user's whole work as the copy keeps it (colleagues' sets left out), read in one transaction. */
export async function readCopyState(db: VeritagDatabase): Promise<CopyState> {
  return db.transaction('r', COPIED_TABLES.map((name) => db.table(name)), async () => {
    const rows: CopyRows = emptyRows();
    const own = await ownSetIds(db);
    rows.sets = (await db.sets.bulkGet(own)).filter((s) => s !== undefined) as unknown as Row[];
    for (const setId of own) rows.annotations.push(...((await annotationsOfSet(db, setId).toArray()) as unknown as Row[]));
    for (const name of ['documents', 'foreignDocuments', 'reviews', 'decisions'] as const) {
      rows[name] = (await db.table(name).toArray()) as Row[];
    }
    rows.meta = (await db.meta.toArray()).filter((entry) => entry.key !== CHANGE_COUNTER_KEY) as unknown as Row[];
    const counter = await readChangeCounter(db);
    const at = latestModification(rows);
    return { counter, at, rows };
  });
}

/**
 * Replaces the user's work with `state`, in one transaction: their own and reviewed sets with their
 * annotations, the library, the reviews and the app's settings; colleagues' sets stay. The counter
 * is written first, which tells the change journal that this transaction is a restore.
 */
export async function restoreCopyState(db: VeritagDatabase, state: CopyState, counter: number = state.counter): Promise<void> {
  await db.transaction('rw', COPIED_TABLES.map((name) => db.table(name)), async () => {
    await db.meta.put({ key: CHANGE_COUNTER_KEY, value: counter });
    for (const setId of await ownSetIds(db)) {
      await annotationsOfSet(db, setId).delete();
      await db.sets.delete(setId);
    }
    for (const name of ['documents', 'foreignDocuments', 'reviews', 'decisions'] as const) await db.table(name).clear();
    await db.meta.where('key').notEqual(CHANGE_COUNTER_KEY).delete();
    for (const name of COPIED_TABLES) {
      const rows = name === 'meta' ? state.rows.meta.filter((row) => row['key'] !== CHANGE_COUNTER_KEY) : state.rows[name];
      await db.table(name).bulkPut(rows);
    }
  });
}

/** The newest `modified` of the user's sets, as a stand-in for when the last change was made. */
function latestModification(rows: CopyRows): string | null {
  let latest: string | null = null;
  for (const set of rows.sets) {
    const modified = set['modified'];
    if (typeof modified === 'string' && (latest === null || modified > latest)) latest = modified;
  }
  return latest;
}
