// The sidebar's derived lists: annotations per label, and those shown under the label filter and
// the search. The search compares lower-cased quote and note, lower-cased once per annotation
// (an edit makes a new annotation object, so the cache never goes stale).
import type { Annotation } from '../../../shared/annotation';
import { LABELS, type LabelId } from '../../../shared/labels';
import type { ResolvedAnnotation } from '../reader/anchor';

interface SearchedText {
  exact: string;
  note: string;
}

const lowerCased = new WeakMap<Annotation, SearchedText>();

function searchedText(annotation: Annotation): SearchedText {
  let text = lowerCased.get(annotation);
  if (!text) {
    text = { exact: annotation.exact.toLocaleLowerCase(), note: annotation.note.toLocaleLowerCase() };
    lowerCased.set(annotation, text);
  }
  return text;
}

/** How many of `items` carry each label (every label present, 0 when none does). */
export function labelCounts(items: readonly ResolvedAnnotation[]): ReadonlyMap<LabelId, number> {
  const byLabel = new Map<LabelId, number>(LABELS.map((l) => [l.id, 0]));
  for (const item of items) byLabel.set(item.annotation.label, (byLabel.get(item.annotation.label) ?? 0) + 1);
  return byLabel;
}

/**
 * The items whose label is not hidden and whose quote or note contains `query` (trimmed, in any
 * case); `items` itself when nothing is filtered out, so an unfiltered list keeps its identity.
 */
export function matchingAnnotations(
  items: readonly ResolvedAnnotation[],
  hidden: ReadonlySet<LabelId>,
  query: string,
): readonly ResolvedAnnotation[] {
  const needle = query.trim().toLocaleLowerCase();
  if (hidden.size === 0 && needle === '') return items;
  return items.filter(({ annotation }) => {
    if (hidden.has(annotation.label)) return false;
    if (needle === '') return true;
    const text = searchedText(annotation);
    return text.exact.includes(needle) || text.note.includes(needle);
  });
}
