// Reviews against real IndexedDB: the review and its reviewed set made once, decisions written,
// replaced and undone exactly, auto-accept on and off, a span and label never twice in the
// reviewed set, and sets A and B never written to.
import { describe, expect, it } from 'vitest';
import type { Annotation, AnnotationSet, SetKind } from '../../../shared/annotation';
import type { LabelId } from '../../../shared/labels';
import { autoAcceptance } from '../review/review-actions';
import { decidedAnnotations, documentReview, type AgreedSpan, type ReviewGroup, type Verdict } from '../review/review-model';
import type { Review, VeritagDatabase } from './database';
import {
  applyAutoAccept,
  DuplicateSpanError,
  ensureReview,
  listReviewerDecisions,
  recordDecision,
  restoreDecision,
  reviewId,
  type DecisionSnapshot,
  type GroupDecision,
} from './review-repository';
import { removeArticle } from './article-repository';
import { deleteSet } from './set-repository';
import { testDatabase } from './test-database';
import { testArticle } from './test-records';

const CREATED = '2026-11-22T09:00:00.000Z';
const T1 = new Date('2026-11-23T10:00:00.000Z');
const T2 = new Date('2026-11-23T11:00:00.000Z');
const T3 = new Date('2026-11-23T12:00:00.000Z');
const DOC = 'sha256:d0c';
const REVIEWER = { id: 'rev', name: 'Rita' };

function set(id: string, annotator: string, kind: SetKind): AnnotationSet {
  return { id, name: `Set ${id}`, annotator: { id: annotator.toLowerCase(), name: annotator }, kind, created: CREATED, modified: CREATED };
}

function span(setId: string, id: string, label: LabelId, start: number, end: number, note = ''): Annotation {
  return { id, setId, document: DOC, label, start, end, exact: 't'.repeat(end - start), prefix: '', suffix: '', note, created: CREATED, modified: CREATED };
}

const SET_A = set('set-a', 'Ana', 'mine');
const SET_B = set('set-b', 'Ben', 'imported');
// Two agreed pairs ([0,5) claim, [50,55) disputed), a label disagreement at [10,20) and a boundary one at [30,40).
const ANNOTATIONS_A = [
  span('set-a', 'a1', 'claim', 0, 5, 'from A'),
  span('set-a', 'a2', 'claim', 10, 20),
  span('set-a', 'a3', 'attribution', 30, 40),
  span('set-a', 'a4', 'disputed', 50, 55),
];
const ANNOTATIONS_B = [
  span('set-b', 'b1', 'claim', 0, 5, 'from B'),
  span('set-b', 'b2', 'disputed', 10, 20),
  span('set-b', 'b3', 'attribution', 32, 40),
  span('set-b', 'b4', 'disputed', 50, 55),
];

async function seeded(): Promise<VeritagDatabase> {
  const db = testDatabase();
  await db.documents.add(testArticle(DOC));
  await db.sets.bulkAdd([SET_A, SET_B]);
  await db.annotations.bulkAdd([...ANNOTATIONS_A, ...ANNOTATIONS_B]);
  return db;
}

/** Sets A and B, records and annotations, to compare before and after. */
async function sourceSets(db: VeritagDatabase) {
  return {
    sets: await db.sets.bulkGet([SET_A.id, SET_B.id]),
    a: await db.annotations.where('[setId+document]').equals([SET_A.id, DOC]).toArray(),
    b: await db.annotations.where('[setId+document]').equals([SET_B.id, DOC]).toArray(),
  };
}

/** Every decision of a review, automatic ones included. */
const listDecisions = (db: VeritagDatabase, id: string) => db.decisions.where('reviewId').equals(id).toArray();

const reviewedAnnotations = (db: VeritagDatabase, review: Review) =>
  db.annotations.where('[setId+document]').equals([review.reviewedSetId, DOC]).toArray();

const byId = (list: readonly Annotation[]) => [...list].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));

function groups(): [ReviewGroup, ReviewGroup] {
  const [label, boundary, ...rest] = documentReview(DOC, ANNOTATIONS_A, ANNOTATIONS_B).groups;
  if (!label || !boundary || rest.length > 0) throw new Error('expected exactly two disagreements');
  return [label, boundary];
}

