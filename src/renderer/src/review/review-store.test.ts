// The review store without a DOM: the reducer on plain actions and the memoised selectors. A
// decision changes only its own entry (the documents, their disagreements and the figures stay the
// very same objects); answers from storage that did not change keep their objects.
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../shared/annotation';
import { agreement } from '../../../shared/agreement';
import type { LabelId } from '../../../shared/labels';
import type { Decision, Review } from '../db/storage';
import {
  agreedSpans,
  classCounts,
  corpusFigures,
  currentGroup,
  decidedCount,
  disagreementCounts,
  documentAnalysis,
  scopeFigures,
  scopeGroups,
  visibleGroups,
} from './review-selectors';
import { initialReviewState, type ReviewSources, type ReviewState } from './review-state';
import { reviewReducer, type ReviewAction } from './review-store';

const CREATED = '2026-11-22T09:00:00.000Z';
const DOC1 = 'sha256:d1';
const DOC2 = 'sha256:d2';
const SUMMARIES = new Map([
  [DOC1, { title: 'First', length: 200 }],
  [DOC2, { title: 'Second', length: 100 }],
]);
const REVIEW: Review = { id: 'set-a\u0000set-b', setA: 'set-a', setB: 'set-b', reviewedSetId: 'reviewed', autoAcceptAgreed: true, created: CREATED };

function span(setId: string, id: string, document: string, label: LabelId, start: number, end: number, fields: Partial<Annotation> = {}): Annotation {
  const exact = 'x'.repeat(end - start);
  return { id, setId, document, label, start, end, exact, prefix: '', suffix: '', note: '', created: CREATED, modified: CREATED, ...fields };
}

// DOC1: a label disagreement [0,10), an agreed pair [20,30), an only-A span [40,50).
// DOC2: a boundary disagreement [0,10) vs [2,10), an only-B span [50,60); A's orphan is left out.
const A = [
  span('set-a', 'a1', DOC1, 'claim', 0, 10),
  span('set-a', 'a2', DOC1, 'disputed', 20, 30),
  span('set-a', 'a3', DOC1, 'claim', 40, 50),
  span('set-a', 'a4', DOC2, 'attribution', 0, 10),
  span('set-a', 'orphan', 'sha256:elsewhere', 'claim', 0, 5, { orphan: 1 }),
];
const B = [
  span('set-b', 'b1', DOC1, 'attribution', 0, 10),
  span('set-b', 'b2', DOC1, 'disputed', 20, 30),
  span('set-b', 'b4', DOC2, 'attribution', 2, 10),
  span('set-b', 'b5', DOC2, 'casualty-figure', 50, 60),
];

/** Fresh copies, as each answer from IndexedDB is. */
const fresh = (annotations: readonly Annotation[]) => annotations.map((x) => ({ ...x }));

const sources = (fields: Partial<ReviewSources> = {}): ReviewSources => ({
  annotationsA: fresh(A),
  annotationsB: fresh(B),
  summaries: SUMMARIES,
  review: REVIEW,
  decisions: [],
  ...fields,
});

const run = (state: ReviewState, ...actions: ReviewAction[]): ReviewState => actions.reduce(reviewReducer, state);
const start = (documentId: string | null = null) => run(initialReviewState({ setA: 'set-a', setB: 'set-b', documentId }), { type: 'loaded', sources: sources() });

function decided(state: ReviewState, index: number, kind: Decision['decision']): Decision {
  const group = scopeGroups(state)[index];
  if (!group) throw new Error(`no disagreement ${index}`);
  return { reviewId: REVIEW.id, group: group.key, document: group.document, start: group.start, end: group.end, decision: kind, decidedAt: CREATED, annotationIds: [] };
}

