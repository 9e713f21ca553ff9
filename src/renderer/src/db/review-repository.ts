// Storage for reviews: the review of set A against set B with its reviewed set, and each decision
// with the annotations it put there — every decision one transaction, reversible for undo.
import type { Annotation, AnnotationSet } from '../../../shared/annotation';
import type { Decision, Review, VeritagDatabase } from './database';

export const reviewId = (setA: string, setB: string): string => `${setA}\u0000${setB}`;

/** Primary keys of annotations `ids` in set `setId`. */
const keysIn = (setId: string, ids: readonly string[]): Array<[string, string]> => ids.map((id) => [setId, id]);

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

/** What a group held before a decision: restored by undo. */
export interface DecisionSnapshot {
  decision: Decision | undefined;
  annotations: Annotation[];
}

/**
 * Records a decision: the group's previous annotations leave the reviewed set, the new ones come
 * in, in one transaction. Returns what was there before (for undo).
 */
export async function recordDecision(
  db: VeritagDatabase,
  review: Review,
  decision: Decision | null,
  group: string,
  annotations: readonly Annotation[],
  now: Date = new Date(),
): Promise<DecisionSnapshot> {
  return db.transaction('rw', db.decisions, db.annotations, db.sets, async () => {
    const prior = await db.decisions.get([review.id, group]);
    const priorKeys = keysIn(review.reviewedSetId, prior?.annotationIds ?? []);
    const priorAnnotations = (await db.annotations.bulkGet(priorKeys)).filter((a): a is Annotation => a !== undefined);
    await db.annotations.bulkDelete(priorKeys);
    await db.annotations.bulkPut([...annotations]);
    if (decision) await db.decisions.put(decision);
    else await db.decisions.delete([review.id, group]);
    await db.sets.update(review.reviewedSetId, { modified: now.toISOString() });
    return { decision: prior, annotations: priorAnnotations };
  });
}

/** Puts a group back as a snapshot had it (undo). */
export function restoreDecision(db: VeritagDatabase, review: Review, group: string, snapshot: DecisionSnapshot): Promise<DecisionSnapshot> {
  return recordDecision(db, review, snapshot.decision ?? null, group, snapshot.annotations);
}

/**
 * Accepts the agreed spans not decided yet (each its own automatic decision), or, when switched
 * off, withdraws the automatic ones; one transaction either way.
 */
export async function applyAutoAccept(
  db: VeritagDatabase,
  review: Review,
  on: boolean,
  agreed: ReadonlyArray<{ decision: Decision; annotation: Annotation }>,
): Promise<void> {
  await db.transaction('rw', db.reviews, db.decisions, db.annotations, async () => {
    await db.reviews.update(review.id, { autoAcceptAgreed: on });
    if (on) {
      const present = await db.decisions.bulkGet(agreed.map((x): [string, string] => [review.id, x.decision.group]));
      const fresh = agreed.filter((_, i) => !present[i]);
      await db.annotations.bulkAdd(fresh.map((x) => x.annotation));
      await db.decisions.bulkAdd(fresh.map((x) => x.decision));
    } else {
      const automatic = await db.decisions.where('reviewId').equals(review.id).filter((d) => d.auto === true).toArray();
      await db.annotations.bulkDelete(keysIn(review.reviewedSetId, automatic.flatMap((d) => d.annotationIds)));
      await db.decisions.bulkDelete(automatic.map((d): [string, string] => [review.id, d.group]));
    }
  });
}

export const listDecisions = (db: VeritagDatabase, id: string): Promise<Decision[]> =>
  db.decisions.where('reviewId').equals(id).toArray();
