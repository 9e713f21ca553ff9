// What a review walks and writes, on hand-made spans of one document: the disagreement groups
// (members, classes, text order, stable keys, agreeing pairs), the class counts, agreed pairs, and
// what each decision puts into the reviewed set.
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../shared/annotation';
import type { LabelId } from '../../../shared/labels';
import { CodePointIndex } from '../../../shared/code-points';
import { agreedAnnotation, agreedKey, agreedPairs, decidedAnnotations, documentReview, editedAnnotation, groupKey, type ReviewGroup } from './review-model';

const DOC = 'sha256:d0c';
const CREATED = '2026-11-22T09:00:00.000Z';
const NOW = new Date('2026-11-23T10:00:00.000Z');

function span(setId: string, id: string, label: LabelId, start: number, end: number, fields: Partial<Annotation> = {}): Annotation {
  return {
    id,
    setId,
    document: DOC,
    label,
    start,
    end,
    // A quote as long as the span (the factory checks it), different per place.
    exact: String.fromCharCode(97 + (start % 26)).repeat(end - start),
    prefix: 'before ',
    suffix: ' after',
    note: '',
    created: CREATED,
    modified: CREATED,
    ...fields,
  };
}

const a = (id: string, label: LabelId, start: number, end: number, fields?: Partial<Annotation>) => span('set-a', id, label, start, end, fields);
const b = (id: string, label: LabelId, start: number, end: number, fields?: Partial<Annotation>) => span('set-b', id, label, start, end, fields);

// One document, left to right:
//   [0,10)   A1 claim       vs B1 attribution   → label disagreement
//   [20,30)  A2 claim       vs B2 claim [22,30) → boundary disagreement
//   [40,50)  A3 disputed    =  B3 disputed      → agreeing pair, not a disagreement
//   [60,65)  A4 claim                           → only A
//   [70,75)                    B5 attribution   → only B
//   [80,105) A6 claim [80,90) – B6 claim [85,100) – A7 casualty-figure [95,105): one group by the chain
const A1 = a('a1', 'claim', 0, 10);
const A2 = a('a2', 'claim', 20, 30);
const A3 = a('a3', 'disputed', 40, 50, { note: 'Agreed, from A' });
const A4 = a('a4', 'claim', 60, 65);
const A6 = a('a6', 'claim', 80, 90);
const A7 = a('a7', 'casualty-figure', 95, 105);
const B1 = b('b1', 'attribution', 0, 10);
const B2 = b('b2', 'claim', 22, 30);
const B3 = b('b3', 'disputed', 40, 50, { note: 'Agreed, from B' });
const B5 = b('b5', 'attribution', 70, 75);
const B6 = b('b6', 'claim', 85, 100);

// Passed out of text order: the groups must come back in text order all the same.
const SET_A = [A7, A3, A1, A6, A4, A2];
const SET_B = [B6, B5, B3, B2, B1];

const ids = (spans: readonly Annotation[]) => spans.map((x) => x.id);
const reviewGroups = (document: string, a: readonly Annotation[], b: readonly Annotation[]) => documentReview(document, a, b).groups;
const classCounts = (a: readonly Annotation[], b: readonly Annotation[]) => documentReview(DOC, a, b).counts;
const summary = (g: ReviewGroup) => ({ start: g.start, end: g.end, a: ids(g.a), b: ids(g.b), aClasses: g.aClasses, bClasses: g.bClasses });

