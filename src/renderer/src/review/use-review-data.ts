// Everything the review screen shows, derived from the two sets: annotations per document, the
// disagreements of the chosen scope, class counts and the agreement figures (the same shared code
// as `veritag agreement`), and the agreed spans to accept automatically.
import { useMemo } from 'react';
import type { Annotation, AnnotationSet } from '../../../shared/annotation';
import { agreement, type CorpusAgreement } from '../../../shared/agreement';
import type { Decision } from '../db/database';
import { useArticleSummaries, useDecisions, useReview, useSetAnnotations } from '../db/use-review';
import { reviewId } from '../db/review-repository';
import { agreedAnnotation, agreedKey, agreedPairs, classCounts, placed, reviewGroups, type ReviewGroup, type SpanClass } from './review-model';

const byDocument = (annotations: readonly Annotation[] | null): Map<string, Annotation[]> => {
  const map = new Map<string, Annotation[]>();
  for (const a of placed(annotations ?? [])) {
    const list = map.get(a.document);
    if (list) list.push(a);
    else map.set(a.document, [a]);
  }
  return map;
};

export interface ReviewData {
  loading: boolean;
  review: ReturnType<typeof useReview>;
  decisions: ReadonlyMap<string, Decision>;
  /** Documents with at least one annotation in either set, sorted by id, with title and length. */
  documents: Array<{ id: string; title: string; length: number }>;
  a: ReadonlyMap<string, Annotation[]>;
  b: ReadonlyMap<string, Annotation[]>;
  /** Disagreements of the scope (one document, or all), in document then text order. */
  groups: ReviewGroup[];
  counts: Record<SpanClass, number>;
  figures: CorpusAgreement | null;
  /** Per document, how many disagreements. */
  disagreementCounts: ReadonlyMap<string, number>;
}

export function useReviewData(setA: AnnotationSet | null, setB: AnnotationSet | null, documentId: string | null): ReviewData {
  const annotationsA = useSetAnnotations(setA?.id ?? null);
  const annotationsB = useSetAnnotations(setB?.id ?? null);
  const review = useReview(setA && setB ? reviewId(setA.id, setB.id) : null);
  const decisionList = useDecisions(review?.id ?? null);
  const a = useMemo(() => byDocument(annotationsA), [annotationsA]);
  const b = useMemo(() => byDocument(annotationsB), [annotationsB]);
  const ids = useMemo(() => [...new Set([...a.keys(), ...b.keys()])].sort(), [a, b]);
  const summaries = useArticleSummaries(ids);

  return useMemo(() => {
    const documents = ids.flatMap((id) => {
      const s = summaries?.get(id);
      return s ? [{ id, title: s.title, length: s.length }] : [];
    });
    const decisions = new Map((decisionList ?? []).map((d) => [d.group, d]));
    const perDocument = new Map(documents.map((d) => [d.id, reviewGroups(d.id, a.get(d.id) ?? [], b.get(d.id) ?? [])]));
    const scope = documentId ? documents.filter((d) => d.id === documentId) : documents;
    const groups = scope.flatMap((d) => perDocument.get(d.id) ?? []);
    const counts: Record<SpanClass, number> = { agree: 0, boundary: 0, label: 0, 'only-a': 0, 'only-b': 0 };
    for (const d of scope) {
      const c = classCounts(a.get(d.id) ?? [], b.get(d.id) ?? []);
      for (const k of Object.keys(counts) as SpanClass[]) counts[k] += c[k];
    }
    const figures = documents.length
      ? agreement(documents.map((d) => ({ id: d.id, length: d.length, a: a.get(d.id) ?? [], b: b.get(d.id) ?? [] })))
      : null;
    return {
      loading: annotationsA === null || annotationsB === null || summaries === null || review === null || decisionList === null,
      review,
      decisions,
      documents,
      a,
      b,
      groups,
      counts,
      figures,
      disagreementCounts: new Map([...perDocument].map(([id, g]) => [id, g.length])),
    };
  }, [ids, summaries, decisionList, a, b, documentId, annotationsA, annotationsB, review]);
}

/** The automatic decisions for every agreed pair of the review (applied when auto-accept is on). */
export function agreedDecisions(data: ReviewData, reviewedSetId: string, reviewIdValue: string, now: Date) {
  return data.documents.flatMap((d) =>
    agreedPairs(data.a.get(d.id) ?? [], data.b.get(d.id) ?? []).map((pair) => {
      const annotation = agreedAnnotation(pair, reviewedSetId, now);
      const decision: Decision = {
        reviewId: reviewIdValue,
        group: agreedKey(d.id, pair),
        document: d.id,
        start: pair.a.start,
        end: pair.a.end,
        decision: 'accept-both',
        decidedAt: now.toISOString(),
        annotationIds: [annotation.id],
        auto: true,
      };
      return { decision, annotation };
    }),
  );
}
