// The database's side of the durable copy on real IndexedDB: the state read is the user's own work
// only, a restore writes it back exactly (colleagues' sets stay), and start-up tells a missing
// database from an empty one and from one holding work.
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { CHANGE_COUNTER_KEY, countsOf, type CopyState } from '../../../shared/durable-copy';
import { openDatabase, readCopyState, restoreCopyState } from './copy-repository';
import { VeritagDatabase } from './database';
import { testDatabase, track } from './test-database';
import { DOC_A, DOC_B, testAnnotation, testArticle, testSet } from './test-records';

async function workingDatabase(): Promise<VeritagDatabase> {
  const db = testDatabase();
  await db.sets.bulkAdd([testSet('mine', 'mine'), testSet('theirs', 'imported', 'Bob'), testSet('reviewed', 'reviewed')]);
  await db.documents.bulkAdd([testArticle(DOC_A), testArticle(DOC_B, 'Another 𝔸 text.')]);
  await db.annotations.bulkAdd([
    testAnnotation('mine', 'a1', { note: 'Patrushev 🇷🇺' }),
    testAnnotation('mine', 'a2', { document: 'sha256:gone', orphan: 1 }),
    testAnnotation('theirs', 'b1'),
    testAnnotation('reviewed', 'r1', { provenance: 'both' }),
  ]);
  await db.foreignDocuments.add({ id: 'sha256:gone', title: 'Removed', source: 'gone.txt', length: 20 });
  await db.reviews.add({ id: 'mine\u0000theirs', setA: 'mine', setB: 'theirs', reviewedSetId: 'reviewed', autoAcceptAgreed: true, created: '2026-12-01T00:00:00.000Z' });
  await db.decisions.add({ reviewId: 'mine\u0000theirs', group: 'g1', document: DOC_A, start: 8, end: 14, decision: 'accept-both', decidedAt: '2026-12-01T00:00:00.000Z', annotationIds: ['r1'] });
  await db.meta.bulkPut([{ key: 'profile', value: { id: 'p', name: 'Alice', named: true } }, { key: CHANGE_COUNTER_KEY, value: 7 }]);
  return db;
}

describe('the copy state of a database', () => {
  it('holds the own and reviewed sets with their annotations, the library, reviews and settings, not colleagues’ sets', async () => {
    const state = await readCopyState(await workingDatabase());
    expect(state.counter).toBe(7);
    expect(state.rows.sets.map((s) => s['id']).sort()).toEqual(['mine', 'reviewed']);
    expect(state.rows.annotations.map((a) => a['id']).sort()).toEqual(['a1', 'a2', 'r1']);
    expect(state.rows.meta).toEqual([{ key: 'profile', value: { id: 'p', name: 'Alice', named: true } }]);
    expect(countsOf(state.rows)).toEqual({ articles: 2, myAnnotations: 2, reviewedSets: 1, reviewedAnnotations: 1 });
  });

  it('is written back exactly by a restore, which keeps colleagues’ sets and replaces everything else', async () => {
    const source = await readCopyState(await workingDatabase());
    const target = testDatabase();
    await target.sets.bulkAdd([testSet('old-mine', 'mine'), testSet('theirs', 'imported', 'Bob')]);
    await target.annotations.bulkAdd([testAnnotation('old-mine', 'x1'), testAnnotation('theirs', 'b1')]);
    await target.documents.add(testArticle('sha256:other'));
    await restoreCopyState(target, source);
    const restored = await readCopyState(target);
    const sorted = (s: CopyState) => JSON.stringify(Object.entries(s.rows).map(([t, rows]) => [t, rows.map((r) => JSON.stringify(r)).sort()]));
    expect(sorted(restored)).toBe(sorted(source));
    expect(restored.counter).toBe(7);
    expect(await target.annotations.get(['theirs', 'b1'])).toBeDefined();
    expect(await target.sets.get('old-mine')).toBeUndefined();
  });
});

describe('the database at start-up', () => {
  it('is missing, then empty, then present with its counter', async () => {
    const name = `test-${crypto.randomUUID()}`;
    const first = track(new VeritagDatabase(name));
    expect(await openDatabase(first)).toEqual({ kind: 'missing' });
    first.close();
    const second = track(new VeritagDatabase(name));
    expect(await openDatabase(second)).toEqual({ kind: 'empty' });
    await second.sets.add(testSet('mine', 'mine'));
    await second.meta.put({ key: CHANGE_COUNTER_KEY, value: 3 });
    second.close();
    const third = track(new VeritagDatabase(name));
    expect(await openDatabase(third)).toEqual({ kind: 'present', counter: 3 });
    expect(await Dexie.exists(name)).toBe(true);
  });

  it('is unreadable when it will not open (here: a newer version without this one’s tables), and then starts empty', async () => {
    const name = `test-${crypto.randomUUID()}`;
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open(name, 9999);
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    const db = track(new VeritagDatabase(name));
    const condition = await openDatabase(db);
    expect(condition).toEqual({ kind: 'unreadable', error: expect.stringMatching(/^NotFoundError: [^\n]+found\.$/) as unknown });
    expect(await db.sets.count()).toBe(0);
  });
});
