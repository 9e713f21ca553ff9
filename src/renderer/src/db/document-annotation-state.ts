// One article's annotations as the reader and the sidebar show them, kept by delta: loaded once,
// then each feed event changes only the annotations it names (committed changes, with proposals
// shown over them until they settle), so a tag among 20,000 costs one insertion, not a re-read.
import type { Annotation } from '../../../shared/annotation';
import { compareAnnotations } from '../../../shared/annotation-order';
import { compareOrdinal } from '../../../shared/ordinal';
import { annotationIdKey, type AnnotationChanges, type FeedEvent } from './annotation-feed';

/** Which annotations a view holds: those of these sets on this document. */
export interface DocumentScope {
  readonly setIds: ReadonlySet<string>;
  readonly documentId: string;
}

export interface DocumentAnnotationState {
  readonly scope: DocumentScope;
  /** As stored, by key. */
  readonly committed: ReadonlyMap<string, Annotation>;
  /** Changes not yet committed, oldest first, each limited to the scope: by key, a row or null for deleted. */
  readonly proposals: ReadonlyMap<number, ScopedChanges>;
  /** What is shown (committed, with the proposals over it), by key. */
  readonly shown: ReadonlyMap<string, Annotation>;
  /** The shown annotations in text order: export order, ties by set id. Unchanged ones keep their identity. */
  readonly list: readonly Annotation[];
}

type ScopedChanges = ReadonlyMap<string, Annotation | null>;

/** Above this many changed annotations, the list is sorted again instead of edited in place. */
const REBUILD_ABOVE = 64;

/** The one text order of a view: export order, then set id (two sets may hold the same id). */
export const compareShown = (a: Annotation, b: Annotation): number => compareAnnotations(a, b) || compareOrdinal(a.setId, b.setId);

/** The state of a view once its annotations are read. */
export function loadedDocumentState(scope: DocumentScope, annotations: readonly Annotation[]): DocumentAnnotationState {
  const committed = new Map<string, Annotation>();
  for (const a of annotations) if (inScope(scope, a)) committed.set(annotationIdKey(a.setId, a.id), a);
  return { scope, committed, proposals: new Map(), shown: committed, list: [...committed.values()].sort(compareShown) };
}

/** The state after a feed event; `list` stays the same array when nothing shown changed. */
export function reduceDocumentState(state: DocumentAnnotationState, event: FeedEvent): DocumentAnnotationState {
  switch (event.type) {
    case 'committed': {
      const changes = scoped(state.scope, event.changes);
      if (changes.size === 0) return state;
      const committed = new Map(state.committed);
      for (const [key, row] of changes) {
        if (row) committed.set(key, row);
        else committed.delete(key);
      }
      return reshown({ ...state, committed }, changes.keys());
    }
    case 'proposed': {
      const changes = scoped(state.scope, event.changes);
      if (changes.size === 0) return state;
      const proposals = new Map(state.proposals).set(event.proposal, changes);
      return reshown({ ...state, proposals }, changes.keys());
    }
    case 'settled':
    case 'withdrawn': {
      const ended = state.proposals.get(event.proposal);
      if (!ended) return state;
      const proposals = new Map(state.proposals);
      proposals.delete(event.proposal);
      return reshown({ ...state, proposals }, ended.keys());
    }
  }
}

function inScope(scope: DocumentScope, a: Annotation): boolean {
  return a.document === scope.documentId && scope.setIds.has(a.setId);
}

/** The changes that concern the scope, by key: a row, or null for gone (a row moved out of scope is gone). */
function scoped(scope: DocumentScope, changes: AnnotationChanges): Map<string, Annotation | null> {
  const result = new Map<string, Annotation | null>();
  for (const row of changes.puts) {
    if (inScope(scope, row)) result.set(annotationIdKey(row.setId, row.id), row);
    else if (scope.setIds.has(row.setId)) result.set(annotationIdKey(row.setId, row.id), null);
  }
  for (const [setId, id] of changes.deletes) if (scope.setIds.has(setId)) result.set(annotationIdKey(setId, id), null);
  return result;
}

/** What `key` shows: the newest proposal that names it, else the stored record. */
function shownValue(state: DocumentAnnotationState, key: string): Annotation | undefined {
  let value = state.committed.get(key);
  for (const changes of state.proposals.values()) if (changes.has(key)) value = changes.get(key) ?? undefined;
  return value;
}

/** Recomputes what the `keys` show, and edits the list where that changed. */
function reshown(state: DocumentAnnotationState, keys: Iterable<string>): DocumentAnnotationState {
  const changed: Array<{ before: Annotation | undefined; after: Annotation | undefined }> = [];
  let shown: Map<string, Annotation> | null = null;
  for (const key of new Set(keys)) {
    const before = state.shown.get(key);
    const after = shownValue(state, key);
    if (before === after) continue;
    shown ??= new Map(state.shown);
    if (after) shown.set(key, after);
    else shown.delete(key);
    changed.push({ before, after });
  }
  if (!shown) return state;
  return { ...state, shown, list: changed.length > REBUILD_ABOVE ? [...shown.values()].sort(compareShown) : edited(state.list, changed) };
}

/** `list` with each `before` taken out and each `after` put in its place in text order. */
function edited(list: readonly Annotation[], changes: ReadonlyArray<{ before: Annotation | undefined; after: Annotation | undefined }>): Annotation[] {
  const next = [...list];
  for (const { before, after } of changes) {
    if (before) {
      const at = lowerBound(next, before);
      const index = next[at] === before ? at : next.indexOf(before);
      if (index >= 0) next.splice(index, 1);
    }
    if (after) next.splice(lowerBound(next, after), 0, after);
  }
  return next;
}

/** The first index whose annotation does not come before `a`. */
function lowerBound(list: readonly Annotation[], a: Annotation): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (compareShown(list[mid] as Annotation, a) < 0) low = mid + 1;
    else high = mid;
  }
  return low;
}
