// How a quote from a text is shown in lists (sidebar, review, orphans): between quotation marks,
// unless it starts or ends with marks of its own, so “«…»” and ““…”” never appear.

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
