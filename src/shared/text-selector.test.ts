// The selector family: each selector to a range of the text and back, on the spec's example, on
// hand-picked edge cases and on random texts with astral characters and combining marks (fast-check).
import fc from 'fast-check';
import { describe, it, expect } from 'vitest';
import { seedText } from '../../test-support/seed-files';
import { textAndRange } from '../../test-support/text-arbitrary';
import { CodePointIndex, codePointLength, splitsPair } from './code-points';
import { normalizeText } from './text-normalization';
import {
  QUOTE_CONTEXT,
  TextPositionAnchor,
  TextQuoteAnchor,
  selectorFor,
  selectsQuote,
  type TextRange,
} from './text-selector';

const crocus = CodePointIndex.of(normalizeText(seedText('002_82834744a2d41e0d.txt')));

/** Reference: the selector of code points [start, end), computed over an array of code points. */
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

const selectorOf = (text: string, start: number, end: number) =>
  selectorFor(new TextPositionAnchor(CodePointIndex.of(text), start, end));

/** `range` grown to whole code points, as fromRange reads it. */
function whole(text: string, range: TextRange): TextRange {
  return { from: splitsPair(text, range.from) ? range.from - 1 : range.from, to: splitsPair(text, range.to) ? range.to + 1 : range.to };
}

describe('selectorFor', () => {
  it("gives the spec's example on seed 002", () => {
    expect(selectorFor(new TextPositionAnchor(crocus, 633, 643))).toEqual({
      start: 633,
      end: 643,
      exact: '139 people',
      prefix: 'ttack which caused the death of ',
      suffix: ' and around a hundred injured st',
    });
  });

  it('counts context in code points when emoji are around', () => {
    const text = '😀'.repeat(40) + 'fact' + '👍🏽'.repeat(20) + '\n𠀀end';
    const selector = selectorOf(text, 40, 44);
    expect(selector.exact).toBe('fact');
    expect(selector.prefix).toBe('😀'.repeat(32));
    expect(selector.suffix).toBe('👍🏽'.repeat(16));
    expect(selectorOf(text, 42, 86)).toEqual(naiveSelector(text, 42, 86));
  });

  it('keeps an astral character whole when it is the quote or its context edge', () => {
    const text = 'a' + '😀'.repeat(33) + 'b';
    expect(selectorOf(text, 34, 35)).toEqual({ start: 34, end: 35, exact: 'b', prefix: '😀'.repeat(32), suffix: '' });
    expect(selectorOf(text, 1, 2).exact).toBe('😀');
  });

  it('shortens the context at the edges of the text and keeps newlines', () => {
    expect(selectorOf('Crocus City Hall', 0, 6)).toEqual({ start: 0, end: 6, exact: 'Crocus', prefix: '', suffix: ' City Hall' });
    expect(selectorOf('first line\nsecond line\n\nthird', 6, 17).exact).toBe('line\nsecond');
  });

  it('matches the code-point reference for every short range of a mixed text', () => {
    const text = 'Like 👍🏽 this\nfamily 👨‍👩‍👧 here 中文 𠀀\n\ncafe\u0301 x\uD800y';
    const length = codePointLength(text);
    for (let start = 0; start < length; start++) {
      for (let end = start + 1; end <= Math.min(length, start + 12); end++) {
        expect(selectorOf(text, start, end)).toEqual(naiveSelector(text, start, end));
      }
    }
  });
});

describe('TextPositionAnchor', () => {
  it('throws a RangeError for a range that is reversed, fractional or outside the text', () => {
    const root = CodePointIndex.of('abc');
    expect(() => new TextPositionAnchor(root, -1, 2)).toThrow(RangeError);
    expect(() => new TextPositionAnchor(root, 2, 1)).toThrow(RangeError);
    expect(() => new TextPositionAnchor(root, 0, 4)).toThrow(/0 ≤ start ≤ end ≤ 3/);
    expect(() => new TextPositionAnchor(root, 0.5, 2)).toThrow(RangeError);
    expect(() => new TextPositionAnchor(root, 0, Number.NaN)).toThrow(RangeError);
    expect(new TextPositionAnchor(root, 2, 2).toRange()).toEqual({ from: 2, to: 2 });
  });

  it('round-trips a range: fromRange(r).toRange() is r grown to whole code points', () => {
    fc.assert(
      fc.property(textAndRange(), ({ text, from, to }) => {
        const root = CodePointIndex.of(text);
        const anchor = TextPositionAnchor.fromRange(root, { from, to });
        expect(anchor.toRange()).toEqual(whole(text, { from, to }));
        expect(TextPositionAnchor.fromRange(root, anchor.toRange())).toEqual(anchor);
      }),
    );
  });

  it('round-trips a selector: fromSelector(s).toRange() read back is s', () => {
    fc.assert(
      fc.property(textAndRange(), ({ text, from, to }) => {
        const root = CodePointIndex.of(text);
        const selector = TextPositionAnchor.fromRange(root, { from, to }).toSelector();
        const range = TextPositionAnchor.fromSelector(root, selector).toRange();
        expect(TextPositionAnchor.fromRange(root, range).toSelector()).toEqual(selector);
        expect(codePointLength(text.slice(0, range.from))).toBe(selector.start);
        expect(codePointLength(text.slice(range.from, range.to))).toBe(selector.end - selector.start);
      }),
    );
  });
});

