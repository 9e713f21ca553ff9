// The layer's interval index: merged from an earlier map's by the keys changed, it holds the same
// spans in the same order as one built from scratch, over a chain of changes looked up or not.
import { describe, expect, it } from 'vitest';
import { LABEL_IDS } from '../../../shared/labels';
import { compareOrdinal } from '../../../shared/ordinal';
import { SpanIndex } from '../../../shared/span-index';
import { seededRandom } from '../../../../test-support/seeded-random';
import { entryOf, indexOf, noteChange } from './highlight-index';
import type { HighlightSpan } from './highlight-span';

type Spans = Map<string, Readonly<HighlightSpan>>;

function randomSpan(next: () => number, key: string): Readonly<HighlightSpan> {
  const from = 1 + Math.floor(next() * 500);
  return Object.freeze({ key, label: LABEL_IDS[Math.floor(next() * LABEL_IDS.length)] ?? 'claim', from, to: from + 1 + Math.floor(next() * 40) });
}

/** The keys of `spans` in the order an index built from nothing gives them. */
function freshOrder(spans: Spans): string[] {
  const built = SpanIndex.from([...spans.values()].map((span) => ({ start: span.from, end: span.to, span })), (a, b) =>
    compareOrdinal(a.span.label, b.span.label) || compareOrdinal(a.span.key, b.span.key),
  );
  return built.items.map((entry) => entry.span.key);
}

/** `spans` with `count` random keys replaced, added or removed, noted as a change of it. */
function changed(spans: Spans, next: () => number, count: number, serial: number): Spans {
  const after = new Map(spans);
  const keys = new Set<string>();
  for (let i = 0; i < count; i++) {
    const pick = Math.floor(next() * 3);
    const existing = [...after.keys()][Math.floor(next() * after.size)];
    const key = pick === 0 || existing === undefined ? `new-${serial}-${i}` : existing;
    if (pick === 2 && existing !== undefined) after.delete(key);
    else after.set(key, randomSpan(next, key));
    keys.add(key);
  }
  noteChange(after, spans, keys);
  return after;
}

describe('highlight index', () => {
  it('merges the changed spans into the order a fresh index has, looked up after each change or after several', () => {
    const next = seededRandom(3);
    let spans: Spans = new Map();
    for (let i = 0; i < 300; i++) spans.set(`k${i}`, randomSpan(next, `k${i}`));
    const first = indexOf(spans);
    expect(first.items.map((entry) => entry.span.key)).toEqual(freshOrder(spans));
    for (let step = 0; step < 30; step++) {
      spans = changed(spans, next, 1 + Math.floor(next() * 4), step);
      // Every third change is looked up at once, the others pile up until then.
      if (step % 3 !== 0) continue;
      const index = indexOf(spans);
      expect(index.items.map((entry) => entry.span.key)).toEqual(freshOrder(spans));
      expect(index.overlapping(100, 140).map((entry) => entry.span.key).sort()).toEqual(
        [...spans.values()].filter((span) => span.from < 140 && 100 < span.to).map((span) => span.key).sort(),
      );
    }
  });

  it('keeps one entry per span object, shared by the indexes that hold it', () => {
    const span = Object.freeze({ key: 'a', label: 'claim', from: 3, to: 9 } as const);
    const before: Spans = new Map([['a', span]]);
    const after: Spans = new Map([...before, ['b', Object.freeze({ key: 'b', label: 'claim', from: 1, to: 2 } as const)]]);
    noteChange(after, before, new Set(['b']));
    expect(indexOf(before).items[0]).toBe(entryOf(span));
    expect(indexOf(after).items[1]).toBe(entryOf(span));
  });
});
