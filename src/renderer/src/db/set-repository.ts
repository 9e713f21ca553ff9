// Whole annotation sets: storing an imported set (replacing or beside an existing one),
// removing one, gathering one for export, and the orphans kept for articles not (yet) placed.
import type { Annotation, AnnotationSet } from '../../../shared/annotation';
import type { Article } from '../../../shared/article';
import { placeAnnotations } from '../../../shared/reanchor';
import { annotationsInSet as inSet } from './annotation-repository';
import { VeritagDatabase, type ForeignDocument } from './database';

export interface ImportedSetWrite {
  set: AnnotationSet;
  annotations: readonly Annotation[];
  /** Documents the file names that the library lacks (stored so orphans can be shown and exported). */
  foreignDocuments: readonly ForeignDocument[];
  /** Replace a stored set with the same id (its annotations go first). */
  replace: boolean;
}

/**
 * Annotations written per step of a large import: each step (putting them into IndexedDB's
 * requests, on the window's thread) short enough to keep the window responsive, even on a busy
 * machine (measured on two heavily loaded cores: 500 took up to 0.36 s, 250 up to 0.15 s). The
 * database is the bottleneck, not the steps: with the next chunk always queued, smaller ones cost
 * no throughput.
 */
const WRITE_CHUNK = 100;
/** Progress is told every this many annotations (a multiple of WRITE_CHUNK), and at the end. */
const PROGRESS_STEP = 1000;

/**
 * Stores an imported set in one transaction: all of it, or (on any error) nothing. Annotations go
 * in chunks, the next one handed to IndexedDB while the last is written (so the database is never
 * idle, and the window gets its turn between chunks); `onProgress` hears how many are written,
 * every thousand and at the end.
 */
export async function storeImportedSet(
  db: VeritagDatabase,
  write: ImportedSetWrite,
  onProgress: (written: number, total: number) => void = () => undefined,
): Promise<void> {
  await db.transaction('rw', db.sets, db.annotations, db.foreignDocuments, async () => {
    const prior = await db.sets.get(write.set.id);
    if (prior && !write.replace) throw new Error(`A set with the id ${write.set.id} is already stored.`);
    if (prior?.kind === 'mine') throw new Error('Your own set cannot be replaced by an import.');
    if (prior) {
      await inSet(db, prior.id).delete();
    }
    await db.sets.put(write.set);
    const total = write.annotations.length;
    const tell = (written: number) => {
      if (written % PROGRESS_STEP === 0 || written === total) onProgress(written, total);
    };
    let previous: Promise<number> | null = null;
    for (let from = 0; from < total; from += WRITE_CHUNK) {
      const upTo = Math.min(total, from + WRITE_CHUNK);
      const chunk = db.annotations.bulkAdd(write.annotations.slice(from, upTo)).then(() => upTo);
      // A failure is met where the chunk is awaited; until then it must not count as unhandled.
      chunk.catch(() => undefined);
      if (previous) tell(await previous);
      previous = chunk;
    }
    if (previous) tell(await previous);
    const stored = await db.foreignDocuments.bulkGet(write.foreignDocuments.map((d) => d.id));
    await db.foreignDocuments.bulkAdd(write.foreignDocuments.filter((_, i) => !stored[i]));
  });
}

export const listSets = (db: VeritagDatabase): Promise<AnnotationSet[]> => db.sets.toArray();

/**
 * Removes an imported or reviewed set with its annotations (the user's own set stays), and the
 * reviews it took part in or received, with their decisions: a review needs both its sets and
 * its reviewed set.
 */
export async function deleteSet(db: VeritagDatabase, setId: string): Promise<void> {
  await db.transaction('rw', [db.sets, db.annotations, db.reviews, db.decisions], async () => {
    const set = await db.sets.get(setId);
    if (!set) return;
    if (set.kind === 'mine') throw new Error('Your own set cannot be removed.');
    await inSet(db, setId).delete();
    await db.sets.delete(setId);
    const reviews = await db.reviews.filter((r) => r.setA === setId || r.setB === setId || r.reviewedSetId === setId).primaryKeys();
    await db.decisions.where('reviewId').anyOf(reviews).delete();
    await db.reviews.bulkDelete(reviews);
  });
}

