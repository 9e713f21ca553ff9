// The article library against real IndexedDB. Removing an article keeps every annotation on it,
// in every set, as an orphan: listed, exported with its set, re-attached when the article comes back,
// and the review decisions that put reviewed annotations there still find them.
import { describe, expect, it } from 'vitest';
import type { Annotation, AnnotationSet, SetKind } from '../../../shared/annotation';
import type { Article } from '../../../shared/article';
import { removeArticle } from '../library/article-repository';
import type { Decision, VeritagDatabase } from './database';
import { listOrphans, readSetContents, reattachOrphans } from './set-repository';
import { testDatabase } from './test-database';

const CREATED = '2026-11-22T09:00:00.000Z';
const DOC_A = 'sha256:aaaa';
const DOC_B = 'sha256:bbbb';
const TEXT = 'The 139 people died.';

function set(id: string, kind: SetKind, annotator = 'Me'): AnnotationSet {
  return { id, name: `Set ${id}`, annotator: { id: annotator, name: annotator }, kind, created: CREATED, modified: CREATED };
}

function annotation(setId: string, id: string, fields: Partial<Annotation> = {}): Annotation {
  return {
    id,
    setId,
    document: DOC_A,
    label: 'claim',
    start: 8,
    end: 14,
    exact: 'people',
    prefix: 'The 139 ',
    suffix: ' died.',
    note: '',
    created: CREATED,
    modified: CREATED,
    ...fields,
  };
}

function article(id: string): Article {
  return { id, title: `Title ${id}`, source: `${id}.txt`, text: TEXT, length: 20, publishedOn: null, addedAt: CREATED, origin: 'added' };
}

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
  await db.sets.bulkAdd([set('mine', 'mine'), set('theirs', 'imported', 'Bob'), set('reviewed', 'reviewed')]);
  await db.documents.bulkAdd([article(DOC_A), article(DOC_B)]);
  await db.annotations.bulkAdd([
    annotation('mine', '1', { note: 'TASS figure' }),
    annotation('theirs', '1', { label: 'casualty-figure' }),
    annotation('reviewed', '2', { label: 'casualty-figure', provenance: 'B' }),
    annotation('mine', '3', { document: DOC_B }),
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

    await db.documents.add(article(DOC_A));
    expect(await reattachOrphans(db, [article(DOC_A)])).toBe(3);

    expect(await db.annotations.toArray()).toEqual(before);
    expect(await db.foreignDocuments.count()).toBe(0);
    const [stored] = await db.decisions.toArray();
    expect(await db.annotations.get(['reviewed', stored!.annotationIds[0]!])).toMatchObject({ provenance: 'B' });
  });
});
