// The one interval index and its arithmetic: overlap, shared length, order; queries against a naive scan.
import { describe, it, expect } from 'vitest';
import { compareOrdinal } from './ordinal';
import { SpanIndex, compareIntervals, overlapLength, overlaps } from './span-index';

interface Item {
  start: number;
  end: number;
  name: string;
}

const item = (start: number, end: number, name = `${start}-${end}`): Item => ({ start, end, name });
const names = (items: readonly Item[]): string[] => items.map((i) => i.name);

describe('interval arithmetic', () => {
  it('overlaps when the intervals share a point; touching or empty ones do not', () => {
    expect(overlaps(item(0, 5), item(4, 9))).toBe(true);
    expect(overlaps(item(4, 9), item(0, 5))).toBe(true);
    expect(overlaps(item(0, 9), item(3, 4))).toBe(true);
    expect(overlaps(item(0, 5), item(5, 9))).toBe(false);
    expect(overlaps(item(3, 3), item(0, 9))).toBe(false);
  });

  it('measures the shared length, 0 when apart', () => {
    expect(overlapLength(item(0, 5), item(3, 9))).toBe(2);
    expect(overlapLength(item(0, 9), item(3, 4))).toBe(1);
    expect(overlapLength(item(0, 5), item(7, 9))).toBe(0);
  });

  it('orders by start, then end', () => {
    expect([item(3, 9), item(1, 5), item(3, 4)].sort(compareIntervals).map((i) => i.name)).toEqual(['1-5', '3-4', '3-9']);
  });
});

describe('SpanIndex', () => {
  //           0         1         2
  //           0123456789012345678901234
  // outer     [----------------------)      0–22
  // middle      [--------)                  2–11
  // inner          [--)                     5–9
  // overlap           [-------)             8–16
  // later                        [---)      20–25
  const spans = [
    item(20, 25, 'later'),
    item(8, 16, 'overlap'),
    item(5, 9, 'inner'),
    item(0, 22, 'outer'),
    item(2, 11, 'middle'),
  ];
  const index = SpanIndex.from(spans);

  it('keeps the items sorted by start, then end, and frozen', () => {
    expect(names(index.items)).toEqual(['outer', 'middle', 'inner', 'overlap', 'later']);
    expect(Object.isFrozen(index.items)).toBe(true);
    expect(names(spans)).toEqual(['later', 'overlap', 'inner', 'outer', 'middle']);
  });

  it('finds the spans at an offset, shortest first', () => {
    expect(names(index.at(0))).toEqual(['outer']);
    expect(names(index.at(5))).toEqual(['inner', 'middle', 'outer']);
    expect(names(index.at(8))).toEqual(['inner', 'overlap', 'middle', 'outer']);
    expect(names(index.at(9))).toEqual(['overlap', 'middle', 'outer']);
    expect(names(index.at(21))).toEqual(['later', 'outer']);
    expect(names(index.at(22))).toEqual(['later']);
    expect(names(index.at(25))).toEqual([]);
    expect(names(index.at(-1))).toEqual([]);
  });

  it('breaks length ties by start', () => {
    const ties = SpanIndex.from([item(4, 8, 'b'), item(2, 6, 'a'), item(0, 10, 'long')]);
    expect(names(ties.at(5))).toEqual(['a', 'b', 'long']);
  });

  it('finds the spans overlapping a range, in text order', () => {
    expect(names(index.overlapping(9, 12))).toEqual(['outer', 'middle', 'overlap']);
    expect(names(index.overlapping(16, 20))).toEqual(['outer']);
    expect(names(index.overlapping(22, 100))).toEqual(['later']);
    expect(names(index.overlapping(25, 30))).toEqual([]);
    expect(names(index.overlapping(0, 1))).toEqual(['outer']);
    expect(names(index.overlapping(10, 10))).toEqual([]);
    expect(names(index.overlapping(12, 10))).toEqual([]);
  });

  it('gives the next and previous spans by start for Tab and Shift+Tab', () => {
    expect(index.next(-1)?.name).toBe('outer');
    expect(index.next(0)?.name).toBe('outer');
    expect(index.next(1)?.name).toBe('middle');
    expect(index.next(5)?.name).toBe('inner');
    expect(index.next(6)?.name).toBe('overlap');
    expect(index.next(20)?.name).toBe('later');
    expect(index.next(21)).toBeUndefined();
    expect(index.previous(0)).toBeUndefined();
    expect(index.previous(1)?.name).toBe('outer');
    expect(index.previous(8)?.name).toBe('inner');
    expect(index.previous(9)?.name).toBe('overlap');
    expect(index.previous(100)?.name).toBe('later');
  });

  it('steps through spans that share a start in text order', () => {
    const same = SpanIndex.from([item(3, 9, 'long'), item(3, 4, 'short'), item(7, 8, 'x')]);
    expect(names(same.items)).toEqual(['short', 'long', 'x']);
    expect(same.next(0)?.name).toBe('short');
    expect(same.next(3)?.name).toBe('short');
    expect(same.previous(7)?.name).toBe('long');
  });

  it('finds an item itself among the spans that share its start', () => {
    const twin = item(3, 4, 'twin');
    const same = SpanIndex.from([item(3, 9, 'long'), item(3, 4, 'short'), twin, item(7, 8, 'x')]);
    expect(names(same.items)).toEqual(['short', 'twin', 'long', 'x']);
    expect(same.indexOf(twin)).toBe(1);
    expect(same.indexOf(same.items[3]!)).toBe(3);
    expect(same.indexOf(item(3, 4, 'short'))).toBe(-1);
    expect(SpanIndex.from<Item>([]).indexOf(twin)).toBe(-1);
  });

  it('handles an empty index', () => {
    const empty = SpanIndex.from<Item>([]);
    expect(empty.items).toEqual([]);
    expect(empty.at(0)).toEqual([]);
    expect(empty.overlapping(0, 10)).toEqual([]);
    expect(empty.next(0)).toBeUndefined();
    expect(empty.previous(10)).toBeUndefined();
  });

  it('puts a merged span after present ones with the same start and end when no tie order is given', () => {
    const first = item(3, 9, 'first');
    const merged = SpanIndex.from([item(1, 2, 'a'), first, item(5, 6, 'b')]).with(new Set([first]), [item(3, 9, 'new'), item(0, 1, 'z')]);
    expect(names(merged.items)).toEqual(['z', 'a', 'new', 'b']);
    const again = merged.with(new Set(), [item(3, 9, 'newer')]);
    expect(names(again.items)).toEqual(['z', 'a', 'new', 'newer', 'b']);
  });

  it('accepts any iterable', () => {
    const fromSet = SpanIndex.from(new Set([item(5, 6), item(1, 2)]));
    expect(names(fromSet.items)).toEqual(['1-2', '5-6']);
  });
});

