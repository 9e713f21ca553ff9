// A live query whose answer is tagged with the key it was asked for: until the query for the
// current key answers, the hook reads as loading (null), never as the previous key's answer.
import { useLiveQuery } from 'dexie-react-hooks';

export function useKeyedQuery<T>(key: string, query: () => T | Promise<T>): T | null {
  const result = useLiveQuery(async () => ({ key, value: await query() }), [key], null);
  return result === null || result.key !== key ? null : result.value;
}
