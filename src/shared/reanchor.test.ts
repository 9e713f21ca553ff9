import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it, expect } from 'vitest';
import { seedText } from '../../test-support/seed-files';
import { parseAnnotationSetFile } from './annotation-set-file';
import { documentId } from './document-id';
import type { Annotation } from './annotation';
import { CodePointIndex } from './code-points';
import { FUZZY_MAX_QUOTE } from './quote-match';
import { placeAnnotations, reanchor } from './reanchor';
import { normalizeText } from './text-normalization';
import { TextPositionAnchor, selectorFor as selectorOfAnchor, type TextSelector } from './text-selector';

const crocus = normalizeText(seedText('002_82834744a2d41e0d.txt'));
const crocusRoot = CodePointIndex.of(crocus);

function place(text: string, selector: TextSelector) {
  return reanchor(CodePointIndex.of(text), selector);
}

/** The selector of code points [start, end) of `text`. */
function quoteSelector(text: string, start: number, end: number): TextSelector {
  return selectorOfAnchor(new TextPositionAnchor(CodePointIndex.of(text), start, end));
}

/** A selector for `exact` said to start at `start`, with empty context unless given. */
function selectorFor(
  exact: string,
  start: number,
  { prefix = '', suffix = '' }: { prefix?: string; suffix?: string } = {},
) {
  return { start, end: start + [...exact].length, exact, prefix, suffix };
}

/** A placed outcome as the spec wants it: offsets plus the quote recomputed from `text`. */
function placed(status: 'unchanged' | 'moved' | 'fuzzy', text: string, start: number, end: number) {
  return { status, ...quoteSelector(text, start, end) };
}

/** Deterministic prose-like filler of `length` UTF-16 units (BMP only). */
function filler(length: number, seed = 1): string {
  const words = ['the', 'minister', 'said', 'on', 'tuesday', 'that', 'talks', 'would', 'resume'];
  let state = seed;
  let out = '';
  while (out.length < length) {
    state = (state * 1103515245 + 12345) % 2147483648;
    out += `${words[state % words.length] ?? 'x'} `;
  }
  return out.slice(0, length);
}

describe('reanchor: exact', () => {
  const selector = quoteSelector(crocus, 633, 643);

  it('keeps a selector whose offsets still select its quote', () => {
    expect(reanchor(crocusRoot, selector)).toEqual(placed('unchanged', crocus, 633, 643));
  });

  it('recomputes the context of an unchanged span from the local text', () => {
    const stale = { ...selector, prefix: 'something else', suffix: '' };
    expect(reanchor(crocusRoot, stale)).toEqual(placed('unchanged', crocus, 633, 643));
  });

  it('follows an edit above the span (the quote occurs twice; context picks the right one)', () => {
    expect(crocus.split('139 people').length - 1).toBe(2);
    const inserted = 'Update, 26 March: figures revised.\n';
    const edited = inserted + crocus;
    const outcome = place(edited, selector);
    expect(outcome).toEqual(placed('moved', edited, 633 + 35, 643 + 35));
    expect(outcome.status === 'moved' && outcome.exact).toBe('139 people');
  });

  it('lets prefix and suffix decide among several occurrences, against the nearest', () => {
    const text = 'Police said 12 died. Hospital said 12 died, not 12 died.';
    // Old start 13 is nearest the first "12 died" (at 12), but the context fits the second
    // (at 35): prefix "Hospital said " matches 14 code points there, only " said " (6) at the
    // first; the suffix "," matches 1 at the second, 0 at the first ("."), 0 at the third.
    const outcome = place(text, {
      start: 13,
      end: 20,
      exact: '12 died',
      prefix: 'Hospital said ',
      suffix: ',',
    });
    expect(outcome).toEqual(placed('moved', text, 35, 42));
  });

  it('breaks ties in context by the nearest old start, then the earlier', () => {
    const text = 'ab fact cd fact ef fact gh';
    // "fact" at 3, 11 and 19; empty context scores 0 everywhere.
    const at = (start: number) => place(text, selectorFor('fact', start));
    // Old start 16: distances 13, 5, 3 -> 19.
    expect(at(16)).toEqual(placed('moved', text, 19, 23));
    // Old start 15: distances 12, 4, 4 -> tie between 11 and 19 -> the earlier, 11.
    expect(at(15)).toEqual(placed('moved', text, 11, 15));
    // Old start 7: distances 4, 4, 12 -> 3.
    expect(at(7)).toEqual(placed('moved', text, 3, 7));
  });

  it('places offsets counted in UTF-16 on a text with emoji before the span', () => {
    const text = 'Kyiv 🇺🇦 update 😀\nOfficials said 139 people died, officials said.';
    const utf16Start = text.indexOf('139 people');
    // Three surrogate pairs precede the quote (two regional indicators and one emoji).
    const outcome = place(text, {
      start: utf16Start,
      end: utf16Start + 10,
      exact: '139 people',
      prefix: text.slice(utf16Start - 32, utf16Start),
      suffix: text.slice(utf16Start + 10, utf16Start + 42),
    });
    expect(outcome).toEqual(placed('moved', text, utf16Start - 3, utf16Start + 7));
    expect(outcome.status === 'moved' && outcome.exact).toBe('139 people');
  });

  it('finds an emoji inside the quote', () => {
    const text = 'one 😀 two; again 😀 two';
    const outcome = place(text, selectorFor('😀 two', 0, { prefix: 'again ' }));
    expect(outcome).toEqual(placed('moved', text, 17, 22));
  });

  it('orphans a quote that is gone, and an empty quote', () => {
    const gone = { ...quoteSelector(crocus, 633, 643), exact: 'zebra' };
    expect(place(crocus, gone)).toEqual({ status: 'orphan' });
    expect(place('abc', { ...selectorFor('', 0), end: 1 })).toEqual({ status: 'orphan' });
  });
});

