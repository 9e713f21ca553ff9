// Schema tests against real IndexedDB: the v1 → v2 upgrade keeps the library and metadata,
// and the tables v2 adds (sets, annotations keyed by set) work on an upgraded database.
import { Dexie, type EntityTable } from 'dexie';
import { describe, expect, it } from 'vitest';
import type { Annotation, AnnotationSet } from '../../../shared/annotation';
import type { Article } from '../../../shared/article';
import { declareSchema, LATEST_VERSION, SCHEMA, VeritagDatabase, type MetaEntry } from './database';
import { track } from './test-database';

type V1Database = Dexie & {
  documents: EntityTable<Article, 'id'>;
  meta: EntityTable<MetaEntry, 'key'>;
};

function article(id: string, addedAt: string): Article {
  return {
    id,
    title: `Title ${id}`,
    source: `${id}.txt`,
    text: `The text of ${id}.`,
    length: 16,
    publishedOn: null,
    addedAt,
    origin: 'added',
  };
}

function set(id: string): AnnotationSet {
  return {
    id,
    name: `Set ${id}`,
    annotator: { id: 'annotator', name: 'Alice' },
    kind: 'mine',
    created: '2026-11-22T10:00:00.000Z',
    modified: '2026-11-22T10:00:00.000Z',
  };
}

function annotation(setId: string, id: string, document: string): Annotation {
  return {
    id,
    setId,
    document,
    label: 'claim',
    start: 0,
    end: 3,
    exact: 'The',
    prefix: '',
    suffix: ' text',
    note: '',
    created: '2026-11-22T10:00:00.000Z',
    modified: '2026-11-22T10:00:00.000Z',
  };
}