/** A decision as the review screen records it, with the annotations it puts in the reviewed set. */
function decision(review: Review, group: ReviewGroup, kind: Verdict, now: Date): GroupDecision & { decision: NonNullable<GroupDecision['decision']> } {
  const annotations = decidedAnnotations(group, kind, review.reviewedSetId, now);
  return {
    group: group.key,
    document: DOC,
    decision: {
      reviewId: review.id,
      group: group.key,
      document: DOC,
      start: group.start,
      end: group.end,
      decision: kind,
      decidedAt: now.toISOString(),
      annotationIds: annotations.map((x) => x.id),
    },
    annotations,
    agreed: group.agreed.map((x) => autoAcceptance(review, x, now)),
  };
}

async function decide(db: VeritagDatabase, review: Review, group: ReviewGroup, kind: Verdict, now: Date) {
  const made = decision(review, group, kind, now);
  const before = await recordDecision(db, review, made, now);
  return { ...made, before };
}

/** The automatic decisions for the agreed pairs, as the review screen builds them. */
function agreed(review: Review, now: Date, spans: readonly AgreedSpan[] = documentReview(DOC, ANNOTATIONS_A, ANNOTATIONS_B).agreed) {
  return spans.map((x) => autoAcceptance(review, x, now));
}

describe('ensureReview', () => {
  it('creates the review and its reviewed set the first time, and returns the same one after', async () => {
    const db = await seeded();
    const review = await ensureReview(db, SET_A, SET_B, REVIEWER, { now: T1 });
    const anyString: unknown = expect.any(String);
    expect(review).toEqual({
      id: reviewId(SET_A.id, SET_B.id),
      setA: SET_A.id,
      setB: SET_B.id,
      reviewedSetId: anyString,
      autoAcceptAgreed: true,
      created: T1.toISOString(),
    });
    expect(await db.reviews.get(review.id)).toEqual(review);
    expect(await db.sets.get(review.reviewedSetId)).toEqual({
      id: review.reviewedSetId,
      name: 'Reviewed: Ana + Ben',
      annotator: REVIEWER,
      kind: 'reviewed',
      created: T1.toISOString(),
      modified: T1.toISOString(),
    });
    expect([SET_A.id, SET_B.id]).not.toContain(review.reviewedSetId);

    expect(await ensureReview(db, SET_A, SET_B, REVIEWER, { now: T2 })).toEqual(review);
    expect(await db.sets.count()).toBe(3);
    expect(await db.reviews.count()).toBe(1);
  });

  it('creates one review and one reviewed set when asked several times at once', async () => {
    const db = await seeded();
    const reviews = await Promise.all([1, 2, 3, 4].map(() => ensureReview(db, SET_A, SET_B, REVIEWER, { now: T1 })));
    expect(new Set(reviews.map((r) => r.reviewedSetId)).size).toBe(1);
    expect(await db.reviews.count()).toBe(1);
    expect(await db.sets.where('kind').equals('reviewed').count()).toBe(1);
  });

  it('is one review per ordered pair: B against A is another', async () => {
    const db = await seeded();
    const ab = await ensureReview(db, SET_A, SET_B, REVIEWER, { now: T1 });
    const ba = await ensureReview(db, SET_B, SET_A, REVIEWER, { now: T1 });
    expect(ba.id).not.toBe(ab.id);
    expect(ba.reviewedSetId).not.toBe(ab.reviewedSetId);
    expect((await db.sets.get(ba.reviewedSetId))?.name).toBe('Reviewed: Ben + Ana');
  });

  it('makes a new reviewed set when the old one was removed, keeping the auto-accept choice', async () => {
    const db = await seeded();
    const first = await ensureReview(db, SET_A, SET_B, REVIEWER, { now: T1 });
    await applyAutoAccept(db, first, false, []);
    await db.sets.delete(first.reviewedSetId);
    const again = await ensureReview(db, SET_A, SET_B, REVIEWER, { now: T2 });
    expect(again.reviewedSetId).not.toBe(first.reviewedSetId);
    expect(again.autoAcceptAgreed).toBe(false);
    expect((await db.sets.get(again.reviewedSetId))?.kind).toBe('reviewed');
    expect(await db.reviews.get(again.id)).toEqual(again);
  });
});