describe('reanchor: fuzzy', () => {
  const start = crocus.indexOf('death of 139 people and around');
  const selector = quoteSelector(crocus, start, start + 30);

  it('places a quote edited inside (one substitution) after an edit above it', () => {
    expect(start).toBe(624);
    // 30 code points allow floor(30 / 4) = 7 edits; "139" -> "137" is one.
    const inserted = 'Update: figures revised.\n';
    const edited = inserted + crocus.replace('death of 139 people', 'death of 137 people');
    const outcome = place(edited, selector);
    expect(outcome).toEqual(placed('fuzzy', edited, 624 + 25, 654 + 25));
    expect(outcome.status === 'fuzzy' && outcome.exact).toBe('death of 137 people and around');
  });

  it('places a quote whose length changed', () => {
    const edited = crocus.replace('death of 139 people and', 'death of 139 persons and');
    const outcome = place(edited, selector);
    expect(outcome).toEqual(placed('fuzzy', edited, 624, 655));
    expect(outcome.status === 'fuzzy' && outcome.exact).toBe('death of 139 persons and around');
  });

  it('gives code-point offsets when emoji precede or sit inside the match', () => {
    // 12 code points allow 3 edits; "👍" -> "👎" is one code point but two UTF-16 edits.
    const text = `🇺🇦😀 ${filler(30)}vote 👎 passed${filler(30, 5)}`;
    const start = [...text].indexOf('v');
    const outcome = place(text, selectorFor('vote 👍 passed', 0));
    expect(outcome).toEqual(placed('fuzzy', text, start, start + 13));
    expect(outcome.status === 'fuzzy' && outcome.exact).toBe('vote 👎 passed');
  });

  it('allows at most a quarter of the quote length in edits, rounded down', () => {
    // "abcdefgh" (8 code points) allows 2 edits: "abXdeYgh" has 2, "aXcXeXgh" has 3.
    const selector8 = { start: 40, end: 48, exact: 'abcdefgh', prefix: '', suffix: '' };
    const two = `${filler(40)}abXdeYgh${filler(40)}`;
    expect(place(two, selector8)).toEqual(placed('fuzzy', two, 40, 48));
    const three = `${filler(40)}aXcXeXgh${filler(40)}`;
    expect(place(three, selector8)).toEqual({ status: 'orphan' });
  });

  it('has no fuzzy stage for quotes under 4 code points (a quarter rounds down to 0)', () => {
    expect(place('the cat sat', selectorFor('cot', 4))).toEqual({ status: 'orphan' });
  });

  it('scores equally good fuzzy matches by context', () => {
    // "Kharkiv" edited to "Kharkov" in both places: one edit each; the context picks the second.
    const text = 'Strikes on Kharkov at night. Shelling of Kharkov by day.';
    const outcome = place(text, {
      start: 0,
      end: 7,
      exact: 'Kharkiv',
      prefix: 'Shelling of ',
      suffix: ' by day',
    });
    expect(outcome).toEqual(placed('fuzzy', text, 41, 48));
  });

  it('never searches outside the window around the old position', () => {
    // A 30-code-point quote is looked for in [old start − 2,000, old start + 30 + 2,000]; the
    // edited quote sits at 8,000–8,030, so old starts 6,001 and 9,999 reach it, 5,900 and
    // 12,000 do not.
    const quote = 'the death of 139 people nearby';
    const editedQuote = 'the death of 137 people nearby';
    const text = `${filler(8000)}${editedQuote}${filler(4000, 7)}`;
    const selectorAt = (oldStart: number) => ({
      start: oldStart,
      end: oldStart + 30,
      exact: quote,
      prefix: '',
      suffix: '',
    });
    expect(place(text, selectorAt(100))).toEqual({ status: 'orphan' });
    expect(place(text, selectorAt(5900))).toEqual({ status: 'orphan' });
    expect(place(text, selectorAt(6001))).toEqual(placed('fuzzy', text, 8000, 8030));
    expect(place(text, selectorAt(9999))).toEqual(placed('fuzzy', text, 8000, 8030));
    expect(place(text, selectorAt(12_000))).toEqual({ status: 'orphan' });
  });

  it('sends quotes longer than the fuzzy cap to orphan when not found exactly', () => {
    // One substitution in the middle of the quote ("#" never occurs in the filler).
    const edit = (quote: string) => `${quote.slice(0, 200)}#${quote.slice(201)}`;
    const long = filler(FUZZY_MAX_QUOTE + 1, 3);
    const text = `${filler(100)}${edit(long)}${filler(100)}`;
    expect(place(text, selectorFor(long, 100))).toEqual({ status: 'orphan' });
    const capped = long.slice(0, FUZZY_MAX_QUOTE);
    const text500 = `${filler(100)}${edit(capped)}${filler(100)}`;
    expect(place(text500, selectorFor(capped, 100))).toEqual(placed('fuzzy', text500, 100, 600));
  });
});

