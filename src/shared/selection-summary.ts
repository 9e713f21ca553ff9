// The status bar shows the reader's current selection in the same terms annotations use
// (code-point offsets), so fact-checkers can cross-check an exported file by eye.

export interface TextSelection {
  /** Code-point offset, inclusive. */
  start: number;
  /** Code-point offset, exclusive. */
  end: number;
  exact: string;
}

export const NO_SELECTION = 'No selection';

/** "633–643 · 10 characters", or "No selection" for null or an empty selection. */
export function describeSelection(sel: TextSelection | null): string {
  if (sel === null || sel.end <= sel.start) return NO_SELECTION;
  const count = sel.end - sel.start;
  return `${sel.start}–${sel.end} · ${count} ${count === 1 ? 'character' : 'characters'}`;
}
