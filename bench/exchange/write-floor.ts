// The floor under any import: how long this browser's IndexedDB takes to store the same rows with
// nothing of the app around it (raw API, the annotations table's key and indexes, one transaction,
// the next chunk handed over while the last one is written), in the app's page, just before the app's
// own import, so the two meet the same machine load.
import type { Page } from '@playwright/test';
import type { Annotation } from '../../src/shared/annotation';

export interface WriteFloor {
  rows: number;
  /** From the first request to the transaction's commit. */
  ms: number;
  /** Of that, the page's main thread putting the rows into requests. */
  mainThreadMs: number;
}

/** Writes `rows` into a scratch database of the page's origin, deleted after. */
export async function measureWriteFloor(page: Page, rows: readonly Annotation[]): Promise<WriteFloor> {
  return page.evaluate(async (values) => {
    const name = `bench-write-floor-${Date.now()}`;
    const request = <T>(r: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error ?? new Error('request failed'));
      });
    const opening = indexedDB.open(name, 1);
    opening.onupgradeneeded = () => {
      const store = opening.result.createObjectStore('annotations', { keyPath: ['setId', 'id'] });
      store.createIndex('[setId+document]', ['setId', 'document']);
      store.createIndex('document', 'document');
      store.createIndex('orphan', 'orphan');
    };
    const db = await request(opening);
    const chunk = 100;
    let mainThreadMs = 0;
    const started = performance.now();
    const tx = db.transaction('annotations', 'readwrite', { durability: 'strict' });
    const committed = new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onabort = () => reject(tx.error ?? new Error('aborted'));
    });
    const store = tx.objectStore('annotations');
    let previous: Promise<unknown> | null = null;
    for (let from = 0; from < values.length; from += chunk) {
      const t = performance.now();
      let last: IDBRequest | null = null;
      for (const value of values.slice(from, from + chunk)) last = store.add(value);
      mainThreadMs += performance.now() - t;
      const written = last ? request(last) : Promise.resolve();
      if (previous) await previous;
      previous = written;
    }
    await previous;
    await committed;
    const ms = performance.now() - started;
    db.close();
    await request(indexedDB.deleteDatabase(name));
    return { rows: values.length, ms, mainThreadMs };
  }, rows);
}
