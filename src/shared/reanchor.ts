// Stored annotations whose offsets no longer select their quote (an edited article, offsets
// counted in UTF-16, a file from an older edition) are placed again by their quote and context,
// as annotation-set.md specifies; the one loop that places a batch (an import, orphans re-attached).
import type { Annotation } from './annotation';
import { orphaned, placedAt } from './annotation-factory';
import { CodePointIndex } from './code-points';
import { TextPositionAnchor, TextQuoteAnchor, selectorFor, selectsQuote, type TextSelector } from './text-selector';

/** Where a selector lands in the local text; a placed outcome carries the recomputed quote. */
export type AnchorOutcome = ({ status: 'unchanged' | 'moved' | 'fuzzy' } & TextSelector) | { status: 'orphan' };

/**
 * Places `selector` in `root`'s text:
 * 1. unchanged: its offsets select `exact`;
 * 2. moved: found by its quote (quote-match.ts), the exact occurrence with the best context;
 * 3. fuzzy: found by an approximate match of its quote near its old start;
 * 4. orphan otherwise.
 */
export function reanchor(root: CodePointIndex, selector: TextSelector): AnchorOutcome {
  if (selectsQuote(root, selector)) {
    return { status: 'unchanged', ...selectorFor(TextPositionAnchor.fromSelector(root, selector)) };
  }
  const found = TextQuoteAnchor.fromSelector(root, selector).toPositionAnchor({ hint: selector.start });
  if (found === null) return { status: 'orphan' };
  const placed = selectorFor(found);
  return { status: placed.exact === selector.exact ? 'moved' : 'fuzzy', ...placed };
}

/** The document an annotation is to be placed in, with its text; null when there is none. */
export type PlacementTarget = (annotation: Annotation) => { document: string; text: string } | null;

export interface Placement {
  /** Each annotation placed in its target's text, or kept as an orphan; in the order given. */
  annotations: Annotation[];
  /** How many were placed anywhere but at their own offsets in their own document. */
  reanchored: number;
  orphaned: number;
}

/** Places each annotation in the text `target` gives for it, or keeps it as an orphan. */
export function placeAnnotations(annotations: readonly Annotation[], target: PlacementTarget): Placement {
  const roots = new Map<string, CodePointIndex>();
  const rootOf = ({ document, text }: { document: string; text: string }): CodePointIndex => {
    let root = roots.get(document);
    if (root === undefined) roots.set(document, (root = CodePointIndex.of(text)));
    return root;
  };
  let reanchored = 0;
  let orphans = 0;
  const placed = annotations.map((annotation) => {
    const into = target(annotation);
    const outcome = into && reanchor(rootOf(into), annotation);
    if (!into || !outcome || outcome.status === 'orphan') {
      orphans += 1;
      return orphaned(annotation);
    }
    if (outcome.status !== 'unchanged' || into.document !== annotation.document) reanchored += 1;
    return placedAt(annotation, into.document, outcome);
  });
  return { annotations: placed, reanchored, orphaned: orphans };
}