describe('SCHEMA', () => {
  it('lists every version once, oldest first, each dated', () => {
    expect(SCHEMA.map((v) => v.version)).toEqual(SCHEMA.map((_, i) => i + 1));
    expect(LATEST_VERSION).toBe(SCHEMA.length);
    for (const v of SCHEMA) expect(v.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('migration v1 → v2', () => {
  it('keeps documents and meta, and adds usable sets and annotations tables', async () => {
    const name = `test-${crypto.randomUUID()}`;
    const v1 = track(new Dexie(name) as V1Database);
    declareSchema(v1, 1);
    await v1.documents.bulkAdd([
      article('sha256:aa', '2026-11-01T00:00:00.000Z'),
      article('sha256:bb', '2026-11-02T00:00:00.000Z'),
    ]);
    await v1.meta.put({ key: 'bundledSeedsOffered', value: ['sha256:aa'] });
    expect(v1.verno).toBe(1);
    v1.close();

    const v2 = track(new Dexie(name) as V1Database);
    declareSchema(v2, 2);
    await v2.open();
    expect(v2.verno).toBe(2);
    v2.close();
    const db = track(new VeritagDatabase(name));
    await db.open();
    expect(await db.documents.orderBy('addedAt').primaryKeys()).toEqual(['sha256:aa', 'sha256:bb']);
    expect(await db.documents.get('sha256:bb')).toEqual(article('sha256:bb', '2026-11-02T00:00:00.000Z'));
    expect(await db.documents.where('source').equals('sha256:aa.txt').count()).toBe(1);
    expect(await db.meta.get('bundledSeedsOffered')).toEqual({ key: 'bundledSeedsOffered', value: ['sha256:aa'] });
    expect(await db.sets.count()).toBe(0);
    expect(await db.annotations.count()).toBe(0);

    await db.sets.bulkAdd([set('s1'), { ...set('s2'), kind: 'imported' }]);
    await db.annotations.bulkAdd([
      annotation('s1', 'a1', 'sha256:aa'),
      annotation('s2', 'a1', 'sha256:aa'),
      annotation('s2', 'a2', 'sha256:bb'),
    ]);
    expect(await db.annotations.count()).toBe(3);
    expect((await db.annotations.get(['s1', 'a1']))?.setId).toBe('s1');
    expect((await db.annotations.get(['s2', 'a1']))?.setId).toBe('s2');
    await expect(db.annotations.add(annotation('s1', 'a1', 'sha256:bb'))).rejects.toThrow(Dexie.ConstraintError);
    expect(await db.annotations.where('[setId+document]').equals(['s2', 'sha256:aa']).count()).toBe(1);
    expect(await db.annotations.where('document').equals('sha256:aa').count()).toBe(2);
    expect(await db.sets.where('kind').equals('imported').primaryKeys()).toEqual(['s2']);
  });
});

describe('migration v2 → v3', () => {
  it('keeps sets and annotations, and adds the foreign documents table', async () => {
    const name = `test-${crypto.randomUUID()}`;
    const v2 = track(new Dexie(name) as V1Database & Pick<VeritagDatabase, 'sets' | 'annotations'>);
    declareSchema(v2, 2);
    await v2.documents.add(article('sha256:aa', '2026-11-01T00:00:00.000Z'));
    await v2.sets.add({ ...set('s2'), kind: 'imported' });
    await v2.annotations.bulkAdd([annotation('s2', 'a1', 'sha256:aa'), annotation('s2', 'a2', 'sha256:zz')]);
    v2.close();

    const v3 = track(new Dexie(name));
    declareSchema(v3, 3);
    await v3.open();
    expect(v3.verno).toBe(3);
    v3.close();
    const db = track(new VeritagDatabase(name));
    await db.open();
    expect(await db.annotations.where('[setId+document]').equals(['s2', 'sha256:zz']).count()).toBe(1);
    expect(await db.sets.get('s2')).toEqual({ ...set('s2'), kind: 'imported' });
    await db.foreignDocuments.add({ id: 'sha256:zz', title: 'Missing article', source: 'zz.txt', length: 40 });
    expect(await db.foreignDocuments.where('source').equals('zz.txt').primaryKeys()).toEqual(['sha256:zz']);
    await db.annotations.update(['s2', 'a2'], { orphan: 1 });
    expect((await db.annotations.get(['s2', 'a2']))?.orphan).toBe(1);
  });
});

describe('migration v3 → v4', () => {
  it('keeps sets, annotations and foreign documents, and adds reviews and decisions', async () => {
    const name = `test-${crypto.randomUUID()}`;
    const v3 = track(new Dexie(name) as V1Database & Pick<VeritagDatabase, 'sets' | 'annotations' | 'foreignDocuments'>);
    declareSchema(v3, 3);
    await v3.sets.bulkAdd([set('a'), { ...set('b'), kind: 'imported' }]);
    await v3.annotations.add(annotation('b', 'x', 'sha256:zz'));
    await v3.foreignDocuments.add({ id: 'sha256:zz', title: 'Elsewhere', source: 'zz.txt', length: 40 });
    v3.close();

    const db = track(new VeritagDatabase(name));
    await db.open();
    expect(db.verno).toBe(LATEST_VERSION);
    expect(await db.sets.count()).toBe(2);
    expect(await db.annotations.get(['b', 'x'])).toEqual(annotation('b', 'x', 'sha256:zz'));
    expect(await db.foreignDocuments.get('sha256:zz')).toMatchObject({ title: 'Elsewhere' });
    const review = { id: 'a\u0000b', setA: 'a', setB: 'b', reviewedSetId: 'r', autoAcceptAgreed: true, created: '2026-11-22T10:00:00.000Z' };
    await db.reviews.add(review);
    await db.decisions.bulkAdd([
      { reviewId: review.id, group: 'g1', document: 'sha256:zz', start: 0, end: 3, decision: 'accept-a', decidedAt: review.created, annotationIds: ['n1'] },
      { reviewId: review.id, group: 'g2', document: 'sha256:zz', start: 5, end: 9, decision: 'reject-both', decidedAt: review.created, annotationIds: [] },
    ]);
    expect(await db.decisions.where('reviewId').equals(review.id).count()).toBe(2);
    expect((await db.decisions.get([review.id, 'g1']))?.decision).toBe('accept-a');
  });
});

describe('migration v4 → v5', () => {
  it('turns orphan flags into the indexed number 1 and keeps everything else', async () => {
    const name = `test-${crypto.randomUUID()}`;
    const v4 = track(new Dexie(name) as Dexie & { annotations: VeritagDatabase['annotations'] });
    declareSchema(v4, 4);
    const placedOne = annotation('s1', 'placed', 'sha256:aa');
    await v4.annotations.bulkAdd([placedOne, { ...annotation('s1', 'lost', 'sha256:zz'), orphan: true } as unknown as Annotation]);
    v4.close();

    const db = track(new VeritagDatabase(name));
    await db.open();
    expect(db.verno).toBe(5);
    expect(await db.annotations.get(['s1', 'placed'])).toEqual(placedOne);
    expect((await db.annotations.get(['s1', 'lost']))?.orphan).toBe(1);
    expect(await db.annotations.where('orphan').equals(1).primaryKeys()).toEqual([['s1', 'lost']]);
  });
});

describe('VeritagDatabase', () => {
  it('writes with strict durability', async () => {
    const db = track(new VeritagDatabase(`test-${crypto.randomUUID()}`));
    const durability = await db.transaction('rw', db.meta, async (tx) => {
      await db.meta.put({ key: 'k', value: 1 });
      return tx.idbtrans.durability;
    });
    expect(durability).toBe('strict');
  });
});