describe('loading', () => {
  it('is loading until every answer is in, then holds the compared documents sorted by id, orphans left out', () => {
    const empty = initialReviewState({ setA: 'set-a', setB: 'set-b', documentId: null });
    expect(empty.loading).toBe(true);
    expect(run(empty, { type: 'loaded', sources: sources({ decisions: null }) }).loading).toBe(true);
    const state = start();
    expect(state.loading).toBe(false);
    expect(state.documents.map((d) => [d.id, d.title, d.length, d.a.map((x) => x.id), d.b.map((x) => x.id)])).toEqual([
      [DOC1, 'First', 200, ['a1', 'a2', 'a3'], ['b1', 'b2']],
      [DOC2, 'Second', 100, ['a4'], ['b4', 'b5']],
    ]);
    expect(state.review).toBe(REVIEW);
  });

  it('leaves out documents the library lacks', () => {
    const state = run(start(), { type: 'loaded', sources: sources({ summaries: new Map([[DOC2, { title: 'Second', length: 100 }]]) }) });
    expect(state.documents.map((d) => d.id)).toEqual([DOC2]);
  });
});

describe('selectors', () => {
  it('give the disagreements in document then text order, class counts, figures and agreed spans', () => {
    const state = start();
    expect(scopeGroups(state).map((g) => [g.document, g.start, g.end])).toEqual([
      [DOC1, 0, 10],
      [DOC1, 40, 50],
      [DOC2, 0, 10],
      [DOC2, 50, 60],
    ]);
    expect(classCounts(state)).toEqual({ agree: 1, boundary: 2, label: 2, 'only-a': 1, 'only-b': 1 });
    expect(disagreementCounts(state)).toEqual(new Map([[DOC1, 2], [DOC2, 2]]));
    expect(agreedSpans(state).map((x) => [x.pair.a.id, x.pair.b.id, x.group])).toEqual([['a2', 'b2', null]]);
    const expected = agreement(state.documents.map((d) => ({ id: d.id, length: d.length, a: d.a, b: d.b })));
    expect(corpusFigures(state)).toEqual(expected);
    expect(scopeFigures(state)).toEqual(expected.corpus);
  });

  it('narrow to one article: its disagreements, counts, figures and progress', () => {
    const all = start();
    const one = run(all, { type: 'document-chosen', id: DOC2 }, { type: 'loaded', sources: sources({ decisions: [decided(all, 0, 'accept-a'), decided(all, 2, 'accept-b')] }) });
    expect(scopeGroups(one).map((g) => g.document)).toEqual([DOC2, DOC2]);
    expect(classCounts(one)).toEqual({ agree: 0, boundary: 2, label: 0, 'only-a': 0, 'only-b': 1 });
    expect(scopeFigures(one)).toEqual(corpusFigures(one)?.documents.find((d) => d.id === DOC2));
    expect(decidedCount(one)).toBe(1);
    expect(decidedCount(run(one, { type: 'document-chosen', id: null }))).toBe(2);
  });

  it('filter by class and by label', () => {
    const state = start();
    const noOnly = run(state, { type: 'class-toggled', spanClass: 'only-a' }, { type: 'class-toggled', spanClass: 'only-b' });
    expect(visibleGroups(noOnly).map((g) => [g.document, g.start])).toEqual([
      [DOC1, 0],
      [DOC2, 0],
    ]);
    const noAttribution = run(state, { type: 'label-toggled', label: 'attribution' });
    // A group stays while any of its labels is shown: [0,10) of DOC1 has a Claim too.
    expect(visibleGroups(noAttribution).map((g) => [g.document, g.start])).toEqual([
      [DOC1, 0],
      [DOC1, 40],
      [DOC2, 50],
    ]);
    expect(visibleGroups(run(noAttribution, { type: 'label-toggled', label: 'attribution' }))).toHaveLength(4);
  });
});

