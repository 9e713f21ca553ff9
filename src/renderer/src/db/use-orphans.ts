// Domain hooks over the orphans (annotations kept but not placed in any article) for components.
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from './database';
import { listOrphans, type Orphan } from './set-repository';

/** The orphans, with their sets, documents and reasons. */
export function useOrphans(): Orphan[] | null {
  return useLiveQuery(() => listOrphans(db), [], null);
}

/** How many annotations are orphans. */
export function useOrphanCount(): number | null {
  return useLiveQuery(() => db.annotations.where('orphan').equals(1).count(), [], null);
}
