import { describe, it, expect } from 'vitest';
import { agreement, formatFigure, overlappingPairs } from './agreement';
import type { AgreementDocument, LabelFigures, OverallFigures } from './agreement';
import type { LabeledSpan } from './labeled-span';
import { LABEL_IDS } from './labels';
import type { LabelId } from './labels';

const span = (start: number, end: number, label: LabelId = 'claim'): LabeledSpan => ({
  start,
  end,
  label,
});

function doc(
  a: LabeledSpan[],
  b: LabeledSpan[],
  length = 100,
  id = 'sha256:00',
): AgreementDocument {
  return { id, length, a, b };
}

/** The figures of one label in a one-document comparison. */
function figures(document: AgreementDocument, label: LabelId = 'claim'): LabelFigures {
  const result = agreement([document]).documents[0];
  if (result === undefined) throw new Error('no document');
  return result.perLabel[label];
}

/** Figures where all n spans of each set match exactly. */
const perfect = (n: number, kappa: number | null = 1): LabelFigures => ({
  a: n,
  b: n,
  exactMatches: n,
  exactF1: 1,
  overlapMatches: n,
  overlapF1: 1,
  kappa,
});

/** Figures where nothing matches. */
const NO_MATCH = { exactMatches: 0, exactF1: 0, overlapMatches: 0, overlapF1: 0 };

function withoutKappa(f: LabelFigures): OverallFigures {
  const { a, b, exactMatches, exactF1, overlapMatches, overlapF1 } = f;
  return { a, b, exactMatches, exactF1, overlapMatches, overlapF1 };
}

/** Figures of a label neither set uses in a document of length > 0. */
const UNUSED: LabelFigures = {
  a: 0,
  b: 0,
  exactMatches: 0,
  exactF1: 1,
  overlapMatches: 0,
  overlapF1: 1,
  kappa: null,
};