export interface SetContents {
  set: AnnotationSet;
  annotations: Annotation[];
  /** Every document the annotations refer to, from the library or as the importing file named it. */
  documents: Array<{ id: string; title: string; source: string; length: number }>;
}

/** A set's annotations (all, or one document's) with the documents they refer to, read in one transaction. */
export async function readSetContents(db: VeritagDatabase, setId: string, documentId: string | null): Promise<SetContents> {
  return db.transaction('r', db.sets, db.annotations, db.documents, db.foreignDocuments, async () => {
    const set = await db.sets.get(setId);
    if (!set) throw new Error('That annotation set no longer exists.');
    const annotations =
      documentId === null
        ? await inSet(db, setId).toArray()
        : await db.annotations.where('[setId+document]').equals([setId, documentId]).toArray();
    const ids = [...new Set(annotations.map((a) => a.document))];
    const articles = await db.documents.bulkGet(ids);
    const foreign = await db.foreignDocuments.bulkGet(ids);
    const documents = ids.map((id, i) => {
      const article = articles[i];
      if (article) return { id, title: article.title, source: article.source, length: article.length };
      const named = foreign[i];
      if (named) return { ...named };
      throw new Error(`The set refers to a document (${id}) that is neither in the library nor recorded.`);
    });
    return { set, annotations, documents };
  });
}

/**
 * readSetContents over a connection of its own, closed after: for the exchange worker, which
 * shares no connection with the window (a read only: writes go through the window's connection,
 * whose middleware journals them).
 */
export async function readSetContentsApart(setId: string, documentId: string | null): Promise<SetContents> {
  const db = new VeritagDatabase();
  try {
    return await readSetContents(db, setId, documentId);
  } finally {
    db.close();
  }
}

export interface Orphan {
  annotation: Annotation;
  set: AnnotationSet | undefined;
  /** The document as the library or the importing file names it. */
  document: { title: string; source: string } | undefined;
  reason: 'article missing' | 'quote not found';
}

/** Every orphaned annotation, with why it is one. */
export async function listOrphans(db: VeritagDatabase): Promise<Orphan[]> {
  return db.transaction('r', db.sets, db.annotations, db.documents, db.foreignDocuments, async () => {
    const orphans = await db.annotations.where('orphan').equals(1).toArray();
    const sets = new Map((await db.sets.toArray()).map((s) => [s.id, s]));
    const ids = [...new Set(orphans.map((a) => a.document))];
    const articles = new Map((await db.documents.bulkGet(ids)).filter((a) => a !== undefined).map((a) => [a.id, a]));
    const foreign = new Map((await db.foreignDocuments.bulkGet(ids)).filter((d) => d !== undefined).map((d) => [d.id, d]));
    return orphans.map((annotation) => {
      const article = articles.get(annotation.document);
      return {
        annotation,
        set: sets.get(annotation.setId),
        document: article ?? foreign.get(annotation.document),
        reason: article ? 'quote not found' : 'article missing',
      };
    });
  });
}

/**
 * Places the orphans of newly added articles (matched by document id) by re-anchoring their
 * quotes in the article's text, in one transaction; returns how many were placed.
 */
export async function reattachOrphans(db: VeritagDatabase, articles: readonly Article[]): Promise<number> {
  if (articles.length === 0) return 0;
  return db.transaction('rw', db.annotations, db.foreignDocuments, async () => {
    const byId = new Map(articles.map((a) => [a.id, a]));
    const waiting = await db.annotations.where('document').anyOf([...byId.keys()]).filter((a) => a.orphan === 1).toArray();
    const { annotations } = placeAnnotations(waiting, ({ document }) => {
      const article = byId.get(document);
      return article ? { document, text: article.text } : null;
    });
    const placed = annotations.filter((a) => a.orphan !== 1);
    await db.annotations.bulkPut(placed);
    await db.foreignDocuments.bulkDelete([...byId.keys()]);
    return placed.length;
  });
}
