// What removing an article does to the annotations on it, in words: nothing but the text is
// deleted, and the confirmation and the notice say how many of whose are kept as orphans.
import type { AnnotationSet } from '../../../shared/annotation';
import type { RemovedArticle } from '../db/article-repository';
import { formatCount, plural } from '../ui/plural';
import { shownName } from '../../../shared/visible-text';

/** "2 of yours", "5 of Alice's (“Crocus coverage”)", "1 in the reviewed set “Reviewed: Me + Alice”". */
function share(set: AnnotationSet, count: number): string {
  const n = formatCount(count);
  if (set.kind === 'mine') return `${n} of yours`;
  if (set.kind === 'reviewed') return `${n} in the reviewed set “${shownName(set.name)}”`;
  return `${n} of ${shownName(set.annotator.name)}'s (“${shownName(set.name)}”)`;
}

/** Whose annotations are on the article, one line per set that has any, in the sets' order. */
export function orphanShares(sets: readonly AnnotationSet[], counts: ReadonlyMap<string, number>): string[] {
  return sets.flatMap((set) => {
    const count = counts.get(set.id) ?? 0;
    return count > 0 ? [share(set, count)] : [];
  });
}

/** "8 annotations on it are kept as orphans:", or that it has none. */
export function keptAsOrphans(total: number): string {
  if (total === 0) return 'It has no annotations.';
  return total === 1 ? '1 annotation on it is kept as an orphan:' : `${plural(total, 'annotation')} on it are kept as orphans:`;
}

/** The notice once it is done: "Removed “X”; its 8 annotations are kept as orphans." */
export function describeRemoval({ title, orphaned }: RemovedArticle): string {
  if (orphaned === 0) return `Removed “${title}”.`;
  const kept = orphaned === 1 ? 'its annotation is kept as an orphan' : `its ${plural(orphaned, 'annotation')} are kept as orphans`;
  return `Removed “${title}”; ${kept}.`;
}
