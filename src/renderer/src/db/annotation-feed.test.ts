// The annotation feed on real IndexedDB: every committed write and deletion is announced once,
// whoever made it, before the write's promise resolves; aborted ones are not; proposals end once.
import { describe, expect, it } from 'vitest';
import type { FeedEvent } from './annotation-feed';
import { addAnnotation, deleteAnnotation } from './annotation-repository';
import type { VeritagDatabase } from './database';
import { testDatabase } from './test-database';
import { DOC_A, DOC_B, testAnnotation, testArticle, testSet } from './test-records';

async function seeded(): Promise<{ db: VeritagDatabase; events: FeedEvent[] }> {
  const db = testDatabase();
  await db.sets.bulkAdd([testSet('mine', 'mine'), testSet('theirs', 'imported')]);
  await db.documents.bulkAdd([testArticle(DOC_A), testArticle(DOC_B)]);
  const events: FeedEvent[] = [];
  db.feed.subscribe((event) => events.push(event));
  return { db, events };
}

const committed = (events: readonly FeedEvent[]) =>
  events.flatMap((e) => (e.type === 'committed' ? [{ puts: e.changes.puts.map((a) => `${a.setId}/${a.id}`), deletes: e.changes.deletes.map((k) => k.join('/')) }] : []));

describe('the annotation feed', () => {
  it('announces a committed write before the write resolves, once per transaction', async () => {
    const { db, events } = await seeded();
    let seenBeforeResolve = -1;
    await addAnnotation(db, testAnnotation('mine', 'a')).then(() => (seenBeforeResolve = committed(events).length));
    expect(seenBeforeResolve).toBe(1);
    await db.annotations.bulkPut([testAnnotation('theirs', 'b'), testAnnotation('theirs', 'c', { document: DOC_B })]);
    await deleteAnnotation(db, 'mine', 'a');
    expect(committed(events)).toEqual([
      { puts: ['mine/a'], deletes: [] },
      { puts: ['theirs/b', 'theirs/c'], deletes: [] },
      { puts: [], deletes: ['mine/a'] },
    ]);
  });

  it('names the keys a range deletion removed, and the last change per key of a transaction', async () => {
    const { db, events } = await seeded();
    await db.annotations.bulkAdd([testAnnotation('theirs', 'b'), testAnnotation('theirs', 'c'), testAnnotation('mine', 'd')]);
    await db.transaction('rw', db.annotations, async () => {
      await db.annotations.where('[setId+document]').equals(['theirs', DOC_A]).delete();
      await db.annotations.put(testAnnotation('theirs', 'c', { note: 'back' }));
    });
    const last = committed(events).at(-1);
    expect(last).toEqual({ puts: ['theirs/c'], deletes: ['theirs/b'] });
    const event = events.at(-1);
    expect(event?.type === 'committed' && event.changes.puts[0]?.note).toBe('back');
  });

  it('announces nothing for an aborted transaction', async () => {
    const { db, events } = await seeded();
    await expect(
      db.transaction('rw', db.annotations, async () => {
        await db.annotations.add(testAnnotation('mine', 'x'));
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(committed(events)).toEqual([]);
    expect(await db.annotations.count()).toBe(0);
  });

  it('ends a proposal once: settled after its write, withdrawn when the write fails', async () => {
    const { db, events } = await seeded();
    const changes = { puts: [testAnnotation('mine', 'p')], deletes: [] };
    await db.feed.while(changes, () => addAnnotation(db, changes.puts[0]!));
    await expect(db.feed.while(changes, () => addAnnotation(db, changes.puts[0]!))).rejects.toThrow();
    const proposal = db.feed.propose(changes);
    proposal.withdraw();
    proposal.settle();
    expect(events.map((e) => e.type)).toEqual(['proposed', 'committed', 'settled', 'proposed', 'withdrawn', 'proposed', 'withdrawn']);
  });
});
