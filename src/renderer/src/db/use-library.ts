// Domain hooks over the article library for components (which never touch tables):
// each returns null while loading.
import { useLiveQuery } from 'dexie-react-hooks';
import type { Article } from '../../../shared/article';
import { db } from './database';

/** Every article, oldest first (bundled seeds in file order, then the user's own). */
export function useArticles(): Article[] | null {
  return useLiveQuery(() => db.documents.orderBy('addedAt').toArray(), [], null);
}

/** One article: null while loading, undefined when there is no such article. */
export function useArticle(id: string | null): Article | null | undefined {
  const result = useLiveQuery(
    async () => ({ id, article: id === null ? undefined : await db.documents.get(id) }),
    [id],
    null,
  );
  // Until the query for this id answers, useLiveQuery still holds the previous id's result.
  return result === null || result.id !== id ? null : result.article;
}
