// When a transaction aborts, IndexedDB fails each of its pending requests with a bare AbortError
// ("The transaction was aborted") and puts the reason in the transaction's own `error`: on a full
// disk, "IO error: … FILE_ERROR_NO_SPACE". Dexie reports the requests' errors (a BulkError of
// AbortErrors), so the reason would be lost; this Dexie middleware puts it in their place.
import type { DBCore, DBCoreMutateResponse, Middleware } from 'dexie';

/** `response` with each AbortError of its failures replaced by the transaction's error (when it has one). */
function withCause(response: DBCoreMutateResponse, cause: DOMException | null): DBCoreMutateResponse {
  if (response.numFailures === 0 || cause === null) return response;
  const failures: DBCoreMutateResponse['failures'] = {};
  for (const [position, failure] of Object.entries(response.failures)) {
    failures[Number(position)] = failure.name === 'AbortError' ? cause : failure;
  }
  return { ...response, failures };
}

export const abortCause: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'abortCause',
  create: (down) => ({
    ...down,
    table: (name) => {
      const table = down.table(name);
      return {
        ...table,
        // Over IndexedDB, Dexie's transaction object is the IDBTransaction itself.
        mutate: async (req) => withCause(await table.mutate(req), (req.trans as unknown as IDBTransaction).error),
      };
    },
  }),
};
