// Text from files can be any length, and a browser lays out a line of 100,000 characters, or a
// run of them without a space that it must break, in seconds. What is shown of such text is
// bounded here: a few hundred code points, then an ellipsis.
import { codePointLength, sliceCodePoints } from './code-points';

/** Names, titles and sources are shown up to this many code points. */
export const SHOWN_NAME_LENGTH = 300;
/** Quotes and notes in lists are shown up to this many code points. */
export const SHOWN_QUOTE_LENGTH = 300;

/** `text` when it has at most `limit` code points, else its first `limit` and an ellipsis. */
export function boundedText(text: string, limit: number): string {
  // A string of at most `limit` UTF-16 units has at most `limit` code points: nothing to count.
  if (text.length <= limit || codePointLength(text) <= limit) return text;
  return `${sliceCodePoints(text, 0, limit)}…`;
}

/**
 * A run of this many characters without white space is laid out on its line (scrolling), not
 * broken across lines: breaking one of 40,000 joined letters takes seconds.
 */
export const LONG_RUN = 1000;

/** True when `text` has a run of at least `length` characters (UTF-16 units) without white space. */
export function hasLongRun(text: string, length: number): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    run = /\s/.test(text.charAt(i)) ? 0 : run + 1;
    if (run >= length) return true;
  }
  return false;
}
