// Gathers what the review report needs: the figures, and for each decision the spans A and B had
// (named in the decision's group key) and the spans the reviewed set got.
import type { Annotation, AnnotationSet } from '../../../shared/annotation';
import { compareOrdinal } from '../../../shared/ordinal';
import type { ReviewReportInput, ReviewedSpan } from './review-report';
import { corpusFigures } from './review-selectors';
import type { ReviewState } from './review-state';

const info = (set: AnnotationSet) => ({ id: set.id, name: set.name, annotator: set.annotator.name });
const spanOf = ({ label, start, end, exact, note }: Annotation): ReviewedSpan => ({ label, start, end, exact, note });

/** The member ids a group key names, by side (see review-model.ts `groupKey`). */
function members(group: string): { a: string[]; b: string[] } {
  const ids = group.split('\u0000').slice(1);
  return {
    a: ids.filter((p) => p.startsWith('A:')).map((p) => p.slice(2)),
    b: ids.filter((p) => p.startsWith('B:')).map((p) => p.slice(2)),
  };
}

export function reportInput(
  state: ReviewState,
  setA: AnnotationSet,
  setB: AnnotationSet,
  reviewed: readonly Annotation[],
  now: Date,
): ReviewReportInput | null {
  const figures = corpusFigures(state);
  if (!figures) return null;
  const byIdA = new Map(state.documents.flatMap((d) => d.a).map((x) => [x.id, x]));
  const byIdB = new Map(state.documents.flatMap((d) => d.b).map((x) => [x.id, x]));
  const results = new Map(reviewed.map((x) => [x.id, x]));
  const decisions = [...state.decisions.values()]
    .sort((x, y) => compareOrdinal(x.document, y.document) || x.start - y.start || x.end - y.end)
    .map((d) => {
      const named = members(d.group);
      return {
        document: d.document,
        start: d.start,
        end: d.end,
        decision: d.decision,
        decidedAt: d.decidedAt,
        a: named.a.map((id) => byIdA.get(id)).filter((x) => x !== undefined).map(spanOf),
        b: named.b.map((id) => byIdB.get(id)).filter((x) => x !== undefined).map(spanOf),
        result: d.annotationIds.flatMap((id) => {
          const r = results.get(id);
          return r ? [{ label: r.label, start: r.start, end: r.end, exact: r.exact, provenance: r.provenance ?? 'edited' }] : [];
        }),
      };
    });
  return {
    setA: info(setA),
    setB: info(setB),
    generatedAt: now,
    agreement: figures,
    documentTitles: new Map(state.documents.map((d) => [d.id, d.title])),
    decisions,
  };
}