describe('walking', () => {
  it('n starts at the first disagreement, p at the last, both wrap around, and each asks the panes to scroll', () => {
    const state = start();
    const keys = scopeGroups(state).map((g) => g.key);
    const first = run(state, { type: 'stepped', direction: 1 });
    expect(first.currentKey).toBe(keys[0]);
    expect(first.focus).toEqual({ offset: 0, nonce: 1 });
    expect(run(state, { type: 'stepped', direction: -1 }).currentKey).toBe(keys[3]);
    const around = run(first, { type: 'stepped', direction: 1 }, { type: 'stepped', direction: 1 }, { type: 'stepped', direction: 1 }, { type: 'stepped', direction: 1 });
    expect(around.currentKey).toBe(keys[0]);
    expect(around.focus?.nonce).toBe(5);
    expect(run(first, { type: 'stepped', direction: -1 }).currentKey).toBe(keys[3]);
  });

  it('walks only what the filters show', () => {
    const state = run(start(), { type: 'class-toggled', spanClass: 'label' }, { type: 'class-toggled', spanClass: 'boundary' });
    const shown = run(state, { type: 'stepped', direction: 1 }, { type: 'stepped', direction: 1 });
    expect(currentGroup(shown)?.start).toBe(50);
    expect(currentGroup(shown)?.document).toBe(DOC2);
  });

  it('a group chosen in a pane is current without scrolling; an unknown key changes nothing', () => {
    const state = start();
    const key = scopeGroups(state)[1]!.key;
    const clicked = run(state, { type: 'group-chosen', key, scroll: false });
    expect(clicked.currentKey).toBe(key);
    expect(clicked.focus).toBeNull();
    expect(run(state, { type: 'group-chosen', key, scroll: true }).focus).toEqual({ offset: 40, nonce: 1 });
    expect(run(clicked, { type: 'group-chosen', key: 'gone', scroll: true })).toBe(clicked);
  });

  it('choosing another article or set leaves no current disagreement and no pane selection', () => {
    const walking = run(start(), { type: 'stepped', direction: 1 }, { type: 'pane-selected', selection: { start: 1, end: 4, exact: 'xxx' } });
    for (const action of [
      { type: 'document-chosen', id: DOC1 },
      { type: 'set-a-chosen', id: 'set-c' },
      { type: 'set-b-chosen', id: 'set-c' },
    ] as const) {
      const next = run(walking, action);
      expect(next.currentKey).toBeNull();
      expect(next.paneSelection).toBeNull();
    }
  });
});

