// A review pane's highlights: one set's annotations of the shown article, placed in its text.
import type { Annotation } from '../../../shared/annotation';
import type { OffsetMap } from '../../../shared/offset-map';
import { resolveAnnotation } from '../reader/anchor';
import type { HighlightSpan } from '../reader/highlight-span';

export function paneSpans(text: string, map: OffsetMap, annotations: readonly Annotation[]): HighlightSpan[] {
  const spans: HighlightSpan[] = [];
  for (const annotation of annotations) {
    const placed = resolveAnnotation(text, map, annotation);
    if (placed) spans.push({ key: placed.key, label: annotation.label, from: placed.from, to: placed.to, flagged: placed.flagged });
  }
  return spans;
}
