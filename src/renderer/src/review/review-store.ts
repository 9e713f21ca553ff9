// The review's store: a pure reducer over ReviewState (review-state.ts). Loaded data is shared
// structurally: a document whose annotations did not change keeps its object, and with it its
// memoised analysis (review-selectors.ts); a decision replaces only its own entry.
import type { Annotation } from '../../../shared/annotation';
import type { LabelId } from '../../../shared/labels';
import { compareOrdinal } from '../../../shared/ordinal';
import type { TextSelection } from '../../../shared/selection-summary';
import type { Decision } from '../db/storage';
import { toggled } from '../ui/toggled';
import { placed, type SpanClass } from './review-model';
import { visibleGroups } from './review-selectors';
import { NO_SOURCES, type ComparedDocument, type ReviewSources, type ReviewState } from './review-state';

export type ReviewAction =
  | { type: 'loaded'; sources: ReviewSources }
  | { type: 'set-a-chosen'; id: string }
  | { type: 'set-b-chosen'; id: string }
  | { type: 'document-chosen'; id: string | null }
  | { type: 'class-toggled'; spanClass: SpanClass }
  | { type: 'label-toggled'; label: LabelId }
  /** `scroll`: bring it into view in the panes (not when it was clicked there). */
  | { type: 'group-chosen'; key: string; scroll: boolean }
  | { type: 'stepped'; direction: 1 | -1 }
  | { type: 'pane-selected'; selection: TextSelection | null }
  | { type: 'reporting'; open: boolean }
  | { type: 'auto-accept-chosen'; on: boolean }
  /** A decision just stored: shown at once, before storage answers again. */
  /** A decision stored for the pair of sets (setA, setB) that was on screen when it was taken. */
  | { type: 'decided'; decision: Decision; setA: string; setB: string };

export function reviewReducer(state: ReviewState, action: ReviewAction): ReviewState {
  switch (action.type) {
    case 'loaded':
      return loaded(state, action.sources);
    case 'set-a-chosen':
      return action.id === state.setA ? state : { ...otherPair(state), setA: action.id };
    case 'set-b-chosen':
      return action.id === state.setB ? state : { ...otherPair(state), setB: action.id };
    case 'document-chosen':
      return { ...state, documentId: action.id, currentKey: null, paneSelection: null };
    case 'class-toggled':
      return { ...state, hiddenClasses: toggled(state.hiddenClasses, action.spanClass) };
    case 'label-toggled':
      return { ...state, hiddenLabels: toggled(state.hiddenLabels, action.label) };
    case 'group-chosen':
      return chosen(state, action.key, action.scroll);
    case 'stepped': {
      const visible = visibleGroups(state);
      if (visible.length === 0) return state;
      const at = visible.findIndex((g) => g.key === state.currentKey);
      const next = at < 0 ? (action.direction === 1 ? 0 : visible.length - 1) : (at + action.direction + visible.length) % visible.length;
      const key = visible[next]?.key;
      return key === undefined ? state : chosen(state, key, true);
    }
    case 'pane-selected':
      return { ...state, paneSelection: action.selection };
    case 'reporting':
      return { ...state, reporting: action.open };
    case 'auto-accept-chosen':
      return { ...state, autoAccept: action.on };
    case 'decided':
      // One stored after the reviewer chose another pair belongs to that pair's review, not this one's.
      if (action.setA !== state.setA || action.setB !== state.setB) return state;
      return { ...state, decisions: new Map(state.decisions).set(action.decision.group, action.decision) };
  }
}

/** Another pair of sets: nothing of the last pair's answers, review, documents, decisions or walk stays. */
function otherPair(state: ReviewState): ReviewState {
  return {
    ...state,
    currentKey: null,
    paneSelection: null,
    decisions: new Map(),
    sources: NO_SOURCES,
    documents: [],
    review: undefined,
    loading: true,
  };
}