describe('agreement: per document and label', () => {
  it('gives 1 everywhere for identical sets', () => {
    const spans = [span(0, 10), span(20, 30), span(5, 15, 'attribution')];
    const result = agreement([doc(spans, [...spans])]);
    const perLabel = result.documents[0]?.perLabel;
    // claim: 2 exact of 2 + 2 -> F1 = 4/4 = 1. κ: both mark the same 20 of 100 code points,
    // p_o = 1, p_A = p_B = 0.2, p_e = 0.04 + 0.64 = 0.68, κ = 0.32 / 0.32 = 1.
    expect(perLabel?.claim).toEqual(perfect(2));
    expect(perLabel?.attribution).toEqual(perfect(1));
    expect(perLabel?.['casualty-figure']).toEqual(UNUSED);
    expect(perLabel?.disputed).toEqual(UNUSED);
    expect(result.documents[0]?.overall).toEqual(withoutKappa(perfect(3)));
  });

  it('gives 0 and a negative κ for disjoint sets', () => {
    // N = 100, A marks [0,10), B marks [50,60): agreeing = 0 + (100 − 10 − 10) = 80,
    // p_o = 0.8, p_A = p_B = 0.1, p_e = 0.01 + 0.81 = 0.82, κ = −0.02 / 0.18 = −1/9.
    const result = figures(doc([span(0, 10)], [span(50, 60)]));
    expect(result).toMatchObject({ a: 1, b: 1, ...NO_MATCH });
    expect(result.kappa).toBeCloseTo(-1 / 9, 14);
  });

  it('counts a boundary disagreement as an overlap match only', () => {
    // N = 40, A [10,20) (10), B [12,20) (8), both 8: agreeing = 8 + (40 − 10 − 8 + 8) = 38,
    // p_o = 0.95, p_A = 0.25, p_B = 0.2, p_e = 0.05 + 0.75·0.8 = 0.65, κ = 0.30/0.35 = 6/7.
    const result = figures(doc([span(10, 20)], [span(12, 20)], 40));
    expect(result).toMatchObject({ exactMatches: 0, exactF1: 0, overlapMatches: 1, overlapF1: 1 });
    expect(result.kappa).toBeCloseTo(6 / 7, 14);
  });

  it('counts a label disagreement as no match in either label', () => {
    // claim: A marks [10,20) of 40, B nothing: p_o = 30/40 = 0.75, p_A = 0.25, p_B = 0,
    // p_e = 0 + 0.75·1 = 0.75, κ = 0 / 0.25 = 0; disputed is the mirror image.
    const document = doc([span(10, 20, 'claim')], [span(10, 20, 'disputed')], 40);
    const result = agreement([document]).documents[0];
    expect(result?.perLabel.claim).toEqual({ a: 1, b: 0, ...NO_MATCH, kappa: 0 });
    expect(result?.perLabel.disputed).toEqual({ a: 0, b: 1, ...NO_MATCH, kappa: 0 });
    expect(result?.overall).toEqual({ a: 1, b: 1, ...NO_MATCH });
  });

  it('pairs greedily: maximal, not maximum', () => {
    // A1 [0,10) ∩ B1 [1,11) = 9, A1 ∩ B2 [0,2) = 2, A2 [10,12) ∩ B1 = 1. Greedy keeps (A1,B1)
    // and then neither other pair is free: 1 match, where (A1,B2)+(A2,B1) would make 2.
    // overlap F1 = 2·1 / (2 + 2) = 0.5.
    const result = figures(doc([span(0, 10), span(10, 12)], [span(1, 11), span(0, 2)]));
    expect(result).toMatchObject({ overlapMatches: 1, overlapF1: 0.5 });
  });

  it("breaks ties between equal overlaps by A's start, then A's end", () => {
    // A1 [0,4) and A2 [4,8) overlap B1 [2,6) by 2 each; A2 also overlaps B2 [6,7) by 1. A's
    // start puts (A1,B1) first, leaving A2 for B2: 2 matches (A2 first would give 1).
    expect(figures(doc([span(0, 4), span(4, 8)], [span(2, 6), span(6, 7)])).overlapMatches).toBe(2);
    // A1 [0,5) and A2 [0,6) overlap B1 [3,5) by 2 each; only A2 overlaps B2 [5,6) (by 1). Same
    // start, A's end 5 < 6 puts (A1,B1) first: 2 matches.
    expect(figures(doc([span(0, 6), span(0, 5)], [span(5, 6), span(3, 5)])).overlapMatches).toBe(2);
  });

  it("breaks ties by B's start, then B's end, even when the other order would match more", () => {
    // A1 [2,6) overlaps B1 [0,4) and B2 [4,8) by 2 each; A2 [0,1) overlaps only B1 (by 1).
    // B's start puts (A1,B1) first, so A2 stays unpaired: 1 match (B2 first would give 2).
    expect(figures(doc([span(2, 6), span(0, 1)], [span(4, 8), span(0, 4)])).overlapMatches).toBe(1);
    // A1 [3,5) overlaps B1 [0,5) and B2 [0,6) by 2 each; A2 [5,6) overlaps only B2 (by 1).
    // B's end 5 < 6 puts (A1,B1) first, leaving B2 for A2: 2 matches.
    expect(figures(doc([span(3, 5), span(5, 6)], [span(0, 6), span(0, 5)])).overlapMatches).toBe(2);
  });

  it('counts duplicate spans once', () => {
    // A = {[0,10) twice} -> 1 distinct span. N = 20: both mark [0,10): p_o = 1, p_A = p_B = 0.5,
    // p_e = 0.5, κ = 0.5 / 0.5 = 1.
    const document = doc([span(0, 10), span(0, 10), span(0, 10, 'disputed')], [span(0, 10)], 20);
    expect(figures(document)).toEqual(perfect(1));
    expect(figures(document, 'disputed')).toMatchObject({ a: 1, b: 0, kappa: 0 });
  });

  it('gives κ null when nothing is marked, and 1 when both mark every code point', () => {
    expect(figures(doc([], [], 50)).kappa).toBeNull();
    expect(figures(doc([span(0, 5, 'disputed')], [], 50)).kappa).toBeNull();
    // N = 10, A [0,10), B [0,5) + [5,10): p_e = 1·1 + 0·0 = 1, so the special case gives 1.
    // Overlaps: (A,B1) = 5 and (A,B2) = 5, B's start keeps (A,B1): overlap F1 = 2/3.
    const full = figures(doc([span(0, 10)], [span(0, 5), span(5, 10)], 10));
    expect(full).toMatchObject({ exactMatches: 0, exactF1: 0, overlapMatches: 1, kappa: 1 });
    expect(full.overlapF1).toBeCloseTo(2 / 3, 15);
  });

  it('computes a worked 2×2 κ from merged intervals', () => {
    // N = 10, A marks [0,4); B's spans [1,3) and [2,5) merge into [1,5).
    //            B=1  B=0
    //   A=1       3    1      (both: [1,4); A only: [0,1))
    //   A=0       1    5      (B only: [4,5); neither: [5,10))
    // p_o = (3 + 5)/10 = 0.8, p_A = p_B = 0.4, p_e = 0.16 + 0.36 = 0.52,
    // κ = 0.28 / 0.48 = 7/12.
    const result = figures(doc([span(0, 4)], [span(1, 3), span(2, 5)], 10));
    expect(result.kappa).toBeCloseTo(7 / 12, 14);
    expect(result).toMatchObject({ a: 1, b: 2, overlapMatches: 1 });
  });

  it('uses only the code points inside the document for κ', () => {
    // B's [8,12) is clipped to [8,10) of N = 10, so both mark every code point.
    expect(figures(doc([span(0, 10)], [span(0, 8), span(8, 12)], 10)).kappa).toBe(1);
  });
});

