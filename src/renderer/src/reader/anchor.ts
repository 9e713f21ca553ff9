// The one place where the reader converts between places in the text as stored (selectors: code-point
// offsets and quotes, src/shared/text-selector.ts) and in its document (ProseMirror positions),
// through the text's UTF-16 ranges: TextPositionAnchor on one side, DocumentPositions on the other.
import type { Annotation } from '../../../shared/annotation';
import type { TextSelection } from '../../../shared/selection-summary';
import {
  TextPositionAnchor,
  TextQuoteAnchor,
  selectsQuote,
  type TextPositionSelector,
} from '../../../shared/text-selector';
import type { DocumentPositions } from './document-positions';

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

/** The ProseMirror range of a selector's offsets. */
export function toResolvedAnchor(positions: DocumentPositions, selector: TextPositionSelector): ResolvedAnchor {
  const { from, to } = TextPositionAnchor.fromSelector(positions.codePoints, selector).toRange();
  return { from: positions.toPosition(from), to: positions.toPosition(to) };
}

/** The code-point selection a ProseMirror range covers, with its text (null when empty). */
export function toTextSelection(positions: DocumentPositions, anchor: ResolvedAnchor): TextSelection | null {
  const range = { from: positions.toIndex(anchor.from), to: positions.toIndex(anchor.to) };
  const { start, end } = TextPositionAnchor.fromRange(positions.codePoints, range);
  if (start === end) return null;
  return { start, end, exact: TextQuoteAnchor.fromRange(positions.codePoints, range).exact };
}

/** The position where code point `offset` starts (clamped to the text). */
export function positionAtOffset(positions: DocumentPositions, offset: number): number {
  const clamped = Math.min(Math.max(Math.round(offset), 0), positions.codePoints.length);
  return toResolvedAnchor(positions, { start: clamped, end: clamped }).from;
}

/** The code-point offset at a position (inside a surrogate pair: the pair's). */
export function offsetAtPosition(positions: DocumentPositions, position: number): number {
  const index = positions.toIndex(position);
  return TextPositionAnchor.fromRange(positions.codePoints, { from: index, to: index }).start;
}

/**
 * Places a stored annotation in the text. When the quote no longer matches (the text changed),
 * it stays at its offsets, flagged, if they still fit the text; otherwise it cannot be shown (null).
 */
export function resolveAnnotation(positions: DocumentPositions, annotation: Annotation): ResolvedAnnotation | null {
  const flagged = !selectsQuote(positions.codePoints, annotation);
  if (flagged && !(TextPositionAnchor.fits(positions.codePoints, annotation) && annotation.start < annotation.end)) {
    return null;
  }
  return { key: annotationKey(annotation), annotation, flagged, ...toResolvedAnchor(positions, annotation) };
}
