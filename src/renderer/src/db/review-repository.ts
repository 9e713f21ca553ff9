// Storage for reviews: the review of set A against set B with its reviewed set, and each decision
// with the annotations it put there — every decision one transaction, reversible for undo, and
// the reviewed set never holding the same span and label twice.
import type { Annotation, AnnotationSet } from '../../../shared/annotation';
import type { Article } from '../../../shared/article';
import { labelById } from '../../../shared/labels';
import { annotationsInSet, keptAsOrphansIfArticleGone } from './annotation-repository';
import type { Table } from 'dexie';
import type { Decision, Review, VeritagDatabase } from './database';

export const reviewId = (setA: string, setB: string): string => `${setA}\u0000${setB}`;

/** Primary keys of annotations `ids` in set `setId`. */
const keysIn = (setId: string, ids: readonly string[]): Array<[string, string]> => ids.map((id) => [setId, id]);

/**
 * Rows per bulk put. Dexie's live queries learn exactly which keys a bulk put changed only below
 * 50 rows; a larger one wakes every live query on the table (both sets' annotations, the library's
 * counts), so a decision on a large disagreement is written in batches. (Auto-accept, thousands of
 * rows at once, is cheaper as one write that wakes everything once.)
 */
const BATCH = 49;

async function putInBatches<T, K>(table: Table<T, K>, rows: readonly T[]): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) await table.bulkPut(rows.slice(i, i + BATCH));
}

const placeOf = (x: Annotation): string => `${x.document}\u0000${x.start}:${x.end}:${x.label}`;

/** An agreed pair's automatic decision and the copy it puts into the reviewed set. */
export interface AutoAcceptance {
  decision: Decision;
  annotation: Annotation;
  /** The disagreement that contains the pair (its decision, when taken, decides the pair), or null. */
  group: string | null;
}

/** One disagreement's decision as it is to be stored: null when it has none (undone). */
export interface GroupDecision {
  group: string;
  document: string;
  decision: Decision | null;
  annotations: readonly Annotation[];
  /**
   * The automatic acceptances of the group's agreeing pairs: withdrawn while the group has a
   * decision (the decision keeps or drops those spans), back when it has none and auto-accept is on.
   */
  agreed: readonly AutoAcceptance[];
}

/** What a group held before a decision: restored by undo. */
export interface DecisionSnapshot {
  decision: Decision | undefined;
  annotations: Annotation[];
}

/** A decision that would put a span and label into the reviewed set a second time. */
export class DuplicateSpanError extends Error {
  constructor(readonly annotation: Annotation) {
    const { exact, start, end, label } = annotation;
    super(`The reviewed set already has “${exact}” as ${labelById(label).name} (${start}–${end}); choose other boundaries or another label.`);
    this.name = 'DuplicateSpanError';
  }
}

/** The review of A against B, created with its reviewed set ("Reviewed: A + B") the first time. */
export async function ensureReview(
  db: VeritagDatabase,
  setA: AnnotationSet,
  setB: AnnotationSet,
  reviewer: { id: string; name: string },
  options: { autoAcceptAgreed?: boolean; now?: Date } = {},
): Promise<Review> {
  const { autoAcceptAgreed = true, now = new Date() } = options;
  return db.transaction('rw', db.reviews, db.sets, db.decisions, async () => {
    const id = reviewId(setA.id, setB.id);
    const existing = await db.reviews.get(id);
    if (existing && (await db.sets.get(existing.reviewedSetId))) return existing;
    // A review whose reviewed set is gone starts afresh: its decisions pointed into that set.
    if (existing) await db.decisions.where('reviewId').equals(id).delete();
    const stamp = now.toISOString();
    const reviewed: AnnotationSet = {
      id: crypto.randomUUID(),
      name: `Reviewed: ${setA.annotator.name} + ${setB.annotator.name}`,
      annotator: { ...reviewer },
      kind: 'reviewed',
      created: stamp,
      modified: stamp,
    };
    const review: Review = { id, setA: setA.id, setB: setB.id, reviewedSetId: reviewed.id, autoAcceptAgreed: existing?.autoAcceptAgreed ?? autoAcceptAgreed, created: stamp };
    await db.sets.add(reviewed);
    await db.reviews.put(review);
    return review;
  });
}

/**
 * Records a group's decision (or, with null, its absence) in one transaction: the group's previous
 * annotations and its agreeing pairs' automatic ones leave the reviewed set, the new ones come in.
 * Throws DuplicateSpanError, changing nothing, when a new span and label is there already.
 * Returns what the group held before (for undo).
 */
