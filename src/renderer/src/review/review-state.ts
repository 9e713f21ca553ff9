// The review screen's state: what the reviewer chose (sets, article, filters, the current
// disagreement) and what storage loaded. Changed only by the reducer (review-store.ts), read
// through the memoised selectors (review-selectors.ts).
import type { Annotation } from '../../../shared/annotation';
import type { LabelId } from '../../../shared/labels';
import type { TextSelection } from '../../../shared/selection-summary';
import type { Decision, Review } from '../db/storage';
import type { SpanClass } from './review-model';

/** One article compared: its summary and each set's placed annotations in it. */
export interface ComparedDocument {
  id: string;
  title: string;
  length: number;
  a: readonly Annotation[];
  b: readonly Annotation[];
}

/** What storage answered; null while loading. */
export interface ReviewSources {
  annotationsA: readonly Annotation[] | null;
  annotationsB: readonly Annotation[] | null;
  summaries: ReadonlyMap<string, { title: string; length: number }> | null;
  /** Undefined until the first decision creates the review. */
  review: Review | undefined | null;
  /** The reviewer's decisions (not the automatic ones). */
  decisions: readonly Decision[] | null;
}

export interface ReviewState {
  setA: string;
  setB: string;
  /** One article, or null for all. */
  documentId: string | null;
  hiddenClasses: ReadonlySet<SpanClass>;
  hiddenLabels: ReadonlySet<LabelId>;
  currentKey: string | null;
  /** A new nonce asks the panes to scroll to the offset. */
  focus: { offset: number; nonce: number } | null;
  /** Text selected in a pane: the reviewer's own boundaries for an edit. */
  paneSelection: TextSelection | null;
  reporting: boolean;
  /** Auto-accept as chosen before the review exists (after, the review record's own setting). */
  autoAccept: boolean;
  loading: boolean;
  /** Articles with annotations in either set, sorted by id (ordinally); those missing from the library left out. */
  documents: readonly ComparedDocument[];
  review: Review | undefined;
  /** The reviewer's decisions by group key. */
  decisions: ReadonlyMap<string, Decision>;
  /** The latest answers, to tell what changed. */
  sources: ReviewSources;
}

/** Nothing answered yet. */
export const NO_SOURCES: ReviewSources = { annotationsA: null, annotationsB: null, summaries: null, review: null, decisions: null };

export function initialReviewState(choice: { setA: string; setB: string; documentId: string | null }): ReviewState {
  return {
    ...choice,
    hiddenClasses: new Set(),
    hiddenLabels: new Set(),
    currentKey: null,
    focus: null,
    paneSelection: null,
    reporting: false,
    autoAccept: true,
    loading: true,
    documents: [],
    review: undefined,
    decisions: new Map(),
    sources: NO_SOURCES,
  };
}