describe('TextQuoteAnchor', () => {
  it('reads the quote and its context from a range, exact being end − start code points', () => {
    fc.assert(
      fc.property(textAndRange(), ({ text, from, to }) => {
        const root = CodePointIndex.of(text);
        const position = TextPositionAnchor.fromRange(root, { from, to });
        const quote = TextQuoteAnchor.fromRange(root, { from, to }).toSelector();
        const range = whole(text, { from, to });
        expect(quote.exact).toBe(text.slice(range.from, range.to));
        expect(codePointLength(quote.exact)).toBe(position.end - position.start);
        expect(text.slice(0, range.from).endsWith(quote.prefix)).toBe(true);
        expect(text.slice(range.to).startsWith(quote.suffix)).toBe(true);
        expect(codePointLength(quote.prefix)).toBe(Math.min(QUOTE_CONTEXT, position.start));
        expect(codePointLength(quote.suffix)).toBe(Math.min(QUOTE_CONTEXT, root.length - position.end));
      }),
    );
  });

  it('finds its own range again: fromRange(r).toRange({ hint }) is r, by quote and context', () => {
    fc.assert(
      fc.property(
        textAndRange().filter(({ from, to }) => from < to),
        ({ text, from, to }) => {
          const root = CodePointIndex.of(text);
          const quote = TextQuoteAnchor.fromRange(root, { from, to });
          const { start } = TextPositionAnchor.fromRange(root, { from, to });
          expect(quote.toRange({ hint: start })).toEqual(whole(text, { from, to }));
          expect(TextQuoteAnchor.fromSelector(root, quote.toSelector())).toEqual(quote);
        },
      ),
    );
  });

  it('is found in a text edited before it (its prefix cut short), shifted by the code points inserted', () => {
    fc.assert(
      fc.property(
        textAndRange({ loneSurrogates: false }).filter(({ from, to }) => from < to),
        // Characters the texts never hold, so the quote cannot occur in what is inserted.
        fc.constantFrom('🙂 ', '#¶\n', '§'),
        ({ text, from, to }, inserted) => {
          const quote = TextQuoteAnchor.fromRange(CodePointIndex.of(text), { from, to }).toSelector();
          const before = TextPositionAnchor.fromRange(CodePointIndex.of(text), { from, to });
          const edited = CodePointIndex.of(inserted + text);
          const shift = codePointLength(inserted);
          const found = TextQuoteAnchor.fromSelector(edited, quote).toPositionAnchor({ hint: before.start + shift });
          expect(found?.toSelector()).toEqual({ start: before.start + shift, end: before.end + shift });
        },
      ),
    );
  });

  it('is not found when the quote is gone', () => {
    const root = CodePointIndex.of('Officials said 139 people died.');
    expect(TextQuoteAnchor.fromSelector(root, { exact: 'zebra', prefix: '', suffix: '' }).toRange()).toBeNull();
    expect(TextQuoteAnchor.fromSelector(root, { exact: '', prefix: '', suffix: '' }).toPositionAnchor()).toBeNull();
  });
});

describe('selectsQuote', () => {
  it('accepts the offsets that select the quote', () => {
    expect(selectsQuote(crocus, { start: 633, end: 643, exact: '139 people' })).toBe(true);
    expect(selectsQuote(crocus, selectorFor(new TextPositionAnchor(crocus, 0, 50)))).toBe(true);
  });

  it('rejects offsets that select other text', () => {
    expect(selectsQuote(crocus, { start: 634, end: 644, exact: '139 people' })).toBe(false);
    expect(selectsQuote(crocus, { start: 633, end: 642, exact: '139 people' })).toBe(false);
    expect(selectsQuote(crocus, { start: 633, end: 643, exact: '139 peopl' })).toBe(false);
  });

  it('rejects out-of-range, empty or invalid offsets instead of throwing', () => {
    const { length } = crocus;
    expect(selectsQuote(crocus, { start: length - 1, end: length + 1, exact: 'x' })).toBe(false);
    expect(selectsQuote(crocus, { start: -1, end: 2, exact: 'x' })).toBe(false);
    expect(selectsQuote(crocus, { start: 5, end: 5, exact: '' })).toBe(false);
    expect(selectsQuote(crocus, { start: 1.5, end: 3, exact: 'x' })).toBe(false);
  });

  it('counts code points, so UTF-16 offsets of the same quote do not match', () => {
    const root = CodePointIndex.of('😀😀 139 people');
    expect(selectsQuote(root, { start: 3, end: 13, exact: '139 people' })).toBe(true);
    expect(selectsQuote(root, { start: 5, end: 15, exact: '139 people' })).toBe(false);
    expect(selectsQuote(root, { start: 0, end: 2, exact: '😀😀' })).toBe(true);
  });
});
