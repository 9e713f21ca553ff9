// The one binary search, against a linear scan on random monotone tests and sorted arrays.
import fc from 'fast-check';
import { describe, it, expect } from 'vitest';
import { firstIndexWhere, lastAtOrBelow } from './sorted-search';

describe('firstIndexWhere', () => {
  it('finds where a false-then-true test turns true, as a scan does', () => {
    fc.assert(
      fc.property(fc.nat({ max: 200 }), fc.nat({ max: 220 }), (length, turn) => {
        const test = (i: number) => i >= turn;
        const scanned = Array.from({ length }, (_, i) => i).find(test) ?? length;
        expect(firstIndexWhere(length, test)).toBe(scanned);
      }),
    );
  });

  it('gives 0 for an empty range and asks only about indexes in it', () => {
    const asked: number[] = [];
    expect(firstIndexWhere(0, () => true)).toBe(0);
    expect(firstIndexWhere(5, (i) => (asked.push(i), false))).toBe(5);
    expect(asked.every((i) => i >= 0 && i < 5)).toBe(true);
  });
});

describe('lastAtOrBelow', () => {
  it('finds the last element ≤ value in a sorted array, as a scan does, or -1', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 })), fc.integer({ min: -60, max: 60 }), (values, value) => {
        const sorted = [...values].sort((a, b) => a - b);
        expect(lastAtOrBelow(sorted, value)).toBe(sorted.findLastIndex((x) => x <= value));
      }),
    );
  });
});
