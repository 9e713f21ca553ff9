// A request that fails because its transaction aborted reports the transaction's error, on real
// IndexedDB: another request's unhandled error aborts the transaction (as a full disk does at a write).
import { Dexie } from 'dexie';
import { expect, it } from 'vitest';
import { testDatabase } from './test-database';
import { testAnnotation } from './test-records';

it("fails a bulk write cut short by its transaction's abort with the transaction's error, not a bare AbortError", async () => {
  const db = testDatabase();
  await db.annotations.add(testAnnotation('s', '1'));
  let failure: unknown = null;
  await db
    .transaction('rw', db.annotations, async () => {
      const transaction = (Dexie.currentTransaction as unknown as { idbtrans: IDBTransaction }).idbtrans;
      // A duplicate key, its error neither handled nor seen by Dexie: IndexedDB aborts the transaction with it.
      const duplicate = transaction.objectStore('annotations').add(testAnnotation('s', '1'));
      duplicate.onerror = (event) => event.stopPropagation();
      await db.annotations.bulkAdd([testAnnotation('s', '2'), testAnnotation('s', '3')]);
    })
    .catch((error: unknown) => {
      failure = error;
    });
  expect(failure).toBeInstanceOf(Dexie.BulkError);
  expect((failure as InstanceType<typeof Dexie.BulkError>).failures.map((f) => f.name)).toEqual(['ConstraintError', 'ConstraintError']);
  expect(await db.annotations.count()).toBe(1);
});
