// Domain hooks over annotations for components (which never touch tables): one document's
// annotations, the library's per-label progress, and who has annotated a document. Each returns
// null while loading, and never the previous arguments' answer. The first two are read once and
// then follow the annotation feed's deltas, so a change costs what it changed, not a re-read.
import { useMemo, useSyncExternalStore } from 'react';
import type { Annotation } from '../../../shared/annotation';
import { annotationsInSet, countsBySetOnDocument, documentAnnotations } from './annotation-repository';
import { db } from './database';
import { loadedDocumentState, reduceDocumentState } from './document-annotation-state';
import { useKeyedQuery } from './keyed-query';
import { loadedLabelCounts, reduceLabelCounts, type LabelCounts } from './label-count-state';
import { LiveView } from './live-view';

const NO_ANNOTATIONS: readonly Annotation[] = [];
const NO_COUNTS: ReadonlyMap<string, LabelCounts> = new Map();
const nothing = () => () => undefined;

/** The open article's read, which the library's counts let go first (both read the same records). */
let documentRead: Promise<unknown> = Promise.resolve();

function readDocument(setIds: readonly string[], documentId: string): Promise<Annotation[]> {
  const annotations = documentAnnotations(db, setIds, documentId);
  documentRead = annotations.catch(() => undefined);
  return annotations;
}

async function readLabelCounts(setId: string) {
  await documentRead;
  return loadedLabelCounts(setId, await annotationsInSet(db, setId).toArray());
}

/**
 * One document's annotations in the given sets, in export order (ties by set id); [] for no
 * document. Proposed changes (a tag not yet committed) show at once; unchanged annotations keep
 * their object identity from one answer to the next.
 */
export function useDocumentAnnotations(setIds: readonly string[], documentId: string | null): readonly Annotation[] | null {
  const key = JSON.stringify([setIds, documentId]);
  const view = useMemo(() => {
    // Read back from the key, so a new array of the same ids keeps the view.
    const [ids, document] = JSON.parse(key) as [string[], string | null];
    if (document === null) return null;
    const scope = { setIds: new Set(ids), documentId: document };
    return new LiveView(db.feed, async () => loadedDocumentState(scope, await readDocument(ids, document)), reduceDocumentState);
  }, [key]);
  const state = useSyncExternalStore(view?.subscribe ?? nothing, view?.getSnapshot ?? noState);
  return view === null ? NO_ANNOTATIONS : (state?.list ?? null);
}

/** Per document id, the set's annotation counts by label (the library's progress); empty for no set. */
export function useLabelCounts(setId: string | null): ReadonlyMap<string, LabelCounts> | null {
  const view = useMemo(
    () =>
      setId === null
        ? null
        : // After the reader: the counts are read once the page is idle and the open article's annotations are in.
          new LiveView(db.feed, () => readLabelCounts(setId), reduceLabelCounts, true),
    [setId],
  );
  const state = useSyncExternalStore(view?.subscribe ?? nothing, view?.getSnapshot ?? noState);
  return view === null ? NO_COUNTS : (state?.counts ?? null);
}

/** Per set id, how many annotations the set has on a document (sets with none are absent). */
export function useCountsBySetOnDocument(documentId: string): Map<string, number> | null {
  return useKeyedQuery(documentId, () => countsBySetOnDocument(db, documentId));
}

function noState(): null {
  return null;
}
