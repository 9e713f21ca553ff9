// Strings compared by UTF-16 code unit, never by locale: the one order of ids, labels and
// document ids in files, lists and tie-breaks, so that every machine sorts them alike.

/** Negative, zero or positive as `a` sorts before, with or after `b` by code unit. */
export function compareOrdinal(a: string, b: string): number {
  if (a < b) return -1;
  return a > b ? 1 : 0;
}