describe('SpanIndex against a naive implementation', () => {
  let seed = 12345;
  const random = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };

  function randomItems(count: number, textLength: number): Item[] {
    const result: Item[] = [];
    for (let k = 0; k < count; k++) {
      const start = random(textLength);
      const long = random(20) === 0;
      const length = 1 + (long ? random(textLength) : random(30));
      result.push(item(start, Math.min(textLength, start + length), `#${k}`));
    }
    return result;
  }

  const byText = (a: Item, b: Item): number => a.start - b.start || a.end - b.end;

  it('agrees on every query for random nested and overlapping spans', () => {
    for (let round = 0; round < 20; round++) {
      const textLength = 50 + random(500);
      const list = randomItems(random(200), textLength);
      const index = SpanIndex.from(list);
      const sorted = [...list].sort(byText);
      expect(index.items).toEqual(sorted);
      for (let k = 0; k < 200; k++) {
        const offset = random(textLength + 10) - 5;
        const expectedAt = sorted
          .filter((i) => i.start <= offset && offset < i.end)
          .sort((a, b) => a.end - a.start - (b.end - b.start) || a.start - b.start);
        expect(index.at(offset)).toEqual(expectedAt);
        const end = offset + 1 + random(60);
        expect(index.overlapping(offset, end)).toEqual(
          sorted.filter((i) => i.start < end && offset < i.end),
        );
        expect(index.next(offset)).toBe(sorted.find((i) => i.start >= offset));
        expect(index.previous(offset)).toBe(sorted.findLast((i) => i.start < offset));
        const some = sorted[random(sorted.length)];
        if (some) expect(index.indexOf(some)).toBe(sorted.indexOf(some));
      }
    }
  });

  it('merges removed and added spans into the order a fresh index has, ties as given', () => {
    const byName = (a: Item, b: Item): number => compareOrdinal(a.name, b.name);
    for (let round = 0; round < 8; round++) {
      const textLength = 20 + random(100);
      let list = randomItems(random(150), textLength);
      let index = SpanIndex.from(list, byName);
      for (let step = 0; step < 5; step++) {
        // The last step changes many (merged), the others a few (spliced).
        const many = step === 4;
        const removed = new Set(list.filter(() => random(many ? 2 : 10) === 0));
        const added = randomItems(many ? 70 + random(30) : random(20), textLength).map((i) => ({ ...i, name: `${i.name}/${round}.${step}` }));
        list = [...list.filter((i) => !removed.has(i)), ...added];
        index = index.with(removed, added, byName);
        const fresh = SpanIndex.from(list, byName);
        expect(index.items).toEqual(fresh.items);
        for (let k = 0; k < 20; k++) {
          const offset = random(textLength);
          const end = offset + 1 + random(20);
          expect(index.overlapping(offset, end)).toEqual(fresh.overlapping(offset, end));
          expect(index.at(offset)).toEqual(fresh.at(offset));
        }
      }
    }
  });

  it('answers queries over 20,000 spans without visiting them all', () => {
    const textLength = 1_000_000;
    const list: Item[] = [item(0, textLength, 'whole document'), item(10, 900_000, 'most')];
    for (let k = 0; k < 20_000; k++) {
      const start = random(textLength - 100);
      list.push(item(start, start + 1 + random(100), `#${k}`));
    }
    const index = SpanIndex.from(list);
    const sorted = [...list].sort(byText);
    const offsets = Array.from({ length: 20_000 }, () => random(textLength));
    const started = performance.now();
    for (const offset of offsets) {
      index.at(offset);
      index.overlapping(offset, offset + 50);
      index.next(offset);
      index.previous(offset);
    }
    const indexed = performance.now() - started;
    const naiveStarted = performance.now();
    for (const offset of offsets.slice(0, 200)) {
      expect(index.overlapping(offset, offset + 50)).toEqual(
        sorted.filter((i) => i.start < offset + 50 && offset < i.end),
      );
    }
    const naivePerQuery = (performance.now() - naiveStarted) / 200;
    expect((indexed / offsets.length) * 10).toBeLessThan(naivePerQuery);
  });
});
