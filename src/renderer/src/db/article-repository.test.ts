// The article library against real IndexedDB: adding (once per text), the seeds (once ever),
// renaming; and removing, which keeps every annotation on the article, in every set, as an orphan:
// listed, exported with its set, re-attached when the article comes back, and the review decisions
// that put reviewed annotations there still find them.
import { describe, expect, it } from 'vitest';
import { addArticles, importBundledSeeds, removeArticle, renameArticle } from './article-repository';
import type { Decision, VeritagDatabase } from './database';
import { listOrphans, readSetContents } from './set-repository';
import { testDatabase } from './test-database';
import { CREATED, DOC_A, DOC_B, testAnnotation, testArticle, testSet } from './test-records';

const decision: Decision = {
  reviewId: 'mine\u0000theirs',
  group: `${DOC_A}|mine/1|theirs/1`,
  document: DOC_A,
  start: 8,
  end: 14,
  decision: 'accept-b',
  decidedAt: CREATED,
  annotationIds: ['2'],
};

/** My set, Bob's imported set and a reviewed set; two articles; annotations on both. */
async function seededDatabase(): Promise<VeritagDatabase> {
  const db = testDatabase();
  await db.sets.bulkAdd([testSet('mine', 'mine'), testSet('theirs', 'imported', 'Bob'), testSet('reviewed', 'reviewed')]);
  await db.documents.bulkAdd([testArticle(DOC_A), testArticle(DOC_B)]);
  await db.annotations.bulkAdd([
    testAnnotation('mine', '1', { note: 'TASS figure' }),
    testAnnotation('theirs', '1', { label: 'casualty-figure' }),
    testAnnotation('reviewed', '2', { label: 'casualty-figure', provenance: 'B' }),
    testAnnotation('mine', '3', { document: DOC_B }),
  ]);
  await db.reviews.add({ id: decision.reviewId, setA: 'mine', setB: 'theirs', reviewedSetId: 'reviewed', autoAcceptAgreed: true, created: CREATED });
  await db.decisions.add(decision);
  return db;
}

describe('removeArticle', () => {
  it('removes the article and keeps its annotations in every set as orphans, unchanged otherwise', async () => {
    const db = await seededDatabase();
    const before = await db.annotations.toArray();

    await removeArticle(db, DOC_A);

    expect(await db.documents.toCollection().primaryKeys()).toEqual([DOC_B]);
    const after = await db.annotations.toArray();
    expect(after).toEqual(before.map((a) => (a.document === DOC_A ? { ...a, orphan: 1 } : a)));
    expect(await db.foreignDocuments.toArray()).toEqual([{ id: DOC_A, title: `Title ${DOC_A}`, source: `${DOC_A}.txt`, length: 20 }]);
    expect(await db.decisions.toArray()).toEqual([decision]);
    expect(await db.sets.count()).toBe(3);
  });

  it('lists them as orphans of a missing article and exports them with their set', async () => {
    const db = await seededDatabase();
    await removeArticle(db, DOC_A);

    const orphans = await listOrphans(db);
    expect(orphans.map((o) => `${o.annotation.setId}/${o.annotation.id}`).sort()).toEqual(['mine/1', 'reviewed/2', 'theirs/1']);
    for (const orphan of orphans) {
      expect(orphan.reason).toBe('article missing');
      expect(orphan.document).toMatchObject({ title: `Title ${DOC_A}`, source: `${DOC_A}.txt` });
    }
    const contents = await readSetContents(db, 'theirs', null);
    expect(contents.annotations).toHaveLength(1);
    expect(contents.documents).toEqual([{ id: DOC_A, title: `Title ${DOC_A}`, source: `${DOC_A}.txt`, length: 20 }]);
  });

  it('re-attaches them, as they were, when the article is added again; the decision finds its annotation', async () => {
    const db = await seededDatabase();
    const before = await db.annotations.toArray();
    await removeArticle(db, DOC_A);

    const result = await addArticles(db, [testArticle(DOC_A)]);
    expect(result).toMatchObject({ added: [testArticle(DOC_A)], existing: [], reattached: 3 });

    expect(await db.annotations.toArray()).toEqual(before);
    expect(await db.foreignDocuments.count()).toBe(0);
    expect((await db.decisions.toArray()).map((d) => d.annotationIds)).toEqual([['2']]);
    expect(await db.annotations.get(['reviewed', '2'])).toMatchObject({ provenance: 'B' });
  });

  it('counts the annotations it orphans, those already orphaned included', async () => {
    const db = await seededDatabase();
    await db.annotations.add(testAnnotation('theirs', 'lost', { exact: 'gone', orphan: 1 }));
    expect(await removeArticle(db, DOC_A)).toEqual({ title: `Title ${DOC_A}`, orphaned: 4 });
    expect(await removeArticle(db, DOC_B)).toEqual({ title: `Title ${DOC_B}`, orphaned: 1 });
    expect(await db.annotations.where('orphan').equals(1).count()).toBe(5);
  });

  it('refuses an article that is not in the library, changing nothing', async () => {
    const db = await seededDatabase();
    const before = await db.annotations.toArray();
    await expect(removeArticle(db, 'sha256:none')).rejects.toThrow('That article is no longer in the library.');
    expect(await db.annotations.toArray()).toEqual(before);
    expect(await db.foreignDocuments.count()).toBe(0);
  });
});