export async function recordDecision(db: VeritagDatabase, review: Review, change: GroupDecision, now: Date = new Date()): Promise<DecisionSnapshot> {
  return db.transaction('rw', [db.decisions, db.annotations, db.sets, db.reviews, db.documents], async () => {
    const prior = await db.decisions.get([review.id, change.group]);
    const automatic = (await db.decisions.bulkGet(change.agreed.map((x): [string, string] => [review.id, x.decision.group]))).filter(
      (d): d is Decision => d !== undefined,
    );
    const autoAcceptOn = (await db.reviews.get(review.id))?.autoAcceptAgreed ?? review.autoAcceptAgreed;
    const keepAutomatic = change.decision === null && autoAcceptOn;
    const leaving = [...(prior?.annotationIds ?? []), ...(keepAutomatic ? [] : automatic.flatMap((d) => d.annotationIds))];
    const present = new Set(automatic.map((d) => d.group));
    const missing = keepAutomatic ? change.agreed.filter((x) => !present.has(x.decision.group)) : [];

    const priorAnnotations = (await db.annotations.bulkGet(keysIn(review.reviewedSetId, prior?.annotationIds ?? []))).filter(
      (a): a is Annotation => a !== undefined,
    );
    const taken = await placesTaken(db, review, [change.document], new Set(leaving));
    for (const annotation of change.annotations) if (taken.has(placeOf(annotation))) throw new DuplicateSpanError(annotation);
    const added = missing.filter((x) => !taken.has(placeOf(x.annotation)));

    await db.annotations.bulkDelete(keysIn(review.reviewedSetId, leaving));
    if (!keepAutomatic) await db.decisions.bulkDelete(automatic.map((d): [string, string] => [review.id, d.group]));
    // Undo or redo after the article was removed: what comes back is kept as an orphan, as the rest.
    await putInBatches(db.annotations, await keptAsOrphansIfArticleGone(db, [...change.annotations, ...added.map((x) => x.annotation)]));
    await putInBatches(db.decisions, added.map((x) => x.decision));
    if (change.decision) await db.decisions.put(change.decision);
    else await db.decisions.delete([review.id, change.group]);
    await db.sets.update(review.reviewedSetId, { modified: now.toISOString() });
    return { decision: prior, annotations: priorAnnotations };
  });
}

/** Puts a group back as a snapshot had it (undo). */
export function restoreDecision(db: VeritagDatabase, review: Review, change: GroupDecision, snapshot: DecisionSnapshot): Promise<DecisionSnapshot> {
  return recordDecision(db, review, { ...change, decision: snapshot.decision ?? null, annotations: snapshot.annotations });
}

/**
 * Accepts the agreed spans not decided yet, each its own automatic decision (not those whose
 * disagreement has a decision, nor those whose span and label the reviewed set already holds), or,
 * when switched off, withdraws the automatic ones; one transaction either way.
 */
export async function applyAutoAccept(db: VeritagDatabase, review: Review, on: boolean, agreed: readonly AutoAcceptance[]): Promise<void> {
  await db.transaction('rw', [db.reviews, db.decisions, db.annotations, db.documents], async () => {
    await db.reviews.update(review.id, { autoAcceptAgreed: on });
    if (on) {
      const key = (group: string): [string, string] => [review.id, group];
      const own = await db.decisions.bulkGet(agreed.map((x) => key(x.decision.group)));
      const groups = [...new Set(agreed.flatMap((x) => (x.group === null ? [] : [x.group])))];
      const decided = new Set((await db.decisions.bulkGet(groups.map(key))).flatMap((d) => (d ? [d.group] : [])));
      const open = agreed.filter((x, i) => !own[i] && (x.group === null || !decided.has(x.group)));
      if (open.length === 0) return;
      const taken = await placesTaken(db, review, [...new Set(open.map((x) => x.annotation.document))], new Set());
      const fresh = open.filter((x) => !taken.has(placeOf(x.annotation)));
      await db.annotations.bulkAdd(await keptAsOrphansIfArticleGone(db, fresh.map((x) => x.annotation)));
      await db.decisions.bulkAdd(fresh.map((x) => x.decision));
    } else {
      const automatic = await db.decisions.where('reviewId').equals(review.id).filter((d) => d.auto === true).toArray();
      await db.annotations.bulkDelete(keysIn(review.reviewedSetId, automatic.flatMap((d) => d.annotationIds)));
      await db.decisions.bulkDelete(automatic.map((d): [string, string] => [review.id, d.group]));
    }
  });
}

/** The places (document, start, end, label) the reviewed set holds in these documents, but for annotations `leaving`. */
async function placesTaken(db: VeritagDatabase, review: Review, documents: readonly string[], leaving: ReadonlySet<string>): Promise<Set<string>> {
  const held = await Promise.all(documents.map((d) => db.annotations.where('[setId+document]').equals([review.reviewedSetId, d]).toArray()));
  return new Set(held.flat().filter((a) => !leaving.has(a.id)).map(placeOf));
}

/** The reviewer's decisions of a review (not the automatic ones). */
export const listReviewerDecisions = (db: VeritagDatabase, id: string): Promise<Decision[]> =>
  db.decisions.where('reviewId').equals(id).filter((d) => d.auto !== true).toArray();

/** Annotations of the reviewed set, by id (those missing left out). */
export async function reviewedAnnotations(db: VeritagDatabase, review: Review, ids: readonly string[]): Promise<Annotation[]> {
  return (await db.annotations.bulkGet(keysIn(review.reviewedSetId, ids))).filter((a): a is Annotation => a !== undefined);
}

/** Every annotation of the reviewed set (for the report). */
export const allReviewedAnnotations = (db: VeritagDatabase, review: Review): Promise<Annotation[]> => annotationsInSet(db, review.reviewedSetId).toArray();

/** Title and length of the compared library articles (no texts), by id. */
export async function articleSummaries(db: VeritagDatabase, ids: readonly string[]): Promise<Map<string, Pick<Article, 'id' | 'title' | 'length'>>> {
  const found = await db.documents.bulkGet([...ids]);
  return new Map(found.filter((a): a is Article => a !== undefined).map(({ id, title, length }) => [id, { id, title, length }]));
}
