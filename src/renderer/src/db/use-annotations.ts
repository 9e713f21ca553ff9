// Domain hooks over the workspace and annotations for components (which never touch tables):
// each returns null while loading, and never the previous arguments' answer.
import { useLiveQuery } from 'dexie-react-hooks';
import type { Annotation, AnnotationSet } from '../../../shared/annotation';
import { countDocumentAnnotations } from '../library/article-repository';
import { documentAnnotations, labelCountsBySet, type LabelCounts } from './annotation-repository';
import { db } from './database';
import { listOrphans, type Orphan } from './set-repository';
import { readWorkspace, type Workspace } from './workspace-repository';

const NO_ANNOTATIONS: Annotation[] = [];
const NO_COUNTS = new Map<string, LabelCounts>();

/** The profile and the user's own set; null while loading or before ensureWorkspace has run. */
export function useWorkspace(): Workspace | null {
  return useLiveQuery(async () => (await readWorkspace(db)) ?? null, [], null);
}

/** One document's annotations in the given sets, in export order; [] for no document. */
export function useDocumentAnnotations(setIds: readonly string[], documentId: string | null): Annotation[] | null {
  return useKeyedQuery(
    JSON.stringify([setIds, documentId]),
    () => (documentId === null ? NO_ANNOTATIONS : documentAnnotations(db, setIds, documentId)),
  );
}

/** Per document id, the set's annotation counts by label (the library's progress); empty for no set. */
export function useLabelCounts(setId: string | null): Map<string, LabelCounts> | null {
  return useKeyedQuery(JSON.stringify(setId), () => (setId === null ? NO_COUNTS : labelCountsBySet(db, setId)));
}

/** How many annotations (in every set) a document has; 0 for no document. */
export function useAnnotationCount(documentId: string | null): number | null {
  return useKeyedQuery(JSON.stringify(documentId), () =>
    documentId === null ? 0 : countDocumentAnnotations(db, documentId),
  );
}

/** Every annotation set: the user's own first, then the others by name. */
export function useSets(): AnnotationSet[] | null {
  return useLiveQuery(async () => sortSets(await db.sets.toArray()), [], null);
}

/** The orphans, with their sets, documents and reasons. */
export function useOrphans(): Orphan[] | null {
  return useLiveQuery(() => listOrphans(db), [], null);
}

/** How many annotations are orphans (kept, but not placed in any article). */
export function useOrphanCount(): number | null {
  return useLiveQuery(() => db.annotations.where('orphan').equals(1).count(), [], null);
}

const KIND_ORDER: Record<AnnotationSet['kind'], number> = { mine: 0, reviewed: 1, imported: 2 };

function sortSets(sets: AnnotationSet[]): AnnotationSet[] {
  return sets.sort((x, y) => KIND_ORDER[x.kind] - KIND_ORDER[y.kind] || x.name.localeCompare(y.name) || (x.id < y.id ? -1 : 1));
}

/** A live query whose answer is tagged with the key it was asked for, so a stale one reads as loading. */
export function useKeyedQuery<T>(key: string, query: () => T | Promise<T>): T | null {
  const result = useLiveQuery(async () => ({ key, value: await query() }), [key], null);
  return result === null || result.key !== key ? null : result.value;
}
