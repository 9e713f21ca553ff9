// The one place where the reader converts between the stored representation (code-point
// offsets + quote, src/shared) and the resolved anchor (ProseMirror positions).
import type { Node } from 'prosemirror-model';
import type { Annotation } from '../../../shared/annotation';
import type { OffsetMap } from '../../../shared/offset-map';
import type { TextSelection } from '../../../shared/selection-summary';
import { selectorMatches } from '../../../shared/text-quote';

/** A range of ProseMirror positions in the reader's document. */
export interface ResolvedAnchor {
  from: number;
  to: number;
}

/** An annotation placed in the reader; `flagged` when its stored quote no longer matches the text. */
export interface ResolvedAnnotation extends ResolvedAnchor {
  key: string;
  annotation: Annotation;
  flagged: boolean;
}

/** Identifies an annotation across sets (ids are unique only within a set). */
export const annotationKey = (a: { setId: string; id: string }): string => `${a.setId}\u0000${a.id}`;

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

/**
 * Places a stored annotation in the text. When the quote no longer matches (the text changed),
 * it stays at its offsets, flagged, if they still fit the text; otherwise it cannot be shown (null).
 */
export function resolveAnnotation(text: string, map: OffsetMap, annotation: Annotation): ResolvedAnnotation | null {
  const flagged = !selectorMatches(text, map, annotation);
  const { start, end } = annotation;
  if (flagged && !(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= map.length)) {
    return null;
  }
  return { key: annotationKey(annotation), annotation, flagged, ...toResolvedAnchor(map, start, end) };
}
