// Domain hooks over annotations for components (which never touch tables): one document's
// annotations, the library's per-label progress, and who has annotated a document. Each returns
// null while loading, and never the previous arguments' answer.
import type { Annotation } from '../../../shared/annotation';
import { countsBySetOnDocument, documentAnnotations, labelCountsBySet, type LabelCounts } from './annotation-repository';
import { db } from './database';
import { useKeyedQuery } from './keyed-query';

const NO_ANNOTATIONS: Annotation[] = [];
const NO_COUNTS = new Map<string, LabelCounts>();

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

/** Per set id, how many annotations the set has on a document (sets with none are absent). */
export function useCountsBySetOnDocument(documentId: string): Map<string, number> | null {
  return useKeyedQuery(documentId, () => countsBySetOnDocument(db, documentId));
}