describe('a file whose offsets count UTF-16 code units (test-support/good-sets/utf16-offsets.veritag.json)', () => {
  const support = resolve(__dirname, '../../test-support');
  const text = normalizeText(readFileSync(resolve(support, 'articles/crocus-emoji.txt'), 'utf8'));
  const parsed = parseAnnotationSetFile(readFileSync(resolve(support, 'good-sets/utf16-offsets.veritag.json'), 'utf8'));

  it('is valid, and each annotation is re-anchored by its quote onto code-point offsets', () => {
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    expect(parsed.file.documents[0]?.id).toBe(documentId(text));
    const outcomes = parsed.file.annotations.map((a) => place(text, a));
    const codePoints = Array.from(text);
    for (const [i, outcome] of outcomes.entries()) {
      if (outcome.status === 'orphan') throw new Error(`annotation ${i} was orphaned`);
      expect(outcome.status).toBe('moved');
      expect(codePoints.slice(outcome.start, outcome.end).join('')).toBe(parsed.file.annotations[i]?.exact);
    }
    expect(outcomes.map((o) => (o.status === 'orphan' ? null : [o.start, o.end]))).toEqual([[36, 53], [107, 136]]);
  });
});

describe('placeAnnotations', () => {
  const text = 'Officials said 139 people died in the attack on Friday.';
  const edited = `Update. ${text}`;
  const stamp = '2026-11-22T09:58:01.000Z';
  const annotation = (id: string, document: string, quote: string, fields: Partial<Annotation> = {}): Annotation => {
    const start = text.indexOf(quote);
    return {
      id, setId: 's', document, label: 'claim', ...quoteSelector(text, start, start + quote.length),
      note: '', created: stamp, modified: stamp, ...fields,
    };
  };

  it('places each annotation in its target text, re-anchored, or keeps it as an orphan, in order', () => {
    const given = [
      annotation('same', 'doc', '139 people'),
      annotation('moved', 'old', 'Friday', { provenance: 'both' }),
      annotation('gone', 'doc', 'Friday', { exact: 'zebra crossing' }),
      annotation('nowhere', 'missing', 'attack', { orphan: 1 }),
    ];
    const texts = new Map([['doc', text], ['old', edited], ['new', edited]]);
    const placement = placeAnnotations(given, ({ document }) => {
      const into = document === 'old' ? 'new' : document;
      const found = texts.get(into);
      return found === undefined ? null : { document: into, text: found };
    });
    expect(placement).toMatchObject({ reanchored: 1, orphaned: 2 });
    expect(placement.annotations.map((a) => [a.id, a.document, a.start, a.orphan, a.provenance])).toEqual([
      ['same', 'doc', 15, undefined, undefined],
      ['moved', 'new', 56, undefined, 'both'],
      ['gone', 'doc', given[2]?.start, 1, undefined],
      ['nowhere', 'missing', given[3]?.start, 1, undefined],
    ]);
    expect(placement.annotations[2]).toEqual({ ...given[2], orphan: 1 });
    expect(placement.annotations[3]).toBe(given[3]);
  });
});