describe('recordDecision and restoreDecision', () => {
  it('writes the decision with its annotations and returns what was there before (nothing)', async () => {
    const db = await seeded();
    const review = await ensureReview(db, SET_A, SET_B, REVIEWER, { now: T1 });
    const [labelGroup] = groups();
    const { decision: made, annotations, before } = await decide(db, review, labelGroup, 'accept-both', T2);
    expect(before).toEqual({ decision: undefined, annotations: [] });
    expect(annotations).toHaveLength(2);
    expect(byId(await reviewedAnnotations(db, review))).toEqual(byId(annotations));
    expect(await listDecisions(db, review.id)).toEqual([made]);
    expect((await db.sets.get(review.reviewedSetId))?.modified).toBe(T2.toISOString());
  });

  it('re-deciding replaces the previous decision’s annotations and hands them back', async () => {
    const db = await seeded();
    const review = await ensureReview(db, SET_A, SET_B, REVIEWER, { now: T1 });
    const [labelGroup, boundaryGroup] = groups();
    const other = await decide(db, review, boundaryGroup, 'accept-a', T1);
    const first = await decide(db, review, labelGroup, 'accept-a', T1);
    const second = await decide(db, review, labelGroup, 'accept-b', T2);
    expect(second.before).toEqual({ decision: first.decision, annotations: first.annotations });
    expect(byId(await reviewedAnnotations(db, review))).toEqual(byId([...other.annotations, ...second.annotations]));
    expect(await listDecisions(db, review.id)).toHaveLength(2);
    expect(await db.decisions.get([review.id, labelGroup.key])).toEqual(second.decision);
    expect(await db.decisions.get([review.id, boundaryGroup.key])).toEqual(other.decision);

    const third = await decide(db, review, labelGroup, 'reject-both', T3);
    expect(third.before).toEqual({ decision: second.decision, annotations: second.annotations });
    expect(byId(await reviewedAnnotations(db, review))).toEqual(byId(other.annotations));
  });

  it('undo puts back exactly the state before, down to "no decision"', async () => {
    const db = await seeded();
    const review = await ensureReview(db, SET_A, SET_B, REVIEWER, { now: T1 });
    const [labelGroup, boundaryGroup] = groups();
    const other = await decide(db, review, boundaryGroup, 'accept-b', T1);
    const first = await decide(db, review, labelGroup, 'accept-both', T1);
    const afterFirst = { annotations: byId(await reviewedAnnotations(db, review)), decisions: await listDecisions(db, review.id) };
    const second = await decide(db, review, labelGroup, 'accept-a', T2);

    // Undo the second decision: the first is back, same ids and all.
    const redo: DecisionSnapshot = await restoreDecision(db, review, second, second.before);
    expect(byId(await reviewedAnnotations(db, review))).toEqual(afterFirst.annotations);
    expect(await listDecisions(db, review.id)).toEqual(afterFirst.decisions);
    expect(redo).toEqual({ decision: second.decision, annotations: second.annotations });

    // Undo the first: the group is undecided again, the other group untouched.
    await restoreDecision(db, review, first, first.before);
    expect(await db.decisions.get([review.id, labelGroup.key])).toBeUndefined();
    expect(await listDecisions(db, review.id)).toEqual([other.decision]);
    expect(byId(await reviewedAnnotations(db, review))).toEqual(byId(other.annotations));

    // Redo both from what the undos returned.
    await recordDecision(db, review, first);
    await restoreDecision(db, review, second, redo);
    expect(await db.decisions.get([review.id, labelGroup.key])).toEqual(second.decision);
    expect(byId(await reviewedAnnotations(db, review))).toEqual(byId([...other.annotations, ...second.annotations]));
  });
});

describe('a decision undone or redone after its article was removed', () => {
  it('puts the reviewed annotations back as orphans, not placed in a text that is gone', async () => {
    const db = await seeded();
    const review = await ensureReview(db, SET_A, SET_B, REVIEWER, { now: T1 });
    const [labelGroup] = groups();
    const first = await decide(db, review, labelGroup, 'accept-a', T1);
    const second = await decide(db, review, labelGroup, 'accept-b', T2);
    await removeArticle(db, DOC);
    const orphans = async () => (await reviewedAnnotations(db, review)).map((a) => [a.id, a.orphan]);
    expect(await orphans()).toEqual(second.annotations.map((a) => [a.id, 1]));

    const redo = await restoreDecision(db, review, second, second.before);
    expect(await orphans()).toEqual(first.annotations.map((a) => [a.id, 1]));
    await restoreDecision(db, review, second, redo);
    expect(await orphans()).toEqual(second.annotations.map((a) => [a.id, 1]));
  });
});