describe('reviewGroups', () => {
  it('lists each disagreement once, in text order, with its members and their classes', () => {
    const groups = reviewGroups(DOC, SET_A, SET_B);
    expect(groups.map(summary)).toEqual([
      { start: 0, end: 10, a: ['a1'], b: ['b1'], aClasses: ['label'], bClasses: ['label'] },
      { start: 20, end: 30, a: ['a2'], b: ['b2'], aClasses: ['boundary'], bClasses: ['boundary'] },
      { start: 60, end: 65, a: ['a4'], b: [], aClasses: ['only-a'], bClasses: [] },
      { start: 70, end: 75, a: [], b: ['b5'], aClasses: [], bClasses: ['only-b'] },
      // B6 is a boundary against A6 and a label against A7: it keeps the first class that fits.
      { start: 80, end: 105, a: ['a6', 'a7'], b: ['b6'], aClasses: ['boundary', 'label'], bClasses: ['boundary'] },
    ]);
    for (const g of groups) {
      expect(g.document).toBe(DOC);
      expect(g.key).toBe(groupKey(DOC, g.a, g.b));
    }
    // The agreeing pair is in no group.
    expect(groups.flatMap((g) => [...ids(g.a), ...ids(g.b)])).not.toContain('a3');
    expect(groups.flatMap((g) => [...ids(g.a), ...ids(g.b)])).not.toContain('b3');
  });

  it('leaves orphans out: they neither form groups nor change the classes of placed spans', () => {
    // B's orphan would agree with A4 (same place and label), A's would be a lone only-A span.
    const orphanB = b('b-orphan', 'claim', 60, 65, { orphan: 1 });
    const orphanA = a('a-orphan', 'disputed', 200, 210, { orphan: 1 });
    const withOrphans = reviewGroups(DOC, [...SET_A, orphanA], [...SET_B, orphanB]);
    expect(withOrphans.map(summary)).toEqual(reviewGroups(DOC, SET_A, SET_B).map(summary));
    expect(withOrphans.find((g) => g.start === 60)?.aClasses).toEqual(['only-a']);
    // Placed, the same span would agree with A4 and that disagreement would go away.
    const { orphan: _orphan, ...placedB } = orphanB;
    const placedTwin = reviewGroups(DOC, SET_A, [...SET_B, placedB]);
    expect(placedTwin.map((g) => g.start)).toEqual([0, 20, 70, 80]);
  });

  it('has no disagreement when both sets are the same spans, or both are empty', () => {
    expect(reviewGroups(DOC, [A1, A3], [b('x1', 'claim', 0, 10), b('x3', 'disputed', 40, 50)])).toEqual([]);
    expect(reviewGroups(DOC, [], [])).toEqual([]);
  });
});

describe('groupKey', () => {
  it('does not depend on the order of the members', () => {
    expect(groupKey(DOC, [A6, A7], [B6])).toBe(groupKey(DOC, [A7, A6], [B6]));
    const shuffled = reviewGroups(DOC, [...SET_A].reverse(), [...SET_B].reverse());
    expect(shuffled.map((g) => g.key)).toEqual(reviewGroups(DOC, SET_A, SET_B).map((g) => g.key));
  });

  it('changes when a member is added, removed or replaced, or moves to the other side', () => {
    const key = groupKey(DOC, [A6, A7], [B6]);
    const changed = [
      groupKey(DOC, [A6], [B6]),
      groupKey(DOC, [A6, A7], [B6, b('b7', 'claim', 86, 99)]),
      groupKey(DOC, [A6, a('a8', 'casualty-figure', 95, 105)], [B6]),
      groupKey(DOC, [A6, A7, span('set-a', 'b6', 'claim', 85, 100)], []),
      groupKey('sha256:other', [A6, A7], [B6]),
    ];
    for (const other of changed) expect(other).not.toBe(key);
    expect(new Set(changed).size).toBe(changed.length);
  });

  it('keeps the other groups’ keys when one group gains a member', () => {
    const before = reviewGroups(DOC, SET_A, SET_B);
    const after = reviewGroups(DOC, [...SET_A, a('a9', 'attribution', 72, 74)], SET_B);
    expect(after.map((g) => g.key)).toEqual([before[0]?.key, before[1]?.key, before[2]?.key, expect.any(String), before[4]?.key]);
    expect(after[3]?.key).not.toBe(before[3]?.key);
    expect(ids(after[3]?.a ?? [])).toEqual(['a9']);
  });
});

describe('classCounts', () => {
  it('counts A’s spans by class, then B’s except those that agree', () => {
    // A: a1 label, a2 boundary, a3 agree, a4 only A, a6 boundary, a7 label.
    // B: b1 label, b2 boundary, b3 agree (counted once, with A), b5 only B, b6 boundary.
    expect(classCounts(SET_A, SET_B)).toEqual({ agree: 1, boundary: 4, label: 3, 'only-a': 1, 'only-b': 1 });
  });

  it('ignores orphans on either side', () => {
    const orphans = { orphan: 1 as const };
    expect(classCounts([...SET_A, a('o1', 'claim', 70, 75, orphans)], [...SET_B, b('o2', 'claim', 60, 65, orphans)])).toEqual(
      classCounts(SET_A, SET_B),
    );
  });

  it('counts every span as only A or only B when the other set is empty', () => {
    expect(classCounts(SET_A, [])).toEqual({ agree: 0, boundary: 0, label: 0, 'only-a': 6, 'only-b': 0 });
    expect(classCounts([], SET_B)).toEqual({ agree: 0, boundary: 0, label: 0, 'only-a': 0, 'only-b': 5 });
  });
});

