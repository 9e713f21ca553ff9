// How a quote from a text is shown in lists (sidebar, review, orphans): between quotation marks,
// unless it starts or ends with marks of its own, so “«…»” and ““…”” never appear.

/** Any quotation mark (Unicode's Quotation_Mark: " ' « » “ ” „ ‹ › 「 」 『 』 …). */
const QUOTATION_MARK = /^\p{Quotation_Mark}$/u;
/** Marks that also serve as apostrophes, so a quote ending with one may not be quoted at all. */
const APOSTROPHES = new Set(["'", '\u2019']);

export function inQuotationMarks(quote: string): string {
  const first = quote.charAt(0);
  const last = quote.charAt(quote.length - 1);
  const quoted = QUOTATION_MARK.test(first) || (QUOTATION_MARK.test(last) && !APOSTROPHES.has(last));
  return quoted ? quote : `“${quote}”`;
}
