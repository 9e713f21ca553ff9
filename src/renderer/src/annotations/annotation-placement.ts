// Where one article's annotations go in the reader, worked out once per annotation object: the
// annotation list keeps unchanged annotations from one change to the next, so a change among
// 20,000 places one, and the reader and the sidebar get the same objects for all the others.
import type { Annotation } from '../../../shared/annotation';
import { resolveAnnotation, type ResolvedAnnotation } from '../reader/anchor';
import type { DocumentPositions } from '../reader/document-positions';
import type { HighlightSpan } from '../reader/highlight-span';

export interface Placement {
  /** The annotations placed in the text, in the list's order. */
  readonly resolved: readonly ResolvedAnnotation[];
  /** Their highlights, in the same order; the user's own set is painted, the others muted. */
  readonly spans: readonly HighlightSpan[];
  /** How many could not be placed at all. */
  readonly unplaced: number;
}

export class AnnotationPlacement {
  private readonly places = new WeakMap<Annotation, { resolved: ResolvedAnnotation; span: HighlightSpan } | null>();

  constructor(
    private readonly map: DocumentPositions,
    private readonly ownSetId: string,
  ) {}

  place(annotations: readonly Annotation[]): Placement {
    const resolved: ResolvedAnnotation[] = [];
    const spans: HighlightSpan[] = [];
    for (const annotation of annotations) {
      let place = this.places.get(annotation);
      if (place === undefined) {
        place = this.placeOne(annotation);
        this.places.set(annotation, place);
      }
      if (place) {
        resolved.push(place.resolved);
        spans.push(place.span);
      }
    }
    return { resolved, spans, unplaced: annotations.length - resolved.length };
  }

  private placeOne(annotation: Annotation): { resolved: ResolvedAnnotation; span: HighlightSpan } | null {
    const resolved = resolveAnnotation(this.map, annotation);
    if (!resolved) return null;
    const { key, from, to, flagged } = resolved;
    return { resolved, span: { key, label: annotation.label, from, to, flagged, muted: annotation.setId !== this.ownSetId } };
  }
}
