import { describe, it, expect } from 'vitest';
import type { LabeledSpan } from './labeled-span';
import { classify, disagreements } from './disagreement';
import type { LabelId } from './labels';

/** A caller's own span type: the functions must hand back these very objects. */
interface Tagged extends LabeledSpan {
  id: string;
  note: string;
}

const tag = (id: string, start: number, end: number, label: LabelId = 'claim'): Tagged => ({
  id,
  start,
  end,
  label,
  note: `note ${id}`,
});

describe('classify', () => {
  it('puts each span in the first class that fits', () => {
    const a = [
      tag('a-agree', 0, 10),
      tag('a-boundary', 20, 30),
      tag('a-label', 40, 50),
      tag('a-only', 60, 70),
    ];
    const b = [
      tag('b-agree', 0, 10),
      tag('b-boundary', 22, 30),
      tag('b-label', 40, 50, 'disputed'),
      tag('b-only', 80, 90),
    ];
    expect(classify(a, b)).toEqual({
      a: ['agree', 'boundary', 'label', 'only-a'],
      b: ['agree', 'boundary', 'label', 'only-b'],
    });
  });

  it('prefers agree over boundary over label', () => {
    // A1 agrees with B1 though B2 (another label) overlaps it; A2 overlaps B3 (same label) and
    // B2 (another label): boundary. B2 overlaps only spans of another label: label.
    const a = [tag('a1', 0, 10), tag('a2', 12, 20)];
    const b = [tag('b1', 0, 10), tag('b2', 5, 15, 'disputed'), tag('b3', 14, 22)];
    expect(classify(a, b)).toEqual({ a: ['agree', 'boundary'], b: ['agree', 'label', 'boundary'] });
  });

  it('does not count touching spans as overlapping', () => {
    const classes = classify([tag('a', 0, 10)], [tag('b', 10, 20)]);
    expect(classes).toEqual({ a: ['only-a'], b: ['only-b'] });
  });

  it('classes duplicates alike and handles empty sets', () => {
    expect(classify([tag('a1', 0, 5), tag('a2', 0, 5)], [tag('b', 0, 5)])).toEqual({
      a: ['agree', 'agree'],
      b: ['agree'],
    });
    expect(classify([], [tag('b', 0, 5)])).toEqual({ a: [], b: ['only-b'] });
  });
});

describe('disagreements', () => {
  it('joins a chain A1–B1–A2 into one group', () => {
    const a1 = tag('a1', 0, 10);
    const b1 = tag('b1', 8, 20);
    const a2 = tag('a2', 18, 30, 'disputed');
    const groups = disagreements([a2, a1], [b1]);
    expect(groups).toHaveLength(1);
    const [group] = groups;
    expect(group?.start).toBe(0);
    expect(group?.end).toBe(30);
    // Members in text order, as the caller's own objects.
    expect(group?.a[0]).toBe(a1);
    expect(group?.a[1]).toBe(a2);
    expect(group?.b[0]).toBe(b1);
    expect(group?.aClasses).toEqual(['boundary', 'label']);
    expect(group?.bClasses).toEqual(['boundary']);
  });

  it('leaves out groups made only of agreeing pairs', () => {
    const a = [tag('a1', 0, 10), tag('a2', 0, 10, 'disputed'), tag('a3', 40, 50)];
    const b = [tag('b1', 0, 10), tag('b2', 0, 10, 'disputed'), tag('b3', 42, 50)];
    const groups = disagreements(a, b);
    const ids = (spans: Tagged[]) => spans.map((s) => s.id);
    expect(groups.map((g) => [g.start, g.end, ids(g.a), ids(g.b)])).toEqual([
      [40, 50, ['a3'], ['b3']],
    ]);
  });

  it('keeps agreeing spans in a group that also holds a disagreement', () => {
    const b = [tag('b1', 0, 10), tag('b2', 5, 8, 'disputed')];
    const groups = disagreements([tag('a1', 0, 10)], b);
    expect(groups).toHaveLength(1);
    expect(groups[0]?.aClasses).toEqual(['agree']);
    expect(groups[0]?.bClasses).toEqual(['agree', 'label']);
  });

  it('walks groups in text order and keeps touching spans apart', () => {
    const a = [tag('a3', 30, 40), tag('a1', 0, 10), tag('a2', 10, 20)];
    const b = [tag('b1', 5, 9), tag('b3', 30, 35)];
    const groups = disagreements(a, b);
    expect(groups.map((g) => [g.start, g.end, [...g.a, ...g.b].map((s) => s.id)])).toEqual([
      [0, 10, ['a1', 'b1']],
      [10, 20, ['a2']],
      [30, 40, ['a3', 'b3']],
    ]);
    expect(groups[1]?.aClasses).toEqual(['only-a']);
  });

  it('connects spans of one set that overlap each other', () => {
    // A1 and A2 overlap; B1 overlaps only A2. All three form one group.
    const groups = disagreements([tag('a1', 0, 10), tag('a2', 5, 15)], [tag('b1', 12, 20)]);
    expect(groups.map((g) => [g.start, g.end, g.a.length, g.b.length])).toEqual([[0, 20, 2, 1]]);
    expect(groups[0]?.aClasses).toEqual(['only-a', 'boundary']);
  });

  it('gives nothing for identical sets and for two empty sets', () => {
    const spans = [tag('x', 0, 3), tag('y', 2, 9, 'attribution')];
    expect(disagreements(spans, spans.map((s) => ({ ...s })))).toEqual([]);
    expect(disagreements([], [])).toEqual([]);
  });
});