describe('agreedPairs', () => {
  it('pairs spans equal in start, end and label, and nothing else', () => {
    const pairs = agreedPairs(SET_A, SET_B);
    expect(pairs.map((p) => [p.a.id, p.b.id])).toEqual([['a3', 'b3']]);
  });

  it('pairs an equal place once even when a set repeats it, and never pairs an orphan', () => {
    const twice = [A3, a('a3-again', 'disputed', 40, 50)];
    expect(agreedPairs(twice, [B3]).map((p) => [p.a.id, p.b.id])).toEqual([['a3', 'b3']]);
    expect(agreedPairs([A4], [b('o', 'claim', 60, 65, { orphan: 1 })])).toEqual([]);
    expect(agreedPairs([{ ...A4, orphan: 1 }], [b('x', 'claim', 60, 65)])).toEqual([]);
  });

  it('copies an agreed pair into the reviewed set as "both", notes joined, under a key of its own', () => {
    const [pair] = agreedPairs(SET_A, SET_B);
    if (!pair) throw new Error('expected an agreed pair');
    const copy = agreedAnnotation(pair, 'reviewed', NOW);
    expect(copy).toMatchObject({ setId: 'reviewed', document: DOC, label: 'disputed', start: 40, end: 50, provenance: 'both' });
    expect(copy.note).toBe('Agreed, from A\n\nAgreed, from B');
    expect(copy.id).not.toBe('a3');
    const key = agreedKey(DOC, pair);
    expect(key).toBe(agreedKey(DOC, { a: A3, b: B3 }));
    expect(reviewGroups(DOC, SET_A, SET_B).map((g) => g.key)).not.toContain(key);
  });
});

describe('documentReview: agreed spans', () => {
  it('lists every agreed pair with the disagreement that contains it, or none', () => {
    // a3 = b3 stands alone; x = y sits inside the group of a6, b6 and a7.
    const inGroup = [a('x', 'claim', 86, 88), b('y', 'claim', 86, 88)] as const;
    const review = documentReview(DOC, [...SET_A, inGroup[0]], [...SET_B, inGroup[1]]);
    const group = review.groups.find((g) => g.start === 80);
    expect(group?.agreed.map((x) => [x.pair.a.id, x.pair.b.id])).toEqual([['x', 'y']]);
    expect(review.agreed.map((x) => ({ a: x.pair.a.id, key: x.key, group: x.group }))).toEqual([
      { a: 'x', key: agreedKey(DOC, { a: inGroup[0], b: inGroup[1] }), group: group?.key },
      { a: 'a3', key: agreedKey(DOC, { a: A3, b: B3 }), group: null },
    ]);
    expect(review.groups.filter((g) => g !== group).every((g) => g.agreed.length === 0)).toBe(true);
  });
});

