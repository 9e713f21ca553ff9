// The change journal on real IndexedDB: each committed transaction that changes the user's own work
// is counted in meta.changeCounter and reaches the sink once, in order; colleagues' sets, aborted
// transactions and restores do not.
import { describe, expect, it } from 'vitest';
import { CHANGE_COUNTER_KEY, emptyRows, type JournalEntry } from '../../../shared/durable-copy';
import { addAnnotation, deleteAnnotation } from './annotation-repository';
import { removeArticle } from './article-repository';
import { journalChanges } from './change-journal';
import { readChangeCounter, restoreCopyState } from './copy-repository';
import type { VeritagDatabase } from './database';
import { storeImportedSet } from './set-repository';
import { testDatabase } from './test-database';
import { DOC_A, testAnnotation, testArticle, testSet } from './test-records';

const NOW = new Date('2026-12-02T04:00:00.000Z');

async function journaledDatabase(): Promise<{ db: VeritagDatabase; entries: JournalEntry[] }> {
  const db = testDatabase();
  const entries: JournalEntry[] = [];
  journalChanges(db, (entry) => entries.push(entry), () => NOW);
  await db.transaction('rw', db.sets, db.documents, async () => {
    await db.sets.bulkAdd([testSet('mine', 'mine'), testSet('reviewed', 'reviewed')]);
    await db.documents.add(testArticle(DOC_A));
  });
  return { db, entries };
}

describe('the change journal', () => {
  it('counts each committed change to the own work and hands over its rows after the commit', async () => {
    const { db, entries } = await journaledDatabase();
    expect(entries).toHaveLength(1);
    expect(entries[0]?.changes.map((c) => `${c.table}:${c.op}`).sort()).toEqual(['documents:put', 'sets:put', 'sets:put']);

    const tagged = testAnnotation('mine', 'a1');
    await addAnnotation(db, tagged, NOW);
    await deleteAnnotation(db, 'mine', 'a1', NOW);
    expect(entries.map((e) => e.counter)).toEqual([1, 2, 3]);
    expect(await readChangeCounter(db)).toBe(3);
    expect(entries[1]).toEqual({
      counter: 2,
      at: NOW.toISOString(),
      changes: [
        { table: 'sets', op: 'put', row: { ...testSet('mine', 'mine'), modified: NOW.toISOString() } },
        { table: 'annotations', op: 'put', row: tagged },
      ],
    });
    expect(entries[2]?.changes).toContainEqual({ table: 'annotations', op: 'delete', key: ['mine', 'a1'] });
  });

  it('leaves out colleagues’ sets and their annotations, and a transaction that changed nothing else', async () => {
    const { db, entries } = await journaledDatabase();
    const theirs = testSet('theirs', 'imported', 'Bob');
    await storeImportedSet(db, { set: theirs, annotations: [testAnnotation('theirs', 'b1')], foreignDocuments: [], replace: false });
    expect(await db.annotations.count()).toBe(1);
    expect(entries).toHaveLength(1);
    expect(await readChangeCounter(db)).toBe(1);
  });

  it('records nothing for a transaction that aborts, and the counter stays', async () => {
    const { db, entries } = await journaledDatabase();
    await expect(
      db.transaction('rw', db.annotations, async () => {
        await db.annotations.add(testAnnotation('mine', 'a1'));
        throw new Error('the user action failed');
      }),
    ).rejects.toThrow('the user action failed');
    expect(entries).toHaveLength(1);
    expect(await readChangeCounter(db)).toBe(1);
    expect(await db.annotations.count()).toBe(0);
  });

  it('names every row a range deletion removes, and every annotation an article removal orphans', async () => {
    const { db, entries } = await journaledDatabase();
    await addAnnotation(db, testAnnotation('mine', 'a1'), NOW);
    await removeArticle(db, DOC_A);
    const removal = entries.at(-1);
    expect(removal?.changes).toContainEqual({ table: 'documents', op: 'delete', key: DOC_A });
    expect(removal?.changes).toContainEqual({ table: 'annotations', op: 'put', row: { ...testAnnotation('mine', 'a1'), orphan: 1 } });
    await db.foreignDocuments.clear();
    expect(entries.at(-1)?.changes).toEqual([{ table: 'foreignDocuments', op: 'delete', key: DOC_A }]);
  });

  it('does not record a restore, which stores the counter itself', async () => {
    const { db, entries } = await journaledDatabase();
    await restoreCopyState(db, { counter: 40, at: null, rows: { ...emptyRows(), sets: [{ ...testSet('mine', 'mine') }] } });
    expect(entries).toHaveLength(1);
    expect((await db.meta.get(CHANGE_COUNTER_KEY))?.value).toBe(40);
    await addAnnotation(db, testAnnotation('mine', 'a1'), NOW);
    expect(entries.at(-1)?.counter).toBe(41);
  });
});