describe('classify and disagreements against a brute-force reference', () => {
  function random(seed: number): () => number {
    let state = seed;
    return () => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return state / 2147483648;
    };
  }

  function randomSpans(next: () => number, side: string): Tagged[] {
    const labels: LabelId[] = ['claim', 'disputed'];
    return Array.from({ length: Math.floor(next() * 6) }, (_, k) => {
      const start = Math.floor(next() * 20);
      const end = start + 1 + Math.floor(next() * 5);
      return tag(`${side}${k}`, start, end, labels[Math.floor(next() * 2)] ?? 'claim');
    });
  }

  const CLASSES_A = ['agree', 'boundary', 'label', 'only-a'];
  const CLASSES_B = ['agree', 'boundary', 'label', 'only-b'];
  const overlaps = (x: LabeledSpan, y: LabeledSpan) => x.start < y.end && y.start < x.end;

  function referenceClass(x: LabeledSpan, others: LabeledSpan[]): number {
    const same = (y: LabeledSpan) => y.label === x.label;
    if (others.some((y) => same(y) && y.start === x.start && y.end === x.end)) return 0;
    if (others.some((y) => same(y) && overlaps(x, y))) return 1;
    return others.some((y) => overlaps(x, y)) ? 2 : 3;
  }

  it('matches on 500 random cases', () => {
    const next = random(7);
    for (let run = 0; run < 500; run++) {
      const a = randomSpans(next, 'a');
      const b = randomSpans(next, 'b');
      const classes = classify(a, b);
      const rankA = a.map((x) => referenceClass(x, b));
      const rankB = b.map((y) => referenceClass(y, a));
      expect(classes.a, `run ${run}`).toEqual(rankA.map((r) => CLASSES_A[r]));
      expect(classes.b, `run ${run}`).toEqual(rankB.map((r) => CLASSES_B[r]));
      // Components by repeated merging over all spans, then the non-agreeing ones.
      const all = [...a, ...b];
      const group = all.map((_, k) => k);
      const find = (k: number): number => (group[k] === k ? k : find(group[k] ?? k));
      for (let i = 0; i < all.length; i++) {
        for (let j = 0; j < all.length; j++) {
          const [x, y] = [all[i], all[j]];
          if (x !== undefined && y !== undefined && overlaps(x, y)) group[find(i)] = find(j);
        }
      }
      const rank = [...rankA, ...rankB];
      const expected = new Map<number, Tagged[]>();
      all.forEach((x, k) => expected.set(find(k), [...(expected.get(find(k)) ?? []), x]));
      const disagreeing = [...expected.entries()]
        .filter(([root]) => all.some((_, k) => find(k) === root && rank[k] !== 0))
        .map(([, members]) => members.map((m) => m.id).sort());
      const actual = disagreements(a, b).map((g) => [...g.a, ...g.b].map((m) => m.id).sort());
      expect(actual.sort(), `run ${run}`).toEqual(disagreeing.sort());
      for (const g of disagreements(a, b)) {
        expect(g.start).toBe(Math.min(...[...g.a, ...g.b].map((m) => m.start)));
        expect(g.end).toBe(Math.max(...[...g.a, ...g.b].map((m) => m.end)));
        expect(g.aClasses).toEqual(g.a.map((m) => classes.a[a.indexOf(m)]));
        expect(g.bClasses).toEqual(g.b.map((m) => classes.b[b.indexOf(m)]));
      }
    }
  });
});