describe('a decision', () => {
  it('changes only its own entry: documents, disagreements, counts and figures stay the very same objects', () => {
    const state = start();
    const groups = visibleGroups(state);
    const analyses = state.documents.map(documentAnalysis);
    const figures = corpusFigures(state);
    const counts = classCounts(state);
    const first = decided(state, 0, 'accept-a');
    const once = run(state, { type: 'loaded', sources: { ...state.sources, decisions: [first] } });
    // The next answer has the first decision again (a new object from storage) and a second one.
    const twice = run(once, { type: 'loaded', sources: { ...once.sources, decisions: [{ ...first }, decided(state, 3, 'reject-both')] } });

    for (const after of [once, twice]) {
      expect(after.documents).toBe(state.documents);
      expect(visibleGroups(after)).toBe(groups);
      after.documents.forEach((d, i) => expect(documentAnalysis(d)).toBe(analyses[i]));
      expect(corpusFigures(after)).toBe(figures);
      expect(classCounts(after)).toBe(counts);
    }
    expect(decidedCount(once)).toBe(1);
    expect(decidedCount(twice)).toBe(2);
    expect(twice.decisions.get(first.group)).toBe(once.decisions.get(first.group));
    expect(twice.decisions.get(groups[3]!.key)?.decision).toBe('reject-both');
  });

  it('shows at once when stored, and storage’s answer with the same decision keeps that object', () => {
    const state = start();
    const made = decided(state, 1, 'accept-a');
    const shown = run(state, { type: 'decided', decision: made, setA: 'set-a', setB: 'set-b' });
    expect(shown.decisions.get(made.group)).toBe(made);
    expect(decidedCount(shown)).toBe(1);
    expect(visibleGroups(shown)).toBe(visibleGroups(state));
    const answered = run(shown, { type: 'loaded', sources: { ...shown.sources, decisions: [{ ...made }] } });
    expect(answered.decisions.get(made.group)).toBe(made);
  });

  it('stays shown while the decisions reload (the first decision makes the review record), and goes with another pair of sets', () => {
    const state = run(start(), { type: 'loaded', sources: sources({ review: undefined, decisions: [] }) });
    const made = decided(state, 0, 'reject-both');
    const shown = run(state, { type: 'decided', decision: made, setA: 'set-a', setB: 'set-b' });
    const reloading = run(shown, { type: 'loaded', sources: { ...shown.sources, review: REVIEW, decisions: null } });
    expect(reloading.loading).toBe(true);
    expect(decidedCount(reloading)).toBe(1);
    expect(decidedCount(run(shown, { type: 'set-b-chosen', id: 'set-c' }))).toBe(0);
  });

  it('another pair forgets the last pair’s review and documents at once, and a decision stored late for the last pair is not shown', () => {
    const state = start();
    const made = decided(state, 0, 'accept-a');
    const away = run(state, { type: 'set-b-chosen', id: 'set-c' });
    expect(away.review).toBeUndefined();
    expect(away.documents).toEqual([]);
    expect(scopeGroups(away)).toEqual([]);
    const late = run(away, { type: 'decided', decision: made, setA: 'set-a', setB: 'set-b' });
    expect(late).toBe(away);
    expect(decidedCount(late)).toBe(0);
  });

  it('stay when the same set is chosen again, and come back with the answers when the pair comes back', () => {
    const state = start();
    const made = decided(state, 0, 'accept-b');
    const answered = run(state, { type: 'loaded', sources: { ...state.sources, decisions: [made] } });
    expect(run(answered, { type: 'set-b-chosen', id: 'set-b' })).toBe(answered);
    const away = run(answered, { type: 'set-b-chosen', id: 'set-c' });
    expect(away.loading).toBe(true);
    // Storage answers for the old pair again (the same objects as before): they count as new.
    const back = run(away, { type: 'set-b-chosen', id: 'set-b' }, { type: 'loaded', sources: answered.sources });
    expect(back.decisions.get(made.group)).toBe(made);
    expect(back.documents).toEqual(answered.documents);
  });

  it('keeps the review object when storage answers the same record again', () => {
    const state = start();
    const again = run(state, { type: 'loaded', sources: { ...state.sources, review: { ...REVIEW } } });
    expect(again.review).toBe(state.review);
    const off = run(state, { type: 'loaded', sources: { ...state.sources, review: { ...REVIEW, autoAcceptAgreed: false } } });
    expect(off.review?.autoAcceptAgreed).toBe(false);
  });
});

describe('answers from storage', () => {
  it('keep every document whose annotations did not change, with its analysis; a changed one alone is new', () => {
    const state = start();
    const same = run(state, { type: 'loaded', sources: sources() });
    expect(same.documents).toBe(state.documents);
    expect(agreedSpans(same)).toBe(agreedSpans(state));

    const relabelled = fresh(A).map((x) => (x.id === 'a4' ? { ...x, label: 'claim' as const, modified: '2026-11-23T09:00:00.000Z' } : x));
    const changed = run(state, { type: 'loaded', sources: sources({ annotationsA: relabelled }) });
    expect(changed.documents[0]).toBe(state.documents[0]);
    expect(documentAnalysis(changed.documents[0]!)).toBe(documentAnalysis(state.documents[0]!));
    expect(changed.documents[1]).not.toBe(state.documents[1]);
    expect(documentAnalysis(changed.documents[1]!).groups[0]?.aClasses).toEqual(['label']);
    expect(corpusFigures(changed)).not.toBe(corpusFigures(state));
  });
});
