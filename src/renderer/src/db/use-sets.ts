// The domain hook over annotation sets for components: every set, in the order they are shown.
import { useLiveQuery } from 'dexie-react-hooks';
import type { AnnotationSet } from '../../../shared/annotation';
import { compareOrdinal } from '../../../shared/ordinal';
import { db } from './database';
import { listSets } from './set-repository';

const KIND_ORDER: Record<AnnotationSet['kind'], number> = { mine: 0, reviewed: 1, imported: 2 };

function sortSets(sets: AnnotationSet[]): AnnotationSet[] {
  return sets.sort((x, y) => KIND_ORDER[x.kind] - KIND_ORDER[y.kind] || x.name.localeCompare(y.name) || compareOrdinal(x.id, y.id));
}

/** Every annotation set: the user's own first, then reviewed ones, then colleagues', each by name. */
export function useSets(): AnnotationSet[] | null {
  return useLiveQuery(async () => sortSets(await listSets(db)), [], null);
}
