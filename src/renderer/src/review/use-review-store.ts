// The review store in a component: the reducer's state, fed with what storage answers for the
// chosen pair of sets, and the agreed spans accepted automatically while auto-accept is on.
import { useEffect, useMemo, useReducer, type Dispatch } from 'react';
import { useArticleSummaries, useDecisions, useReview, useSetAnnotations } from '../db/use-review';
import { reviewId } from '../db/review-repository';
import type { ReviewActions } from './review-actions';
import { placed } from './review-model';
import { agreedSpans } from './review-selectors';
import { initialReviewState, type ReviewSources, type ReviewState } from './review-state';
import { reviewReducer, type ReviewAction } from './review-store';

export function useReviewStore(
  initial: { setA: string; setB: string; documentId: string | null },
  actions: ReviewActions,
  onError: (error: unknown) => void,
): [ReviewState, Dispatch<ReviewAction>] {
  const [state, dispatch] = useReducer(reviewReducer, initial, initialReviewState);
  const annotationsA = useSetAnnotations(state.setA);
  const annotationsB = useSetAnnotations(state.setB);
  const review = useReview(reviewId(state.setA, state.setB));
  const decisions = useDecisions(review ? review.id : null);
  const ids = useMemo(() => [...new Set(placed([...(annotationsA ?? []), ...(annotationsB ?? [])]).map((x) => x.document))], [annotationsA, annotationsB]);
  const summaries = useArticleSummaries(ids);
  const sources: ReviewSources = useMemo(
    () => ({ annotationsA, annotationsB, summaries, review, decisions: review === null ? null : decisions }),
    [annotationsA, annotationsB, summaries, review, decisions],
  );
  // New answers go into the store during this render (React's pattern for state that follows
  // props), so no frame shows them half applied.
  if (state.sources !== sources) dispatch({ type: 'loaded', sources });

  // Agreed spans go into the reviewed set by themselves while auto-accept is on. The review and the
  // agreed spans keep their objects across decisions (review-store.ts), so a decision does not
  // bring this back; the repository skips what is decided already.
  const agreed = agreedSpans(state);
  const current = state.review;
  useEffect(() => {
    if (!current?.autoAcceptAgreed || state.loading) return;
    actions.autoAccept(current, true, agreed).catch(onError);
  }, [current, agreed, state.loading, actions, onError]);

  return [state, dispatch];
}