describe('agreement: documents and corpus', () => {
  it('micro-averages counts across documents', () => {
    // d1: 2 exact of 2 + 2 (F1 1); d2: 0 of 1 + 1 (F1 0). Corpus: 2·2 / (3 + 3) = 2/3, not
    // the mean of the F1s (0.5). Overall equals claim here (no other label).
    const d1 = doc([span(0, 5), span(10, 15)], [span(0, 5), span(10, 15)], 20, 'sha256:01');
    const d2 = doc([span(0, 5)], [span(7, 9)], 20, 'sha256:02');
    const result = agreement([d2, d1]);
    expect(result.documents.map((d) => [d.id, d.perLabel.claim.exactF1])).toEqual([
      ['sha256:01', 1],
      ['sha256:02', 0],
    ]);
    const claim = result.corpus.perLabel.claim;
    expect(claim).toMatchObject({ a: 3, b: 3, exactMatches: 2, overlapMatches: 2 });
    expect(claim.exactF1).toBeCloseTo(2 / 3, 15);
    expect(result.corpus.overall).toEqual(withoutKappa(claim));
    expect(result.corpus.overall).not.toHaveProperty('kappa');
  });

  it('computes corpus κ over all documents as one sequence', () => {
    // d1: N = 10, A and B mark [0,5) -> κ = 1. d2: N = 30, A marks [0,10), B nothing -> κ = 0.
    // Corpus: N = 40, marked A = 15, B = 5, both = 5; agreeing = 5 + (40 − 15 − 5 + 5) = 30,
    // p_o = 0.75, p_A = 0.375, p_B = 0.125, p_e = 0.046875 + 0.625·0.875 = 0.59375,
    // κ = 0.15625 / 0.40625 = 5/13.
    const d1 = doc([span(0, 5)], [span(0, 5)], 10, 'sha256:01');
    const d2 = doc([span(0, 10)], [], 30, 'sha256:02');
    const result = agreement([d1, d2]);
    expect(result.documents[0]?.perLabel.claim.kappa).toBe(1);
    // The spec's formula in double precision gives 20/30 − 2/3 ≈ −3e-16 here, not exactly 0.
    expect(result.documents[1]?.perLabel.claim.kappa).toBeCloseTo(0, 15);
    expect(result.corpus.perLabel.claim.kappa).toBeCloseTo(5 / 13, 14);
    // The same as one document made of both, end to end.
    const joined = doc([span(0, 5), span(10, 20)], [span(0, 5)], 40);
    expect(result.corpus.perLabel.claim.kappa).toBe(figures(joined).kappa);
  });

  it('handles empty documents and an empty comparison', () => {
    const empty = agreement([doc([], [], 0)]);
    for (const label of LABEL_IDS) expect(empty.documents[0]?.perLabel[label]).toEqual(UNUSED);
    expect(empty.documents[0]?.overall).toEqual(withoutKappa(UNUSED));
    const none = agreement([]);
    expect(none.documents).toEqual([]);
    for (const label of LABEL_IDS) expect(none.corpus.perLabel[label]).toEqual(UNUSED);
    // A listed document with nothing marked adds N but, alone, leaves κ null.
    const unmarked = agreement([doc([], [], 0, 'sha256:01'), doc([], [], 25, 'sha256:02')]);
    expect(unmarked.corpus.perLabel.claim.kappa).toBeNull();
  });

  it('sorts documents by id, ordinally, and rejects a repeated id', () => {
    const ids = ['sha256:b', 'sha256:B', 'sha256:a'];
    const result = agreement(ids.map((id) => doc([], [], 1, id)));
    expect(result.documents.map((d) => d.id)).toEqual(['sha256:B', 'sha256:a', 'sha256:b']);
    expect(() => agreement([doc([], [], 1, 'x'), doc([], [], 1, 'x')])).toThrow('listed twice');
  });

  it('always reports all four labels in their order', () => {
    const result = agreement([doc([span(0, 1, 'disputed')], [], 5)]);
    expect(Object.keys(result.documents[0]?.perLabel ?? {})).toEqual([...LABEL_IDS]);
    expect(Object.keys(result.corpus.perLabel)).toEqual([...LABEL_IDS]);
  });
});

