// How a set is named on screen: the user's own set is "Yours"; a colleague's carries their name.
import type { AnnotationSet } from '../../../shared/annotation';
import { shownName } from '../../../shared/visible-text';

/** The set's name as shown (hidden and bidirectional characters made visible). */
export function setDisplayName(set: AnnotationSet): string {
  if (set.kind === 'mine') return `${shownName(set.name)} (yours)`;
  if (set.kind === 'reviewed') return shownName(set.name);
  return `${shownName(set.annotator.name)}: ${shownName(set.name)}`;
}

export const SET_KIND_NAMES: Record<AnnotationSet['kind'], string> = {
  mine: 'Yours, editable',
  imported: 'Imported, read-only',
  reviewed: 'Reviewed',
};
