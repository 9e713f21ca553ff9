// What is open on screen (the reader's article, the library's counts) follows the stored annotations
// by delta, never by reading them all again: this feed announces each committed transaction's
// annotation writes and deletions (a Dexie middleware sees them all, whoever wrote them), and the
// changes an action proposes before it writes them, so a view can paint first and commit after.
import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTransaction, Dexie, Middleware } from 'dexie';
import type { Annotation } from '../../../shared/annotation';

/** An annotation's primary key: ids are unique within a set. */
type AnnotationId = readonly [setId: string, id: string];

/** Annotations stored (whole records) and deleted (keys). */
export interface AnnotationChanges {
  readonly puts: readonly Annotation[];
  readonly deletes: readonly AnnotationId[];
}

/** One string per annotation across sets, as the reader's annotationKey spells it. */
export const annotationIdKey = (setId: string, id: string): string => `${setId}\u0000${id}`;

export type FeedEvent =
  /** A transaction committed these changes (announced before its promise resolves). */
  | { readonly type: 'committed'; readonly changes: AnnotationChanges }
  /** An action is about to write these changes: show them now. */
  | { readonly type: 'proposed'; readonly proposal: number; readonly changes: AnnotationChanges }
  /** The proposal's write committed (its rows came as `committed` first): stop overlaying it. */
  | { readonly type: 'settled'; readonly proposal: number }
  /** The proposal's write failed: take it back. */
  | { readonly type: 'withdrawn'; readonly proposal: number };

export type FeedListener = (event: FeedEvent) => void;

/** A proposal made; say how its write ended, once. */
export interface Proposal {
  settle: () => void;
  withdraw: () => void;
}

export class AnnotationFeed {
  private readonly listeners = new Set<FeedListener>();
  private proposals = 0;

  subscribe(listener: FeedListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Announces changes about to be written. */
  propose(changes: AnnotationChanges): Proposal {
    const proposal = ++this.proposals;
    this.emit({ type: 'proposed', proposal, changes });
    let open = true;
    const end = (type: 'settled' | 'withdrawn') => {
      if (!open) return;
      open = false;
      this.emit({ type, proposal });
    };
    return { settle: () => end('settled'), withdraw: () => end('withdrawn') };
  }

  /** Runs `write` with `changes` shown meanwhile: settled when it resolves, withdrawn when it rejects. */
  async while<T>(changes: AnnotationChanges, write: () => Promise<T>): Promise<T> {
    const proposal = this.propose(changes);
    try {
      const result = await write();
      proposal.settle();
      return result;
    } catch (error) {
      proposal.withdraw();
      throw error;
    }
  }

  /** Announces committed changes (the middleware does, after each commit). */
  committed(changes: AnnotationChanges): void {
    if (changes.puts.length > 0 || changes.deletes.length > 0) this.emit({ type: 'committed', changes });
  }

  private emit(event: FeedEvent): void {
    for (const listener of [...this.listeners]) listener(event);
  }
}

/** Installs the middleware that announces `db`'s committed annotation changes on `feed` (before it opens). */
export function announceAnnotationChanges(db: Dexie, feed: AnnotationFeed): void {
  db.use(annotationAnnouncer(feed));
}

/** A transaction's changes so far, in order: rows stored, and keys deleted. */
interface Collected {
  ops: Array<Annotation | AnnotationId>;
  deleted: boolean;
}

const isKey = (op: Annotation | AnnotationId): op is AnnotationId => Array.isArray(op);

/**
 * The last change per key. Without deletions the rows go as they are (a row stored twice is
 * applied twice, the later winning), which keeps a 50,000-row import to one array.
 */
function changesOf({ ops, deleted }: Collected): AnnotationChanges {
  if (!deleted) return { puts: ops as Annotation[], deletes: [] };
  const last = new Map<string, Annotation | AnnotationId>();
  for (const op of ops) last.set(isKey(op) ? annotationIdKey(op[0], op[1]) : annotationIdKey(op.setId, op.id), op);
  const puts: Annotation[] = [];
  const deletes: AnnotationId[] = [];
  for (const op of last.values()) {
    if (isKey(op)) deletes.push(op);
    else puts.push(op);
  }
  return { puts, deletes };
}

function annotationAnnouncer(feed: AnnotationFeed): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'annotationFeed',
    // Outermost (the default level is 10): the middlewares below await natively inside Dexie's
    // transaction zone, which the extra promise turns of this one would make them lose.
    level: 30,
    create(down) {
      const collected = new WeakMap<DBCoreTransaction, Collected>();
      return {
        ...down,
        transaction(stores, mode, options) {
          const trans = down.transaction(stores, mode, options);
          if (mode === 'readwrite' && stores.includes('annotations')) {
            const changes: Collected = { ops: [], deleted: false };
            collected.set(trans, changes);
            // Over IndexedDB, Dexie's transaction object is the IDBTransaction itself; this listener
            // is added before Dexie's own, so the announcement comes before the write's promise resolves.
            (trans as unknown as IDBTransaction).addEventListener('complete', () => feed.committed(changesOf(changes)));
          }
          return trans;
        },
        table(name) {
          const table = down.table(name);
          if (name !== 'annotations') return table;
          return {
            ...table,
            // Promise chains, not async/await: Dexie's promises keep the transaction's zone for
            // the middlewares below this one (an await on a native promise would lose it).
            mutate(req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
              const changes = collected.get(req.trans);
              if (!changes) return table.mutate(req);
              const noted = (deleted: readonly AnnotationId[]) => (response: DBCoreMutateResponse) => {
                // A range deletion reports no per-key failures: all its keys went, or it failed whole.
                const ok = (i: number) => (req.type === 'deleteRange' ? response.numFailures === 0 : response.failures[i] === undefined);
                if (req.type === 'add' || req.type === 'put') {
                  (req.values as Annotation[]).forEach((row, i) => {
                    if (ok(i)) changes.ops.push(row);
                  });
                }
                deleted.forEach((key, i) => {
                  if (!ok(i)) return;
                  changes.ops.push(key);
                  changes.deleted = true;
                });
                return response;
              };
              if (req.type !== 'deleteRange') return table.mutate(req).then(noted(req.type === 'delete' ? (req.keys as AnnotationId[]) : []));
              const query = { index: table.schema.primaryKey, range: req.range };
              return table.query({ trans: req.trans, values: false, query }).then((found) => table.mutate(req).then(noted(found.result as AnnotationId[])));
            },
          };
        },
      };
    },
  };
}