describe('addArticles', () => {
  it('adds each text once and returns the stored copy of one already there', async () => {
    const db = testDatabase();
    const stored = { ...testArticle(DOC_A), title: 'Renamed' };
    await db.documents.add(stored);
    const result = await addArticles(db, [testArticle(DOC_A), testArticle(DOC_B), testArticle(DOC_B)]);
    expect(result).toEqual({ added: [testArticle(DOC_B)], existing: [stored, testArticle(DOC_B)], reattached: 0 });
    expect(await db.documents.count()).toBe(2);
  });
});

describe('importBundledSeeds', () => {
  it('adds the seeds once ever: a removed seed does not come back', async () => {
    const db = testDatabase();
    expect(await importBundledSeeds(db, [testArticle(DOC_A), testArticle(DOC_B)])).toBe(2);
    await removeArticle(db, DOC_A);
    expect(await importBundledSeeds(db, [testArticle(DOC_A), testArticle(DOC_B)])).toBe(0);
    expect(await db.documents.toCollection().primaryKeys()).toEqual([DOC_B]);
  });

  it('writes nothing when every seed was offered before (a start on a full disk raises no alarm)', async () => {
    const db = testDatabase();
    await importBundledSeeds(db, [testArticle(DOC_A), testArticle(DOC_B)]);
    let writes = 0;
    const count = () => {
      writes++;
    };
    db.meta.hook('creating', count);
    db.meta.hook('updating', count);
    db.documents.hook('creating', count);
    expect(await importBundledSeeds(db, [testArticle(DOC_B), testArticle(DOC_A)])).toBe(0);
    expect(writes).toBe(0);
  });

  it('places the orphans that were waiting for a seed when it arrives (a colleague annotated it first)', async () => {
    const db = testDatabase();
    await db.sets.add(testSet('theirs', 'imported', 'Bob'));
    await db.foreignDocuments.add({ id: DOC_A, title: 'Seed A', source: 'a.txt', length: testArticle(DOC_A).length });
    await db.annotations.add({ ...testAnnotation('theirs', '1'), orphan: 1 });
    expect(await importBundledSeeds(db, [testArticle(DOC_A)])).toBe(1);
    expect((await db.annotations.get(['theirs', '1']))?.orphan).toBeUndefined();
    expect(await db.foreignDocuments.count()).toBe(0);
  });
});

describe('renameArticle', () => {
  it('stores a cleaned title and refuses an empty, overlong or missing one', async () => {
    const db = testDatabase();
    await db.documents.add(testArticle(DOC_A));
    expect(await renameArticle(db, DOC_A, '  Crocus\n  attack  ')).toBe('Crocus attack');
    expect((await db.documents.get(DOC_A))?.title).toBe('Crocus attack');
    await expect(renameArticle(db, DOC_A, '   ')).rejects.toThrow('A title cannot be empty.');
    await expect(renameArticle(db, DOC_A, 'x'.repeat(301))).rejects.toThrow('A title can have at most 300 characters.');
    await expect(renameArticle(db, DOC_B, 'Other')).rejects.toThrow('That article is no longer in the library.');
    expect((await db.documents.get(DOC_A))?.title).toBe('Crocus attack');
  });
});
