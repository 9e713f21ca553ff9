// Annotation writes and reads against real IndexedDB: round trips for undo/redo, the read-only
// refusal, the set's `modified` bump, export order, and counts per set on a document.
import { describe, expect, it } from 'vitest';
import {
  addAnnotation,
  countsBySetOnDocument,
  deleteAnnotation,
  documentAnnotations,
  getAnnotation,
  modifyAnnotation,
  putAnnotation,
} from './annotation-repository';
import type { VeritagDatabase } from './database';
import { testDatabase } from './test-database';
import { removeArticle } from './article-repository';
import { compareShown } from './document-annotation-state';
import { CREATED, DOC_A, DOC_B, testAnnotation, testArticle, testSet } from './test-records';

const T1 = new Date('2026-11-22T10:00:00.000Z');
const T2 = new Date('2026-11-22T11:00:00.000Z');

async function seededDatabase(): Promise<VeritagDatabase> {
  const db = testDatabase();
  await db.sets.bulkAdd([testSet('mine', 'mine'), testSet('theirs', 'imported'), testSet('reviewed', 'reviewed')]);
  await db.documents.bulkAdd([testArticle(DOC_A), testArticle(DOC_B)]);
  return db;
}

async function modifiedOf(db: VeritagDatabase, setId: string): Promise<string | undefined> {
  return (await db.sets.get(setId))?.modified;
}

describe('annotation writes', () => {
  it('adds, edits, deletes and restores an exact record, bumping the set each time', async () => {
    const db = await seededDatabase();
    const original = testAnnotation('mine', 'a1', { note: 'TASS figure' });
    await addAnnotation(db, original, T1);
    expect(await getAnnotation(db, 'mine', 'a1')).toEqual(original);
    expect(await modifiedOf(db, 'mine')).toBe(T1.toISOString());

    const relabelled = { ...original, label: 'casualty-figure' as const, modified: T2.toISOString() };
    await putAnnotation(db, relabelled, T2);
    expect(await getAnnotation(db, 'mine', 'a1')).toEqual(relabelled);
    expect(await modifiedOf(db, 'mine')).toBe(T2.toISOString());

    const deleted = await deleteAnnotation(db, 'mine', 'a1', T1);
    expect(deleted).toEqual(relabelled);
    expect(await getAnnotation(db, 'mine', 'a1')).toBeUndefined();
    expect(await modifiedOf(db, 'mine')).toBe(T1.toISOString());

    await putAnnotation(db, original, T2);
    expect(await getAnnotation(db, 'mine', 'a1')).toEqual(original);
    expect(await db.annotations.count()).toBe(1);
  });

  it('deleting what is not there returns undefined and changes nothing', async () => {
    const db = await seededDatabase();
    expect(await deleteAnnotation(db, 'mine', 'nope', T1)).toBeUndefined();
    expect(await modifiedOf(db, 'mine')).toBe(CREATED);
  });

  it('refuses a second annotation with the same id in a set, leaving the set as it was', async () => {
    const db = await seededDatabase();
    await addAnnotation(db, testAnnotation('mine', 'a1'), T1);
    await expect(addAnnotation(db, testAnnotation('mine', 'a1', { label: 'disputed' }), T2)).rejects.toThrow();
    expect((await getAnnotation(db, 'mine', 'a1'))?.label).toBe('claim');
    expect(await modifiedOf(db, 'mine')).toBe(T1.toISOString());
  });

  it('refuses every write to a set that is not the user’s own', async () => {
    const db = await seededDatabase();
    const stored = testAnnotation('theirs', 'a1');
    await db.annotations.add(stored);
    for (const setId of ['theirs', 'reviewed']) {
      await expect(addAnnotation(db, testAnnotation(setId, 'a2'), T1)).rejects.toThrow('This set is read-only.');
      await expect(putAnnotation(db, testAnnotation(setId, 'a1', { note: 'x' }), T1)).rejects.toThrow(
        'This set is read-only.',
      );
      await expect(deleteAnnotation(db, setId, 'a1', T1)).rejects.toThrow('This set is read-only.');
      expect(await modifiedOf(db, setId)).toBe(CREATED);
    }
    expect(await db.annotations.toArray()).toEqual([stored]);
  });

  it('keeps an annotation put back (undo, redo) after its article was removed as an orphan, not placed in a missing text', async () => {
    const db = await seededDatabase();
    const tagged = testAnnotation('mine', 'a1');
    await addAnnotation(db, tagged, T1);
    const deleted = await deleteAnnotation(db, 'mine', 'a1', T1);
    await removeArticle(db, DOC_A);
    if (!deleted) throw new Error('nothing was deleted');
    await putAnnotation(db, deleted, T2);
    expect(await getAnnotation(db, 'mine', 'a1')).toEqual({ ...tagged, orphan: 1 });
    await addAnnotation(db, testAnnotation('mine', 'a2'), T2);
    expect(await getAnnotation(db, 'mine', 'a2')).toMatchObject({ orphan: 1 });
  });

  it('refuses a write to a set that does not exist', async () => {
    const db = await seededDatabase();
    await expect(addAnnotation(db, testAnnotation('gone', 'a1'), T1)).rejects.toThrow(
      'That annotation set no longer exists.',
    );
    expect(await db.annotations.count()).toBe(0);
  });
});