describe('decidedAnnotations', () => {
  // One group [0,15): A claim [0,10) equals B's (an agreeing pair), A disputed [5,15), B attribution [2,8).
  const A_EQUAL = a('ga1', 'claim', 0, 10, { note: 'A says check the ministry' });
  const A_OTHER = a('ga2', 'disputed', 5, 15, { note: '', provenance: 'edited' });
  const B_EQUAL = b('gb1', 'claim', 0, 10, { note: 'B: wire report differs' });
  const B_OTHER = b('gb2', 'attribution', 2, 8, { note: 'Indirect' });
  const [group] = reviewGroups(DOC, [A_OTHER, A_EQUAL], [B_OTHER, B_EQUAL]);

  it('builds the group the cases below rely on', () => {
    expect(group && summary(group)).toEqual({
      start: 0,
      end: 15,
      a: ['ga1', 'ga2'],
      b: ['gb1', 'gb2'],
      aClasses: ['agree', 'label'],
      bClasses: ['agree', 'label'],
    });
    expect(group?.agreed.map((x) => [x.pair.a.id, x.pair.b.id])).toEqual([['ga1', 'gb1']]);
  });

  const decide = (kind: Parameters<typeof decidedAnnotations>[1]) => {
    if (!group) throw new Error('expected a group');
    return decidedAnnotations(group, kind, 'reviewed', NOW);
  };
  const place = (x: Annotation) => `${x.provenance ?? 'none'}:${x.label}:${x.start}-${x.end}`;
  const sources = [A_EQUAL, A_OTHER, B_EQUAL, B_OTHER];
  const AGREED_NOTE = 'A says check the ministry\n\nB: wire report differs';

  /** Fields every reviewed copy has: new id, the reviewed set, stamped now, no orphan flag. */
  const expectReviewedCopies = (copies: readonly Annotation[]) => {
    for (const copy of copies) {
      expect(copy.setId).toBe('reviewed');
      expect(copy.created).toBe(NOW.toISOString());
      expect(copy.modified).toBe(NOW.toISOString());
      expect(copy).not.toHaveProperty('orphan');
      expect(sources.map((s) => s.id)).not.toContain(copy.id);
      expect(copy.document).toBe(DOC);
    }
    expect(new Set(copies.map((c) => c.id)).size).toBe(copies.length);
  };

  it('accept A: A’s spans, quotes kept; the agreeing pair as "both" with both notes, the others A', () => {
    const result = decide('accept-a');
    expect(result.map(place)).toEqual(['both:claim:0-10', 'A:disputed:5-15']);
    expect(result.map((x) => [x.exact, x.prefix, x.suffix, x.note])).toEqual([
      [A_EQUAL.exact, A_EQUAL.prefix, A_EQUAL.suffix, AGREED_NOTE],
      [A_OTHER.exact, A_OTHER.prefix, A_OTHER.suffix, ''],
    ]);
    expectReviewedCopies(result);
  });

  it('accept B: B’s spans; the agreeing pair as "both", the others B', () => {
    const result = decide('accept-b');
    expect(result.map(place)).toEqual(['both:claim:0-10', 'B:attribution:2-8']);
    expect(result.map((x) => x.note)).toEqual([AGREED_NOTE, 'Indirect']);
    expectReviewedCopies(result);
  });

  it('accept both: equal spans merged as "both" with the notes joined, the others A or B, in text order', () => {
    const result = decide('accept-both');
    expect(result.map(place)).toEqual(['both:claim:0-10', 'B:attribution:2-8', 'A:disputed:5-15']);
    expect(result.map((x) => x.note)).toEqual([AGREED_NOTE, 'Indirect', '']);
    expectReviewedCopies(result);
  });

  it('the agreeing pair is the same copy whichever set is accepted, and what auto-accept makes of it', () => {
    const [pair] = agreedPairs([A_EQUAL], [B_EQUAL]);
    if (!pair) throw new Error('expected the pair');
    const fields = ({ id: _id, ...rest }: Annotation) => rest;
    const auto = fields(agreedAnnotation(pair, 'reviewed', NOW));
    for (const kind of ['accept-a', 'accept-b', 'accept-both'] as const) expect(fields(decide(kind)[0]!)).toEqual(auto);
  });

  it('accept both: an identical note is kept once, and an empty one adds nothing', () => {
    const same = reviewGroups(DOC, [a('x', 'claim', 0, 10, { note: 'Same' }), a('y', 'claim', 3, 12, { note: '' })], [b('x', 'claim', 0, 10, { note: 'Same' })]);
    const [g] = same;
    if (!g) throw new Error('expected a group');
    expect(decidedAnnotations(g, 'accept-both', 'reviewed', NOW).map((x) => [place(x), x.note])).toEqual([
      ['both:claim:0-10', 'Same'],
      ['A:claim:3-12', ''],
    ]);
    const onlyB = reviewGroups(DOC, [a('x', 'claim', 0, 10, { note: '' })], [b('z', 'claim', 0, 10, { note: 'From B' }), b('w', 'claim', 1, 4)]);
    expect(onlyB[0] && decidedAnnotations(onlyB[0], 'accept-both', 'reviewed', NOW).map((x) => [place(x), x.note])).toEqual([
      ['both:claim:0-10', 'From B'],
      ['B:claim:1-4', ''],
    ]);
  });

  it('a span a set holds twice goes in once, with both notes', () => {
    const [g] = reviewGroups(DOC, [a('p', 'claim', 0, 10, { note: 'one' }), a('q', 'claim', 0, 10, { note: 'two' })], [b('r', 'disputed', 2, 4)]);
    if (!g) throw new Error('expected a group');
    expect(decidedAnnotations(g, 'accept-a', 'reviewed', NOW).map((x) => [place(x), x.note])).toEqual([['A:claim:0-10', 'one\n\ntwo']]);
    expect(decidedAnnotations(g, 'accept-both', 'reviewed', NOW).map(place)).toEqual(['A:claim:0-10', 'B:disputed:2-4']);
  });

  it('reject both: nothing', () => {
    expect(decide('reject-both')).toEqual([]);
  });
});

describe('editedAnnotation', () => {
  it('is one span of the reviewer’s range and label, quoted from the text, "edited", with every note of the group', () => {
    const text = 'The agency said 139 people died in the attack on the hall.';
    const [group] = reviewGroups(DOC, [a('n1', 'claim', 16, 26, { note: 'A: count' })], [b('n2', 'casualty-figure', 16, 36, { note: 'B: figure' })]);
    if (!group) throw new Error('expected a group');
    const edited = editedAnnotation(group, { start: 16, end: 31, label: 'casualty-figure' }, CodePointIndex.of(text), 'reviewed', NOW);
    expect(edited).toMatchObject({ setId: 'reviewed', document: DOC, label: 'casualty-figure', start: 16, end: 31, exact: '139 people died', note: 'A: count\n\nB: figure', provenance: 'edited' });
    expect(edited.prefix).toBe('The agency said ');
    expect(edited.created).toBe(NOW.toISOString());
  });
});
