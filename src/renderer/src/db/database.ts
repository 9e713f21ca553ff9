// The one IndexedDB database (Dexie). Every schema version stays here, oldest first, as data
// with the date it was introduced (so a test can open any earlier version); never edit a released one.
import { Dexie, type EntityTable, type Table, type Transaction } from 'dexie';
import type { Annotation, AnnotationSet } from '../../../shared/annotation';
import type { Article } from '../../../shared/article';
import { abortCause } from './abort-cause';
import { AnnotationFeed, announceAnnotationChanges } from './annotation-feed';

/** Small named values the app keeps (e.g. which bundled seeds were already offered, the profile). */
export interface MetaEntry {
  key: string;
  value: unknown;
}

/** A document annotations refer to that the library lacks (named by an imported set, or removed), without its text. */
export interface ForeignDocument {
  id: string;
  title: string;
  source: string;
  length: number;
}

/** A review of set A against set B, adjudicated into a reviewed set. */
export interface Review {
  /** `<setA>\u0000<setB>`: one review per ordered pair. */
  id: string;
  setA: string;
  setB: string;
  reviewedSetId: string;
  /** Spans both sets agree on are accepted into the reviewed set without a decision. */
  autoAcceptAgreed: boolean;
  created: string;
}

export type DecisionKind = 'accept-a' | 'accept-b' | 'accept-both' | 'reject-both' | 'edited';

/** What the reviewer decided for one disagreement (or, `auto`, for one agreed span). */
export interface Decision {
  reviewId: string;
  /** Identifies the disagreement: its document and its members (see review-model.ts). */
  group: string;
  document: string;
  start: number;
  end: number;
  decision: DecisionKind;
  decidedAt: string;
  /** Ids, in the reviewed set, of the annotations this decision put there. */
  annotationIds: string[];
  /** Taken automatically for an agreed span. */
  auto?: boolean;
}

export interface SchemaVersion {
  version: number;
  /** The day the version was introduced, `YYYY-MM-DD`. */
  date: string;
  /** Dexie store definitions: the primary key first, then the indexes; null deletes a table. */
  stores: Readonly<Record<string, string | null>>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const SCHEMA: ReadonlyArray<SchemaVersion> = [
  // v1, 2026-11-22: the article library (text included) and app metadata.
  {
    version: 1,
    date: '2026-11-22',
    stores: {
      documents: 'id, source, addedAt',
      meta: 'key',
    },
  },
  // v2, 2026-11-22: annotation sets and their annotations. An annotation id is unique within
  // its set only, hence the compound primary key; the profile lives in `meta` (no new table).
  {
    version: 2,
    date: '2026-11-22',
    stores: {
      sets: 'id, kind',
      annotations: '[setId+id], [setId+document], document',
    },
  },
  // v3, 2026-11-22: imported sets may name articles the library lacks; their title, source and
  // length are kept so those annotations (orphans) can be shown, exported again and re-attached
  // when the article is added. Annotations gain an optional `orphan` flag (no index needed).
  {
    version: 3,
    date: '2026-11-22',
    stores: {
      foreignDocuments: 'id, source',
    },
  },
  // v4, 2026-11-22: reviews of two sets (A, B) into a third, reviewed set, and the decision taken
  // for each disagreement, so progress survives a restart. Reviewed annotations gain an optional
  // `provenance` (A, B, both, edited); no index needed.
  {
    version: 4,
    date: '2026-11-22',
    stores: {
      reviews: 'id',
      decisions: '[reviewId+group], reviewId',
    },
  },
  // v5, 2026-11-22: orphans are indexed (`orphan: 1`, formerly `true`, which IndexedDB cannot
  // index), so counting or listing them no longer reads every annotation after each write.
  {
    version: 5,
    date: '2026-11-22',
    stores: {
      annotations: '[setId+id], [setId+document], document, orphan',
    },
    upgrade: async (tx) => {
      await tx
        .table('annotations')
        .filter((a: { orphan?: unknown }) => a.orphan === true)
        .modify({ orphan: 1 });
    },
  },
];

export const LATEST_VERSION: number = Math.max(...SCHEMA.map((v) => v.version));

/** Declares versions 1..upTo on a Dexie instance (before it opens). */
export function declareSchema(db: Dexie, upTo: number = LATEST_VERSION): void {
  for (const { version, stores, upgrade } of SCHEMA) {
    if (version > upTo) break;
    const declared = db.version(version).stores(stores);
    if (upgrade) declared.upgrade(upgrade);
  }
}

export class VeritagDatabase extends Dexie {
  documents!: EntityTable<Article, 'id'>;
  meta!: EntityTable<MetaEntry, 'key'>;
  sets!: EntityTable<AnnotationSet, 'id'>;
  /** Keyed by `[setId, id]`. */
  annotations!: Table<Annotation, [string, string]>;
  /** Documents annotations refer to that are not in the library (named by imported sets, or removed). */
  foreignDocuments!: EntityTable<ForeignDocument, 'id'>;
  reviews!: EntityTable<Review, 'id'>;
  /** Keyed by `[reviewId, group]`. */
  decisions!: Table<Decision, [string, string]>;
  /** Committed and proposed annotation changes, for the views that follow them (annotation-feed.ts). */
  readonly feed = new AnnotationFeed();

  constructor(name = 'veritag') {
    // Strict durability: a committed write is on disk, so it survives a crash or power loss.
    super(name, { chromeTransactionDurability: 'strict' });
    // A request failed by its transaction's abort reports why the transaction aborted (e.g. a full disk).
    this.use(abortCause);
    announceAnnotationChanges(this, this.feed);
    declareSchema(this);
  }
}

export const db = new VeritagDatabase();
