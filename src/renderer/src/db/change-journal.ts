// Every committed change to the user's own work must reach the durable copy: this Dexie middleware
// counts each transaction that changes it in `meta.changeCounter` (inside that transaction) and,
// once the transaction has committed, hands its changes to the journal, one entry per transaction.
import type { DBCore, DBCoreKeyRange, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, DBCoreTransaction, Dexie, Middleware } from 'dexie';
import type { SetKind } from '../../../shared/annotation';
import { CHANGE_COUNTER_KEY, COPIED_TABLES, type CopiedTable, type JournalEntry, type Row, type RowChange, type RowKey } from '../../../shared/durable-copy';

/** Receives each committed transaction's entry, in commit order. */
export type JournalSink = (entry: JournalEntry) => void;

const isCopiedTable = (name: string): name is CopiedTable => (COPIED_TABLES as readonly string[]).includes(name);

/** Sets whose annotations the copy keeps: the user's own and the reviewed ones (colleagues' have files). */
const isOwnKind = (kind: SetKind | undefined): boolean => kind === 'mine' || kind === 'reviewed';

/** Dexie's "any key" range, as Dexie spells it (its DBCoreRangeType.Any, 3, is a const enum out of reach of isolated modules). */
const ANY_KEY = { type: 3, lower: -Infinity, lowerOpen: false, upper: [[]], upperOpen: false } as unknown as DBCoreKeyRange;

/** What one read-write transaction has changed so far. */
interface Pending {
  changes: RowChange[];
  /** The transaction's counter, once it has stored one. */
  counter: number | null;
  counting: Promise<void> | null;
  /** Set kinds as this transaction sees them (read once, then updated by its own writes). */
  kinds: Promise<Map<string, SetKind>> | null;
  /** The transaction stores the counter itself: a restore, which the journal must not record. */
  restoring: boolean;
}

/**
 * Installs the journal on `db` (before it opens). The transactions of the user's actions are
 * widened to `meta` and `sets`, to count themselves and to tell own sets from colleagues'.
 */
export function journalChanges(db: Dexie, sink: JournalSink, now: () => Date = () => new Date()): void {
  db.use(changeJournal(sink, now));
}

function changeJournal(sink: JournalSink, now: () => Date): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'changeJournal',
    create(down) {
      const pending = new WeakMap<DBCoreTransaction, Pending>();
      const meta = down.table('meta');
      const sets = down.table('sets');

      const setKinds = async (trans: DBCoreTransaction): Promise<Map<string, SetKind>> => {
        const { result } = await sets.query({ trans, values: true, query: { index: sets.schema.primaryKey, range: ANY_KEY } });
        return new Map((result as Array<{ id: string; kind: SetKind }>).map((s) => [s.id, s.kind]));
      };

      const count = async (trans: DBCoreTransaction, state: Pending): Promise<void> => {
        const stored = (await meta.get({ trans, key: CHANGE_COUNTER_KEY })) as { value?: unknown } | undefined;
        const next = (typeof stored?.value === 'number' ? stored.value : 0) + 1;
        const response = await meta.mutate({ type: 'put', trans, values: [{ key: CHANGE_COUNTER_KEY, value: next }] });
        if (response.numFailures > 0) throw response.failures[0] ?? new Error('The change counter could not be stored.');
        state.counter = next;
      };

      /** Notes the changes a mutation made, and counts the transaction at its first change to the copy. */
      const record = async (table: CopiedTable, req: DBCoreMutateRequest, keys: readonly RowKey[], response: DBCoreMutateResponse): Promise<void> => {
        const state = pending.get(req.trans);
        if (!state || state.restoring) return;
        const failed = (i: number): boolean => response.failures[i] !== undefined;
        const rows = req.type === 'add' || req.type === 'put' ? (req.values as Row[]).filter((_, i) => !failed(i)) : [];
        if (table === 'meta' && rows.some((row) => row['key'] === CHANGE_COUNTER_KEY)) {
          state.restoring = true;
          state.changes = [];
          return;
        }
        const kinds = await (state.kinds ??= setKinds(req.trans));
        const changes: RowChange[] = [];
        for (const row of rows) {
          if (table === 'sets') kinds.set(row['id'] as string, row['kind'] as SetKind);
          if (isCopied(table, row, null, kinds)) changes.push({ table, op: 'put', row });
        }
        for (const [i, key] of keys.entries()) {
          if (!failed(i) && isCopied(table, null, key, kinds)) changes.push({ table, op: 'delete', key });
        }
        if (changes.length === 0) return;
        state.changes.push(...changes);
        await (state.counting ??= count(req.trans, state));
      };

      return {
        ...down,
        transaction(stores, mode, options) {
          const journaled = mode === 'readwrite' && stores.some(isCopiedTable);
          const scope = journaled ? [...new Set([...stores, 'meta', 'sets'])] : stores;
          const trans = down.transaction(scope, mode, options);
          if (journaled) {
            const state: Pending = { changes: [], counter: null, counting: null, kinds: null, restoring: false };
            pending.set(trans, state);
            // The DBCore transaction of the IndexedDB adapter is the IDBTransaction itself.
            (trans as unknown as IDBTransaction).addEventListener('complete', () => {
              if (state.counter !== null && state.changes.length > 0) {
                sink({ counter: state.counter, at: now().toISOString(), changes: state.changes });
              }
            });
          }
          return trans;
        },
        table(name) {
          const table = down.table(name);
          if (!isCopiedTable(name)) return table;
          return { ...table, mutate: (req) => mutate(table, name, req) };
        },
      };

      async function mutate(table: DBCoreTable, name: CopiedTable, req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
        if (!pending.has(req.trans)) return table.mutate(req);
        const keys: RowKey[] =
          req.type === 'delete'
            ? (req.keys as RowKey[])
            : req.type === 'deleteRange'
              ? ((await table.query({ trans: req.trans, values: false, query: { index: table.schema.primaryKey, range: req.range } })).result as RowKey[])
              : [];
        const response = await table.mutate(req);
        // A range deletion reports no per-key failures: all its keys went, or it failed whole.
        await record(name, req, keys, req.type === 'deleteRange' && response.numFailures > 0 ? { ...response, failures: keys.map(() => new Error()) } : response);
        return response;
      }
    },
  };
}

/** Whether a row written (or a key deleted) belongs in the copy: colleagues' sets and their annotations do not. */
function isCopied(table: CopiedTable, row: Row | null, key: RowKey | null, kinds: ReadonlyMap<string, SetKind>): boolean {
  if (table === 'sets') {
    const id = row ? (row['id'] as string) : (key as string);
    return isOwnKind(row ? (row['kind'] as SetKind) : kinds.get(id));
  }
  if (table === 'annotations') {
    const setId = row ? (row['setId'] as string) : (key as string[])[0];
    return setId !== undefined && isOwnKind(kinds.get(setId));
  }
  return true;
}
