// A hand-made selection often starts or ends mid-word or on a space; this snaps it to whole words,
// found by Intl.Segmenter in a short stretch around each boundary, so it stays cheap on 1 MB articles
// and also works in scripts written without spaces (Chinese, Japanese, Thai).
import { splitsPair, type CodePointIndex } from './code-points';
import { TextPositionAnchor } from './text-selector';

export interface SnappedRange {
  start: number;
  end: number;
}

const WHITE_SPACE = /^\p{White_Space}$/u;
/** Apostrophes and hyphens that join two words into one ("ISIS-K", "state-of-the-art"). */
const WORD_JOINERS = new Set(["'", '\u2019', '-', '\u2010', '\u2011']);
/**
 * Unicode word boundaries (UAX #29, with ICU's dictionaries for Chinese, Japanese, Thai, Lao,
 * Khmer and Burmese). A fixed locale, so every machine snaps alike whatever its language.
 */
const WORDS = new Intl.Segmenter('en', { granularity: 'word' });
/** UTF-16 units segmented on each side of a boundary at first; doubled while a word reaches the edge. */
const FIRST_REACH = 64;

/**
 * Snaps code points [start, end) of `root`'s text to what the user most
 * likely meant: surrounding whitespace trimmed, then each end that cuts a word moved out to the
 * word's edge. With `exact`, the range is kept as it is. Returns null when the range is empty or
 * only whitespace; throws a RangeError for a reversed, fractional or out-of-range one.
 */
export function snapSelection(
  root: CodePointIndex,
  start: number,
  end: number,
  options: { exact: boolean },
): SnappedRange | null {
  // The one check of a code-point range: throws the RangeError described above.
  new TextPositionAnchor(root, start, end);
  if (start === end) return null;
  if (options.exact) return { start, end };
  const { text } = root;
  let from = root.toUtf16(start);
  let to = root.toUtf16(end);
  while (from < to && WHITE_SPACE.test(text.charAt(from))) from++;
  while (to > from && WHITE_SPACE.test(text.charAt(to - 1))) to--;
  if (from === to) return null;
  from = wordAround(text, from)?.start ?? from;
  to = wordAround(text, to)?.end ?? to;
  return { start: root.toCodePoint(from), end: root.toCodePoint(to) };
}

interface Word {
  /** UTF-16 indexes in the whole text. */
  start: number;
  end: number;
}

/** The word that UTF-16 index `i` falls strictly inside, or null when `i` is at a word's edge or between words. */
function wordAround(text: string, i: number): Word | null {
  if (i <= 0 || i >= text.length) return null;
  for (let reach = FIRST_REACH; ; reach *= 2) {
    const lo = pairSafe(text, Math.max(0, i - reach));
    const hi = pairSafe(text, Math.min(text.length, i + reach));
    const word = wordsIn(text, lo, hi).find((w) => w.start < i && i < w.end) ?? null;
    // A word within a joiner of a cut edge of the stretch may go on beyond it: look further.
    const cut = word !== null && ((word.start - lo <= 1 && lo > 0) || (hi - word.end <= 1 && hi < text.length));
    if (!cut) return word;
  }
}

/** The words of text[lo, hi): word-like segments, joined across one apostrophe or hyphen between two. */
function wordsIn(text: string, lo: number, hi: number): Word[] {
  const words: Word[] = [];
  let joiner: number | null = null;
  for (const segment of WORDS.segment(text.slice(lo, hi))) {
    const start = lo + segment.index;
    const end = start + segment.segment.length;
    const last = words[words.length - 1];
    if (segment.isWordLike) {
      if (last && joiner === last.end && joiner + 1 === start) last.end = end;
      else words.push({ start, end });
      joiner = null;
    } else {
      joiner = last?.end === start && WORD_JOINERS.has(segment.segment) ? start : null;
    }
  }
  return words;
}

/** Moves a cut that would split a surrogate pair to the pair's start. */
function pairSafe(text: string, i: number): number {
  return splitsPair(text, i) ? i - 1 : i;
}