describe('documentAnnotations', () => {
  it('returns one document’s annotations in the given sets (shown in export order, ties by set)', async () => {
    const db = await seededDatabase();
    const rows = [
      testAnnotation('mine', 'z', { start: 0, end: 3 }),
      testAnnotation('mine', 'b', { start: 4, end: 10, label: 'disputed' }),
      testAnnotation('mine', 'a', { start: 4, end: 10, label: 'disputed' }),
      testAnnotation('mine', 'c', { start: 4, end: 10, label: 'attribution' }),
      testAnnotation('mine', 'd', { start: 4, end: 8 }),
      testAnnotation('theirs', 'a', { start: 4, end: 10, label: 'disputed' }),
      testAnnotation('reviewed', 'e', { start: 0, end: 1 }),
      testAnnotation('mine', 'other', { document: DOC_B, start: 0, end: 1 }),
    ];
    await db.annotations.bulkAdd(rows);
    const found = (await documentAnnotations(db, ['mine', 'theirs'], DOC_A)).sort(compareShown);
    expect(found.map((a) => `${a.setId}/${a.id}`)).toEqual([
      'mine/z',
      'mine/d',
      'mine/c',
      'mine/a',
      'theirs/a',
      'mine/b',
    ]);
    expect(await documentAnnotations(db, [], DOC_A)).toEqual([]);
    expect((await documentAnnotations(db, ['mine'], DOC_B)).map((a) => a.id)).toEqual(['other']);
  });
});

describe('countsBySetOnDocument', () => {
  it('counts one document’s annotations per set, orphans included', async () => {
    const db = await seededDatabase();
    await db.annotations.bulkAdd([
      testAnnotation('mine', '1'),
      testAnnotation('mine', '2', { orphan: 1 }),
      testAnnotation('theirs', '1'),
      testAnnotation('reviewed', '2'),
      testAnnotation('mine', '3', { document: DOC_B }),
    ]);
    expect(await countsBySetOnDocument(db, DOC_A)).toEqual(new Map([['mine', 2], ['theirs', 1], ['reviewed', 1]]));
    expect(await countsBySetOnDocument(db, DOC_B)).toEqual(new Map([['mine', 1]]));
    expect(await countsBySetOnDocument(db, 'sha256:none')).toEqual(new Map());
  });
});

describe('modifyAnnotation', () => {
  it('reads and writes in one transaction, so quick successive edits both land', async () => {
    const db = await seededDatabase();
    await addAnnotation(db, testAnnotation('mine', 'm'), T1);
    // Issued back to back without awaiting, as a note saved on blur followed by a relabel.
    const note = modifyAnnotation(db, 'mine', 'm', (a) => ({ ...a, note: 'TASS figure' }), T2);
    const relabel = modifyAnnotation(db, 'mine', 'm', (a) => ({ ...a, label: 'disputed' }), T2);
    const [first, second] = await Promise.all([note, relabel]);
    expect(first?.before.note).toBe('');
    expect(second?.before.note).toBe('TASS figure');
    const stored = await getAnnotation(db, 'mine', 'm');
    expect(stored).toMatchObject({ note: 'TASS figure', label: 'disputed' });
    expect((await db.sets.get('mine'))?.modified).toBe(T2.toISOString());
  });

  it('leaves the store alone when nothing changes or the annotation is gone', async () => {
    const db = await seededDatabase();
    await addAnnotation(db, testAnnotation('mine', 'm'), T1);
    const same = await modifyAnnotation(db, 'mine', 'm', (a) => a, T2);
    expect(same?.after).toBe(same?.before);
    expect((await db.sets.get('mine'))?.modified).toBe(T1.toISOString());
    expect(await modifyAnnotation(db, 'mine', 'missing', (a) => a, T2)).toBeUndefined();
  });

  it('refuses read-only sets', async () => {
    const db = await seededDatabase();
    await db.annotations.add(testAnnotation('theirs', 't'));
    await expect(modifyAnnotation(db, 'theirs', 't', (a) => ({ ...a, note: 'x' }))).rejects.toThrow('This set is read-only.');
    expect((await getAnnotation(db, 'theirs', 't'))?.note).toBe('');
  });
});
