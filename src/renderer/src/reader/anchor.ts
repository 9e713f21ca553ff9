// The one place where the reader converts between the stored representation (code-point
// offsets + quote, src/shared) and the resolved anchor (ProseMirror positions).
import type { Node } from 'prosemirror-model';
import type { OffsetMap } from '../../../shared/offset-map';
import type { TextSelection } from '../../../shared/selection-summary';

/** A range of ProseMirror positions in the reader's document. */
export interface ResolvedAnchor {
  from: number;
  to: number;
}

/** The code-point selection a ProseMirror range covers (null when empty). */
export function toTextSelection(doc: Node, map: OffsetMap, anchor: ResolvedAnchor): TextSelection | null {
  if (anchor.from === anchor.to) return null;
  const start = map.toOffset(anchor.from);
  const end = map.toOffset(anchor.to);
  if (start === end) return null;
  return { start, end, exact: doc.textBetween(anchor.from, anchor.to, '\n') };
}

/** The ProseMirror range for code-point offsets. */
export function toResolvedAnchor(map: OffsetMap, start: number, end: number): ResolvedAnchor {
  return { from: map.toPosition(start), to: map.toPosition(end) };
}
