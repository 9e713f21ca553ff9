// Domain hooks for the review screen (components never touch tables): the two sets' annotations,
// the review record, the reviewer's decisions and the compared articles' summaries, each null
// while loading.
import type { Annotation } from '../../../shared/annotation';
import type { Article } from '../../../shared/article';
import { annotationsInSet } from './annotation-repository';
import { db, type Decision, type Review } from './database';
import { articleSummaries, listReviewerDecisions } from './review-repository';
import { useKeyedQuery } from './keyed-query';

/** Every annotation of a set ([] for no set). */
export function useSetAnnotations(setId: string | null): Annotation[] | null {
  return useKeyedQuery(String(setId), async () => (setId === null ? [] : annotationsInSet(db, setId).toArray()));
}

/** The review record (undefined until the first decision creates it; for no id too). */
export function useReview(id: string | null): Review | undefined | null {
  return useKeyedQuery(String(id), async () => (id === null ? undefined : db.reviews.get(id)));
}

/** The reviewer's decisions (not the automatic ones); [] for no review. */
export function useDecisions(reviewId: string | null): Decision[] | null {
  return useKeyedQuery(String(reviewId), async () => (reviewId === null ? [] : listReviewerDecisions(db, reviewId)));
}

/** Title and length of the given library articles (no texts), by id. */
export function useArticleSummaries(ids: readonly string[]): Map<string, Pick<Article, 'id' | 'title' | 'length'>> | null {
  const key = [...ids].sort().join('\u0000');
  return useKeyedQuery(key, () => articleSummaries(db, ids));
}
