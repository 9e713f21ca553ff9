// How a quote from a text is shown in lists (sidebar, review, orphans): between quotation marks,
// unless it starts or ends with marks of its own, so “«…»” and ““…”” never appear; and cut, so a
// quote of 100,000 characters costs a list no more than a short one.
import { SHOWN_QUOTE_LENGTH, boundedText } from '../../../shared/bounded-text';

/** Any quotation mark (Unicode's Quotation_Mark: " ' « » “ ” „ ‹ › 「 」 『 』 …). */
const QUOTATION_MARK = /^\p{Quotation_Mark}$/u;
/** Marks that also serve as apostrophes ('tis, ’90s, players’): one alone does not make a quote quoted. */
const APOSTROPHES = new Set(["'", '\u2019']);

export function inQuotationMarks(quote: string): string {
  const first = quote.charAt(0);
  const last = quote.charAt(quote.length - 1);
  const [opens, closes] = [QUOTATION_MARK.test(first), QUOTATION_MARK.test(last)];
  const quoted = (opens && (!APOSTROPHES.has(first) || closes)) || (closes && (!APOSTROPHES.has(last) || opens));
  return quoted ? quote : `“${quote}”`;
}

/** A quote (or note) as a list shows it: cut after SHOWN_QUOTE_LENGTH code points. */
export function listedText(text: string): string {
  return boundedText(text, SHOWN_QUOTE_LENGTH);
}
