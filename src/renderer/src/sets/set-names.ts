// How a set is named on screen: the user's own set is "Yours"; a colleague's carries their name.
import type { AnnotationSet } from '../../../shared/annotation';

export function setDisplayName(set: AnnotationSet): string {
  if (set.kind === 'mine') return `${set.name} (yours)`;
  if (set.kind === 'reviewed') return set.name;
  return `${set.annotator.name}: ${set.name}`;
}

export const SET_KIND_NAMES: Record<AnnotationSet['kind'], string> = {
  mine: 'Yours, editable',
  imported: 'Imported, read-only',
  reviewed: 'Reviewed',
};
