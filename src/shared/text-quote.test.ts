import { describe, it, expect } from 'vitest';
import { seedText } from '../../test-support/seed-files';
import { QUOTE_CONTEXT } from './annotation';
import { OffsetMap } from './offset-map';
import { quoteSelector, selectorMatches } from './text-quote';
import { normalizeText } from './text-normalization';

const crocus = normalizeText(seedText('002_82834744a2d41e0d.txt'));

/** Reference: the selector computed over an array of code points. */
function naiveSelector(text: string, start: number, end: number): object {
  const cps = Array.from(text);
  return {
    start,
    end,
    exact: cps.slice(start, end).join(''),
    prefix: cps.slice(Math.max(0, start - QUOTE_CONTEXT), start).join(''),
    suffix: cps.slice(end, end + QUOTE_CONTEXT).join(''),
  };
}

describe('quoteSelector', () => {
  it("gives the spec's example on seed 002", () => {
    const map = OffsetMap.fromText(crocus);
    expect(quoteSelector(crocus, map, 633, 643)).toEqual({
      start: 633,
      end: 643,
      exact: '139 people',
      prefix: 'ttack which caused the death of ',
      suffix: ' and around a hundred injured st',
    });
  });

  it('counts context in code points when emoji are around', () => {
    const text = '😀'.repeat(40) + 'fact' + '👍🏽'.repeat(20) + '\n𠀀end';
    const map = OffsetMap.fromText(text);
    const selector = quoteSelector(text, map, 40, 44);
    expect(selector.exact).toBe('fact');
    expect(selector.prefix).toBe('😀'.repeat(32));
    expect(selector.suffix).toBe('👍🏽'.repeat(16));
    expect(quoteSelector(text, map, 42, 86)).toEqual(naiveSelector(text, 42, 86));
  });

  it('keeps an astral character whole when it is the quote or its context edge', () => {
    const text = 'a' + '😀'.repeat(33) + 'b';
    const map = OffsetMap.fromText(text);
    expect(quoteSelector(text, map, 34, 35)).toEqual({
      start: 34,
      end: 35,
      exact: 'b',
      prefix: '😀'.repeat(32),
      suffix: '',
    });
    expect(quoteSelector(text, map, 1, 2).exact).toBe('😀');
  });

  it('shortens the context at the edges of the text', () => {
    const text = 'Crocus City Hall';
    const map = OffsetMap.fromText(text);
    expect(quoteSelector(text, map, 0, 6)).toEqual({
      start: 0,
      end: 6,
      exact: 'Crocus',
      prefix: '',
      suffix: ' City Hall',
    });
    expect(quoteSelector(text, map, 0, text.length)).toEqual({
      start: 0,
      end: 16,
      exact: text,
      prefix: '',
      suffix: '',
    });
  });

  it('keeps newlines in the quote and its context', () => {
    const text = 'first line\nsecond line\n\nthird';
    const map = OffsetMap.fromText(text);
    expect(quoteSelector(text, map, 6, 17)).toEqual(naiveSelector(text, 6, 17));
    expect(quoteSelector(text, map, 6, 17).exact).toBe('line\nsecond');
  });

  it('matches the code-point reference for every short range of a mixed text', () => {
    const text = 'Like 👍🏽 this\nfamily 👨‍👩‍👧 here 中文 𠀀\n\ncafe\u0301 x\uD800y';
    const map = OffsetMap.fromText(text);
    for (let start = 0; start < map.length; start++) {
      for (let end = start + 1; end <= Math.min(map.length, start + 12); end++) {
        expect(quoteSelector(text, map, start, end)).toEqual(naiveSelector(text, start, end));
      }
    }
  });

  it('throws a RangeError for an invalid range', () => {
    const text = 'abc';
    const map = OffsetMap.fromText(text);
    expect(() => quoteSelector(text, map, -1, 2)).toThrow(RangeError);
    expect(() => quoteSelector(text, map, 2, 2)).toThrow(RangeError);
    expect(() => quoteSelector(text, map, 2, 1)).toThrow(RangeError);
    expect(() => quoteSelector(text, map, 0, 4)).toThrow(/0 ≤ start < end ≤ 3/);
    expect(() => quoteSelector(text, map, 0.5, 2)).toThrow(RangeError);
    expect(() => quoteSelector(text, map, 0, Number.NaN)).toThrow(RangeError);
  });
});

describe('selectorMatches', () => {
  const map = OffsetMap.fromText(crocus);

  it('accepts the offsets that select the quote', () => {
    expect(selectorMatches(crocus, map, { start: 633, end: 643, exact: '139 people' })).toBe(true);
    expect(selectorMatches(crocus, map, quoteSelector(crocus, map, 0, 50))).toBe(true);
  });

  it('rejects offsets that select other text', () => {
    expect(selectorMatches(crocus, map, { start: 634, end: 644, exact: '139 people' })).toBe(false);
    expect(selectorMatches(crocus, map, { start: 633, end: 642, exact: '139 people' })).toBe(false);
    expect(selectorMatches(crocus, map, { start: 633, end: 643, exact: '139 peopl' })).toBe(false);
  });

  it('rejects out-of-range or invalid offsets instead of throwing', () => {
    const length = map.length;
    expect(selectorMatches(crocus, map, { start: length - 1, end: length + 1, exact: 'x' })).toBe(
      false,
    );
    expect(selectorMatches(crocus, map, { start: -1, end: 2, exact: 'x' })).toBe(false);
    expect(selectorMatches(crocus, map, { start: 5, end: 5, exact: '' })).toBe(false);
    expect(selectorMatches(crocus, map, { start: 1.5, end: 3, exact: 'x' })).toBe(false);
  });

  it('counts code points, so UTF-16 offsets of the same quote do not match', () => {
    const text = '😀😀 139 people';
    const local = OffsetMap.fromText(text);
    expect(selectorMatches(text, local, { start: 3, end: 13, exact: '139 people' })).toBe(true);
    expect(selectorMatches(text, local, { start: 5, end: 15, exact: '139 people' })).toBe(false);
    expect(selectorMatches(text, local, { start: 0, end: 2, exact: '😀😀' })).toBe(true);
  });
});