describe('formatFigure', () => {
  it('shows 3 decimals, or a dash for null', () => {
    expect(formatFigure(6 / 7)).toBe('0.857');
    expect(formatFigure(1)).toBe('1.000');
    expect(formatFigure(0)).toBe('0.000');
    expect(formatFigure(-1 / 9)).toBe('-0.111');
    expect(formatFigure(-0.0001)).toBe('0.000');
    expect(formatFigure(null)).toBe('—');
  });
});

describe('overlappingPairs', () => {
  it('reports each pair sharing a code point once, and no touching or empty spans', () => {
    const a = [span(0, 10), span(10, 20), span(5, 5), span(3, 4)];
    const b = [span(9, 11), span(20, 30), span(0, 3), span(4, 4)];
    const pairs: string[] = [];
    overlappingPairs(a, b, (i, j) => pairs.push(`${i}-${j}`));
    expect(pairs.sort()).toEqual(['0-0', '0-2', '1-0']);
  });
});

describe('agreement against a brute-force reference', () => {
  /** Deterministic pseudo-random numbers in [0, 1). */
  function random(seed: number): () => number {
    let state = seed;
    return () => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return state / 2147483648;
    };
  }

  function randomSpans(next: () => number, length: number): LabeledSpan[] {
    const labels: LabelId[] = ['claim', 'disputed'];
    const count = Math.floor(next() * 7);
    const spans: LabeledSpan[] = [];
    for (let k = 0; k < count && length > 0; k++) {
      const start = Math.floor(next() * length);
      const end = start + 1 + Math.floor(next() * Math.min(6, length - start));
      spans.push(span(start, end, labels[Math.floor(next() * labels.length)] ?? 'claim'));
    }
    return spans;
  }

  /** Per-code-point marks of a label's spans. */
  function marks(spans: readonly LabeledSpan[], label: LabelId, length: number): number[] {
    const marked = new Array<number>(length).fill(0);
    for (const s of spans) {
      if (s.label === label) marked.fill(1, s.start, s.end);
    }
    return marked;
  }

  function referenceKappa(a: number[], b: number[]): number | null {
    const n = a.length;
    const sumA = a.reduce((x, y) => x + y, 0);
    const sumB = b.reduce((x, y) => x + y, 0);
    if (n === 0 || (sumA === 0 && sumB === 0)) return null;
    if (sumA === n && sumB === n) return 1;
    const pO = a.filter((v, i) => v === b[i]).length / n;
    const pA = sumA / n;
    const pB = sumB / n;
    const pE = pA * pB + (1 - pA) * (1 - pB);
    return (pO - pE) / (1 - pE);
  }

  function distinct(spans: readonly LabeledSpan[], label: LabelId): LabeledSpan[] {
    const seen = new Map<string, LabeledSpan>();
    for (const s of spans) if (s.label === label) seen.set(`${s.start}:${s.end}`, s);
    return [...seen.values()];
  }

  /** All pairs compared naively, sorted by the spec's key, kept greedily. */
  function referenceGreedy(a: LabeledSpan[], b: LabeledSpan[]): number {
    const pairs: { x: LabeledSpan; y: LabeledSpan; overlap: number }[] = [];
    for (const x of a) {
      for (const y of b) {
        let overlap = 0;
        for (let i = x.start; i < x.end; i++) if (i >= y.start && i < y.end) overlap++;
        if (overlap > 0) pairs.push({ x, y, overlap });
      }
    }
    pairs.sort(
      (p, q) =>
        q.overlap - p.overlap ||
        p.x.start - q.x.start ||
        p.x.end - q.x.end ||
        p.y.start - q.y.start ||
        p.y.end - q.y.end,
    );
    const used = new Set<LabeledSpan>();
    let matches = 0;
    for (const { x, y } of pairs) {
      if (!used.has(x) && !used.has(y)) {
        used.add(x);
        used.add(y);
        matches++;
      }
    }
    return matches;
  }

  function referenceFigures(documents: AgreementDocument[], label: LabelId): LabelFigures {
    let a = 0;
    let b = 0;
    let exactMatches = 0;
    let overlapMatches = 0;
    const allA: number[] = [];
    const allB: number[] = [];
    for (const d of documents) {
      const setA = distinct(d.a, label);
      const setB = distinct(d.b, label);
      a += setA.length;
      b += setB.length;
      const same = (x: LabeledSpan) => (y: LabeledSpan) => x.start === y.start && x.end === y.end;
      exactMatches += setA.filter((x) => setB.some(same(x))).length;
      overlapMatches += referenceGreedy(setA, setB);
      allA.push(...marks(d.a, label, d.length));
      allB.push(...marks(d.b, label, d.length));
    }
    const f1 = (m: number) => (a + b === 0 ? 1 : (2 * m) / (a + b));
    return {
      a,
      b,
      exactMatches,
      exactF1: f1(exactMatches),
      overlapMatches,
      overlapF1: f1(overlapMatches),
      kappa: referenceKappa(allA, allB),
    };
  }

  it('matches per document and for the corpus on 500 random cases', () => {
    const next = random(42);
    for (let run = 0; run < 500; run++) {
      const documents = [0, 1, 2].map((k) => {
        const length = Math.floor(next() * 25);
        return doc(randomSpans(next, length), randomSpans(next, length), length, `sha256:${k}`);
      });
      const result = agreement(documents);
      for (const label of ['claim', 'disputed'] as const) {
        documents.forEach((d, k) => {
          const expected = referenceFigures([d], label);
          expect(result.documents[k]?.perLabel[label], `run ${run}`).toEqual(expected);
        });
        const expected = referenceFigures(documents, label);
        expect(result.corpus.perLabel[label], `run ${run}`).toEqual(expected);
      }
      const claim = referenceFigures(documents, 'claim');
      const disputed = referenceFigures(documents, 'disputed');
      type Count = 'a' | 'b' | 'exactMatches' | 'overlapMatches';
      const sum = (key: Count) => claim[key] + disputed[key];
      const total = sum('a') + sum('b');
      expect(result.corpus.overall, `run ${run}`).toEqual({
        a: sum('a'),
        b: sum('b'),
        exactMatches: sum('exactMatches'),
        exactF1: total === 0 ? 1 : (2 * sum('exactMatches')) / total,
        overlapMatches: sum('overlapMatches'),
        overlapF1: total === 0 ? 1 : (2 * sum('overlapMatches')) / total,
      });
    }
  });
});
