// Places in an article's text, as the Hypothesis client's anchoring/types.ts has them: a
// text-position and a text-quote selector, each converting to and from a range of the text. A
// range counts UTF-16 code units of the JavaScript string (as a DOM Range counts the DOM's);
// selectors count what files and the database hold: code points, and the quote with its context.
import type { CodePointIndex } from './code-points';
import { matchQuote } from './quote-match';

/** The number of code points of context kept on each side of a quote. */
export const QUOTE_CONTEXT = 32;

/** A range of a text in UTF-16 code units, `from` inclusive, `to` exclusive. */
export interface TextRange {
  from: number;
  to: number;
}

/** Code-point offsets into the text, `start` inclusive, `end` exclusive. */
export interface TextPositionSelector {
  start: number;
  end: number;
}

/** The quote and up to QUOTE_CONTEXT code points of context on each side. */
export interface TextQuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
}

/** What an annotation stores of its place: both selectors, as the file format writes them. */
export type TextSelector = TextPositionSelector & TextQuoteSelector;

/** Converts between text-position selectors and ranges of the text. */
export class TextPositionAnchor {
  /** Throws a RangeError unless `start` and `end` are whole numbers, 0 ≤ start ≤ end ≤ root.length. */
  constructor(
    readonly root: CodePointIndex,
    readonly start: number,
    readonly end: number,
  ) {
    if (!TextPositionAnchor.fits(root, { start, end })) {
      const expected = `expected whole numbers 0 ≤ start ≤ end ≤ ${root.length}`;
      throw new RangeError(`The range ${start}–${end} is not valid: ${expected}`);
    }
  }

  /** Whether `selector` is a range of `root`'s text (possibly empty). */
  static fits(root: CodePointIndex, selector: TextPositionSelector): boolean {
    const { start, end } = selector;
    return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= root.length;
  }

  /** The whole code points `range` touches: an end inside a surrogate pair takes the pair in. */
  static fromRange(root: CodePointIndex, range: TextRange): TextPositionAnchor {
    return new TextPositionAnchor(root, root.toCodePoint(range.from), root.toCodePoint(range.to, 'up'));
  }

  static fromSelector(root: CodePointIndex, selector: TextPositionSelector): TextPositionAnchor {
    return new TextPositionAnchor(root, selector.start, selector.end);
  }

  toSelector(): TextPositionSelector {
    return { start: this.start, end: this.end };
  }

  toRange(): TextRange {
    return { from: this.root.toUtf16(this.start), to: this.root.toUtf16(this.end) };
  }
}

/** Converts between text-quote selectors and ranges of the text. */
export class TextQuoteAnchor {
  constructor(
    readonly root: CodePointIndex,
    readonly exact: string,
    readonly context: { prefix: string; suffix: string },
  ) {}

  /** The text of `range` (grown to whole code points) with QUOTE_CONTEXT code points each side. */
  static fromRange(root: CodePointIndex, range: TextRange): TextQuoteAnchor {
    const { start, end } = TextPositionAnchor.fromRange(root, range);
    const { text } = root;
    const from = root.toUtf16(start);
    const to = root.toUtf16(end);
    return new TextQuoteAnchor(root, text.slice(from, to), {
      prefix: text.slice(root.toUtf16(Math.max(0, start - QUOTE_CONTEXT)), from),
      suffix: text.slice(to, root.toUtf16(Math.min(root.length, end + QUOTE_CONTEXT))),
    });
  }

  static fromSelector(root: CodePointIndex, selector: TextQuoteSelector): TextQuoteAnchor {
    return new TextQuoteAnchor(root, selector.exact, { prefix: selector.prefix, suffix: selector.suffix });
  }

  toSelector(): TextQuoteSelector {
    return { exact: this.exact, prefix: this.context.prefix, suffix: this.context.suffix };
  }

  /**
   * Where the quote is in the text (see quote-match.ts): the best exact occurrence, else the best
   * approximate match near `hint` (a code-point offset, 0 when omitted); null when there is none.
   */
  toRange(options: { hint?: number } = {}): TextRange | null {
    return matchQuote(this.root, this.toSelector(), options.hint ?? 0);
  }

  toPositionAnchor(options: { hint?: number } = {}): TextPositionAnchor | null {
    const range = this.toRange(options);
    return range === null ? null : TextPositionAnchor.fromRange(this.root, range);
  }
}

/** Both selectors of a position anchor: its offsets, and its quote with context read from the text. */
export function selectorFor(anchor: TextPositionAnchor): TextSelector {
  const quote = TextQuoteAnchor.fromRange(anchor.root, anchor.toRange());
  return { ...anchor.toSelector(), ...quote.toSelector() };
}

/** True when the selector's offsets are a non-empty range of the text that holds exactly `exact`. */
export function selectsQuote(root: CodePointIndex, selector: TextPositionSelector & { exact: string }): boolean {
  if (!TextPositionAnchor.fits(root, selector) || selector.start === selector.end) return false;
  const { from, to } = TextPositionAnchor.fromSelector(root, selector).toRange();
  return to - from === selector.exact.length && root.text.startsWith(selector.exact, from);
}