describe('applyAutoAccept', () => {
  it('on: adds only the agreed pairs not decided yet', async () => {
    const db = await seeded();
    const review = await ensureReview(db, SET_A, SET_B, REVIEWER, { now: T1 });
    const [firstPair, secondPair] = documentReview(DOC, ANNOTATIONS_A, ANNOTATIONS_B).agreed;
    if (!firstPair || !secondPair) throw new Error('expected two agreed pairs');
    const early = agreed(review, T1, [firstPair]);
    await applyAutoAccept(db, review, true, early);

    // Asked again with every pair (fresh ids): the first keeps its earlier decision and copy.
    const all = agreed(review, T2);
    await applyAutoAccept(db, review, true, all);
    const decisions = await listDecisions(db, review.id);
    expect(decisions).toHaveLength(2);
    expect(await db.decisions.get([review.id, firstPair.key])).toEqual(early[0]?.decision);
    expect(await db.decisions.get([review.id, secondPair.key])).toEqual(all[1]?.decision);
    const stored = byId(await reviewedAnnotations(db, review));
    expect(stored).toEqual(byId([early[0]!.annotation, all[1]!.annotation]));
    expect(stored.map((x) => [x.label, x.start, x.end, x.provenance])).toEqual(
      expect.arrayContaining([
        ['claim', 0, 5, 'both'],
        ['disputed', 50, 55, 'both'],
      ]),
    );
    expect(stored.find((x) => x.start === 0)?.note).toBe('from A\n\nfrom B');
    expect((await db.reviews.get(review.id))?.autoAcceptAgreed).toBe(true);
  });

  it('off: withdraws only the automatic decisions and their annotations; manual ones stay', async () => {
    const db = await seeded();
    const review = await ensureReview(db, SET_A, SET_B, REVIEWER, { now: T1 });
    const [labelGroup] = groups();
    await applyAutoAccept(db, review, true, agreed(review, T1));
    const manual = await decide(db, review, labelGroup, 'accept-both', T2);
    expect(await reviewedAnnotations(db, review)).toHaveLength(2 + manual.annotations.length);

    await applyAutoAccept(db, review, false, []);
    expect(await listDecisions(db, review.id)).toEqual([manual.decision]);
    expect(byId(await reviewedAnnotations(db, review))).toEqual(byId(manual.annotations));
    expect((await db.reviews.get(review.id))?.autoAcceptAgreed).toBe(false);

    // On again: the agreed pairs come back beside the manual decision.
    await applyAutoAccept(db, review, true, agreed(review, T3));
    expect(await listDecisions(db, review.id)).toHaveLength(3);
    expect(await reviewedAnnotations(db, review)).toHaveLength(2 + manual.annotations.length);
    expect((await db.reviews.get(review.id))?.autoAcceptAgreed).toBe(true);
  });

  it('touches only its own review', async () => {
    const db = await seeded();
    const ab = await ensureReview(db, SET_A, SET_B, REVIEWER, { now: T1 });
    const ba = await ensureReview(db, SET_B, SET_A, REVIEWER, { now: T1 });
    await applyAutoAccept(db, ab, true, agreed(ab, T1));
    await applyAutoAccept(db, ba, true, agreed(ba, T1, documentReview(DOC, ANNOTATIONS_B, ANNOTATIONS_A).agreed));
    await applyAutoAccept(db, ab, false, []);
    expect(await listDecisions(db, ab.id)).toEqual([]);
    expect(await listDecisions(db, ba.id)).toHaveLength(2);
    expect(await reviewedAnnotations(db, ba)).toHaveLength(2);
  });
});

describe('one span and label once', () => {
  it('refuses a decision whose span and label the reviewed set already holds, and writes nothing', async () => {
    const db = await seeded();
    const review = await ensureReview(db, SET_A, SET_B, REVIEWER, { now: T1 });
    const [labelGroup, boundaryGroup] = groups();
    await decide(db, review, boundaryGroup, 'accept-a', T1);
    const before = byId(await reviewedAnnotations(db, review));
    // An edit of the label disagreement onto A's attribution [30,40), which is there already.
    const twin = { ...decision(review, labelGroup, 'accept-a', T2) };
    const copy = { ...before[0]!, id: 'twin' };
    const attempt = recordDecision(db, review, { ...twin, annotations: [copy], decision: { ...twin.decision, decision: 'edited', annotationIds: ['twin'] } }, T2);
    await expect(attempt).rejects.toBeInstanceOf(DuplicateSpanError);
    await expect(attempt).rejects.toThrow('The reviewed set already has “tttttttttt” as Attribution (30–40)');
    expect(byId(await reviewedAnnotations(db, review))).toEqual(before);
    expect(await db.decisions.get([review.id, labelGroup.key])).toBeUndefined();
  });

  it('re-deciding a group may put back its own span: what it replaces is not counted', async () => {
    const db = await seeded();
    const review = await ensureReview(db, SET_A, SET_B, REVIEWER, { now: T1 });
    const [, boundaryGroup] = groups();
    await decide(db, review, boundaryGroup, 'accept-a', T1);
    await decide(db, review, boundaryGroup, 'accept-both', T2);
    expect((await reviewedAnnotations(db, review)).map((x) => [x.start, x.end, x.provenance])).toEqual(
      expect.arrayContaining([
        [30, 40, 'A'],
        [32, 40, 'B'],
      ]),
    );
  });

  it('auto-accept skips an agreed span the reviewed set already holds (an edit put it there)', async () => {
    const db = await seeded();
    const review = await ensureReview(db, SET_A, SET_B, REVIEWER, { now: T1 });
    const [labelGroup] = groups();
    const [claimPair] = documentReview(DOC, ANNOTATIONS_A, ANNOTATIONS_B).agreed;
    const made = decision(review, labelGroup, 'accept-a', T1);
    const edited = { ...made.annotations[0]!, start: 0, end: 5, exact: 'ttttt', label: 'claim' as const, provenance: 'edited' as const };
    await recordDecision(db, review, { ...made, annotations: [edited], decision: { ...made.decision, decision: 'edited', annotationIds: [edited.id] } }, T1);
    await applyAutoAccept(db, review, true, agreed(review, T2));
    const stored = await reviewedAnnotations(db, review);
    expect(stored.filter((x) => x.start === 0 && x.end === 5 && x.label === 'claim').map((x) => x.provenance)).toEqual(['edited']);
    expect(await db.decisions.get([review.id, claimPair!.key])).toBeUndefined();
    expect(stored.filter((x) => x.start === 50).map((x) => x.provenance)).toEqual(['both']);
  });
});

