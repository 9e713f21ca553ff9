// Random texts for the property-based tests of the anchoring core (fast-check): prose pieces mixed
// with what breaks naive offset arithmetic — astral characters, emoji sequences, combining marks,
// CJK, newlines and empty lines, and (optionally) lone surrogates.
import fc from 'fast-check';

const PIECES = [
  'a', 'b', 'word', ' ', ' ', '. ', ', ', '\n', '\n\n', '-', '’',
  'é', 'e\u0301', '\u0301', 'n\u0303\u0323', '中', '文', '新闻',
  '😀', '👍🏽', '👨‍👩‍👧', '🇷🇺', '𠀀', '𝐀',
];
const LONE_SURROGATES = ['\uD83D', '\uDE00'];

/** A text of up to `maxPieces` pieces; with `loneSurrogates`, halves of pairs may stand alone. */
export function textWithAstrals(options: { maxPieces?: number; loneSurrogates?: boolean } = {}): fc.Arbitrary<string> {
  const pieces = options.loneSurrogates === false ? PIECES : [...PIECES, ...LONE_SURROGATES];
  return fc.array(fc.constantFrom(...pieces), { maxLength: options.maxPieces ?? 40 }).map((parts) => parts.join(''));
}

/** A text and a range of it in UTF-16 code units (from ≤ to), which may split a surrogate pair. */
export function textAndRange(options: { loneSurrogates?: boolean } = {}): fc.Arbitrary<{ text: string; from: number; to: number }> {
  return textWithAstrals(options).chain((text) =>
    fc
      .tuple(fc.nat({ max: text.length }), fc.nat({ max: text.length }))
      .map(([x, y]) => ({ text, from: Math.min(x, y), to: Math.max(x, y) })),
  );
}
