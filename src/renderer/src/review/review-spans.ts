// A review pane's highlights: one set's annotations of the shown article, placed in its text.
import type { Annotation } from '../../../shared/annotation';
import { resolveAnnotation } from '../reader/anchor';
import type { DocumentPositions } from '../reader/document-positions';
import type { HighlightSpan } from '../reader/highlight-span';

export function paneSpans(map: DocumentPositions, annotations: readonly Annotation[]): HighlightSpan[] {
  const spans: HighlightSpan[] = [];
  for (const annotation of annotations) {
    const placed = resolveAnnotation(map, annotation);
    if (placed) spans.push({ key: placed.key, label: annotation.label, from: placed.from, to: placed.to, flagged: placed.flagged });
  }
  return spans;
}