describe('listReviewerDecisions', () => {
  it('lists the reviewer’s decisions, not the automatic ones', async () => {
    const db = await seeded();
    const review = await ensureReview(db, SET_A, SET_B, REVIEWER, { now: T1 });
    await applyAutoAccept(db, review, true, agreed(review, T1));
    const [labelGroup] = groups();
    const made = await decide(db, review, labelGroup, 'reject-both', T2);
    expect(await listDecisions(db, review.id)).toHaveLength(3);
    expect(await listReviewerDecisions(db, review.id)).toEqual([made.decision]);
  });
});

describe('sets A and B', () => {
  it('are never written to: every write of a review lands in the reviewed set', async () => {
    const db = await seeded();
    const before = await sourceSets(db);
    const review = await ensureReview(db, SET_A, SET_B, REVIEWER, { now: T1 });
    const [labelGroup, boundaryGroup] = groups();
    await applyAutoAccept(db, review, true, agreed(review, T1));
    const first = await decide(db, review, labelGroup, 'accept-a', T2);
    await decide(db, review, labelGroup, 'accept-b', T2);
    await decide(db, review, boundaryGroup, 'accept-both', T2);
    await restoreDecision(db, review, first, first.before);
    await decide(db, review, boundaryGroup, 'reject-both', T3);
    await applyAutoAccept(db, review, false, []);
    await decide(db, review, labelGroup, 'accept-both', T3);

    expect(await sourceSets(db)).toEqual(before);
    const everything = await db.annotations.toArray();
    const elsewhere = everything.filter((x) => x.setId !== SET_A.id && x.setId !== SET_B.id);
    expect(elsewhere.length).toBeGreaterThan(0);
    for (const x of elsewhere) expect(x.setId).toBe(review.reviewedSetId);
    expect(everything).toHaveLength(ANNOTATIONS_A.length + ANNOTATIONS_B.length + elsewhere.length);
  });
});

describe('removing a set', () => {
  it('removes the reviews it received or took part in, with their decisions; a new review starts clean', async () => {
    const db = await seeded();
    const review = await ensureReview(db, SET_A, SET_B, REVIEWER, { now: T1 });
    const [label] = groups();
    await recordDecision(db, review, decision(review, label, 'accept-b', T1), T1);
    expect(await listDecisions(db, review.id)).toHaveLength(1);

    await deleteSet(db, review.reviewedSetId);
    expect(await db.reviews.get(review.id)).toBeUndefined();
    expect(await listDecisions(db, review.id)).toEqual([]);
    expect((await sourceSets(db)).a).toHaveLength(ANNOTATIONS_A.length);

    const again = await ensureReview(db, SET_A, SET_B, REVIEWER, { now: T2 });
    expect(again.reviewedSetId).not.toBe(review.reviewedSetId);
    expect(await listDecisions(db, again.id)).toEqual([]);

    await deleteSet(db, SET_B.id);
    expect(await db.reviews.get(again.id)).toBeUndefined();
    expect(await db.sets.get(again.reviewedSetId)).toBeDefined();
  });
});