function chosen(state: ReviewState, key: string, scroll: boolean): ReviewState {
  const group = visibleGroups(state).find((g) => g.key === key);
  if (!group) return state;
  const focus = scroll ? { offset: group.start, nonce: (state.focus?.nonce ?? 0) + 1 } : state.focus;
  return { ...state, currentKey: key, focus };
}

/** New answers from storage, keeping every unchanged document, decision and the review as they were. */
function loaded(state: ReviewState, sources: ReviewSources): ReviewState {
  const before = state.sources;
  const { annotationsA, annotationsB, summaries, review, decisions } = sources;
  const loading = annotationsA === null || annotationsB === null || summaries === null || review === null || decisions === null;
  const documentsChanged = annotationsA !== before.annotationsA || annotationsB !== before.annotationsB || summaries !== before.summaries;
  return {
    ...state,
    sources,
    loading,
    documents: documentsChanged ? compared(state.documents, annotationsA ?? [], annotationsB ?? [], summaries) : state.documents,
    review: review === before.review ? state.review : sameRecord(state.review, review ?? undefined) ? state.review : (review ?? undefined),
    // While they reload (a new review record), the decisions shown stay.
    decisions: decisions === before.decisions || decisions === null ? state.decisions : keyed(state.decisions, decisions),
  };
}

function compared(
  previous: readonly ComparedDocument[],
  annotationsA: readonly Annotation[],
  annotationsB: readonly Annotation[],
  summaries: ReviewSources['summaries'],
): readonly ComparedDocument[] {
  const [a, b] = [byDocument(annotationsA), byDocument(annotationsB)];
  const old = new Map(previous.map((d) => [d.id, d]));
  const ids = [...new Set([...a.keys(), ...b.keys()])].sort(compareOrdinal);
  const documents = ids.flatMap((id): ComparedDocument[] => {
    const summary = summaries?.get(id);
    if (!summary) return [];
    const next = { id, title: summary.title, length: summary.length, a: a.get(id) ?? [], b: b.get(id) ?? [] };
    const kept = old.get(id);
    const same = kept && kept.title === next.title && kept.length === next.length && sameAnnotations(kept.a, next.a) && sameAnnotations(kept.b, next.b);
    return [same ? kept : next];
  });
  return documents.length === previous.length && documents.every((d, i) => d === previous[i]) ? previous : documents;
}

function byDocument(annotations: readonly Annotation[]): Map<string, Annotation[]> {
  const map = new Map<string, Annotation[]>();
  for (const x of placed(annotations)) {
    const list = map.get(x.document);
    if (list) list.push(x);
    else map.set(x.document, [x]);
  }
  return map;
}

/** The same annotations in the same order, as far as a review can tell (an edit changes `modified`). */
function sameAnnotations(x: readonly Annotation[], y: readonly Annotation[]): boolean {
  return (
    x.length === y.length &&
    x.every((p, i) => {
      const q = y[i];
      return q !== undefined && p.id === q.id && p.modified === q.modified && p.start === q.start && p.end === q.end && p.label === q.label && p.note === q.note;
    })
  );
}

function keyed(previous: ReadonlyMap<string, Decision>, decisions: readonly Decision[]): ReadonlyMap<string, Decision> {
  return new Map(
    decisions.map((d) => {
      const kept = previous.get(d.group);
      return [d.group, kept && sameRecord(kept, d) ? kept : d];
    }),
  );
}

/** Two records from storage with the same fields (plain data: strings, numbers, booleans, arrays of strings). */
function sameRecord<T extends object>(x: T | undefined, y: T | undefined): boolean {
  if (x === undefined || y === undefined) return x === y;
  const keys = Object.keys(x) as Array<keyof T>;
  return keys.length === Object.keys(y).length && keys.every((k) => (Array.isArray(x[k]) && Array.isArray(y[k]) ? x[k].join('\u0000') === y[k].join('\u0000') : x[k] === y[k]));
}
