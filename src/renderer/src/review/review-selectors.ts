// What the review screen shows, derived from its state and memoised: each document's analysis
// (disagreements, classes, agreed spans) once per document object, the figures once per set of
// documents. A decision changes neither, so deciding recomputes only what shows the decision.
import { agreement, type CorpusAgreement, type DocumentAgreement, type LabelFigures, type OverallFigures } from '../../../shared/agreement';
import type { LabelId } from '../../../shared/labels';
import type { Decision } from '../db/storage';
import { documentReview, emptyClassCounts, type AgreedSpan, type DocumentReview, type ReviewGroup, type SpanClass } from './review-model';
import type { ComparedDocument, ReviewState } from './review-state';

/** `compute` answering again from its last call when every argument is the same (Object.is). */
function lastCall<A extends readonly unknown[], R>(compute: (...args: A) => R): (...args: A) => R {
  let last: { args: A; result: R } | null = null;
  return (...args: A): R => {
    if (last !== null && last.args.length === args.length && last.args.every((x, i) => Object.is(x, args[i]))) return last.result;
    const result = compute(...args);
    last = { args, result };
    return result;
  };
}

const analyses = new WeakMap<ComparedDocument, DocumentReview>();

/** One document's disagreements, class counts and agreed spans, computed once per document object. */
export function documentAnalysis(document: ComparedDocument): DocumentReview {
  let analysis = analyses.get(document);
  if (!analysis) {
    analysis = documentReview(document.id, document.a, document.b);
    analyses.set(document, analysis);
  }
  return analysis;
}

const inScope = lastCall((documents: readonly ComparedDocument[], documentId: string | null) =>
  documentId === null ? documents : documents.filter((d) => d.id === documentId),
);

/** The documents of the chosen scope: one article, or all. */
const scopeDocuments = (state: ReviewState): readonly ComparedDocument[] => inScope(state.documents, state.documentId);

const groupsOf = lastCall((documents: readonly ComparedDocument[]) => documents.flatMap((d) => documentAnalysis(d).groups));

/** The disagreements of the scope, in document then text order. */
export const scopeGroups = (state: ReviewState): readonly ReviewGroup[] => groupsOf(scopeDocuments(state));

const filtered = lastCall((groups: readonly ReviewGroup[], hiddenClasses: ReadonlySet<SpanClass>, hiddenLabels: ReadonlySet<LabelId>) =>
  groups.filter((g) => {
    const classes = [...g.aClasses, ...g.bClasses];
    const labels = [...g.a, ...g.b].map((x) => x.label);
    return classes.some((c) => !hiddenClasses.has(c)) && labels.some((l) => !hiddenLabels.has(l));
  }),
);

/** The disagreements the filters let through: what the list shows and n / p walk. */
export const visibleGroups = (state: ReviewState): readonly ReviewGroup[] => filtered(scopeGroups(state), state.hiddenClasses, state.hiddenLabels);

/** The current disagreement, when the filters show it. */
export const currentGroup = (state: ReviewState): ReviewGroup | null => visibleGroups(state).find((g) => g.key === state.currentKey) ?? null;

const countsOf = lastCall((documents: readonly ComparedDocument[]) => {
  const counts = emptyClassCounts();
  for (const d of documents) {
    const c = documentAnalysis(d).counts;
    for (const k of Object.keys(counts) as SpanClass[]) counts[k] += c[k];
  }
  return counts;
});

/** Spans of the scope by class (A's, then B's not agreeing). */
export const classCounts = (state: ReviewState): Record<SpanClass, number> => countsOf(scopeDocuments(state));

const decidedOf = lastCall((groups: readonly ReviewGroup[], decisions: ReadonlyMap<string, Decision>) => groups.filter((g) => decisions.has(g.key)).length);

/** How many of the scope's disagreements have a decision. */
export const decidedCount = (state: ReviewState): number => decidedOf(scopeGroups(state), state.decisions);

const figuresOf = lastCall((documents: readonly ComparedDocument[]): CorpusAgreement | null =>
  documents.length === 0 ? null : agreement(documents.map((d) => ({ id: d.id, length: d.length, a: d.a, b: d.b }))),
);

/** The agreement figures of every compared document and of the corpus (agreement.md). */
export const corpusFigures = (state: ReviewState): CorpusAgreement | null => figuresOf(state.documents);

/** The figures of the scope: the chosen article's, or the corpus'. */
export function scopeFigures(state: ReviewState): DocumentAgreement | { perLabel: Record<LabelId, LabelFigures>; overall: OverallFigures } | null {
  const figures = corpusFigures(state);
  if (!figures) return null;
  return state.documentId === null ? figures.corpus : (figures.documents.find((d) => d.id === state.documentId) ?? null);
}

const agreedOf = lastCall((documents: readonly ComparedDocument[]) => documents.flatMap((d) => documentAnalysis(d).agreed));

/** Every agreed span of the compared documents (what auto-accept accepts). */
export const agreedSpans = (state: ReviewState): readonly AgreedSpan[] => agreedOf(state.documents);

const countsPerDocument = lastCall(
  (documents: readonly ComparedDocument[]): ReadonlyMap<string, number> => new Map(documents.map((d) => [d.id, documentAnalysis(d).groups.length])),
);

/** Per document, how many disagreements. */
export const disagreementCounts = (state: ReviewState): ReadonlyMap<string, number> => countsPerDocument(state.documents);
