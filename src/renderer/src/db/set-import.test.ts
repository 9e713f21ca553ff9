// An import against real IndexedDB: built from the texts of the articles still in the library and
// stored in the same transaction; a failure while building or storing leaves nothing behind.
import { describe, expect, it } from 'vitest';
import type { Annotation, AnnotationSet } from '../../../shared/annotation';
import { importSet } from './set-import';
import type { ImportedSetWrite } from './set-repository';
import { testDatabase } from './test-database';
import { testAnnotation, testArticle, testSet } from './test-records';

const SET: AnnotationSet = { ...testSet('bob', 'imported', 'Bob'), name: 'Crocus' };
const annotation = (id: string, document: string) => testAnnotation(SET.id, id, { document });
const article = (id: string, text: string) => testArticle(id, text);

const write = (annotations: Annotation[]): ImportedSetWrite => ({ set: SET, annotations, foreignDocuments: [], replace: false });

describe('importSet', () => {
  it('hands the builder the texts of the articles still in the library, and stores what it builds', async () => {
    const db = testDatabase();
    await db.documents.add(article('sha256:a', 'The 139 people died.'));
    const report = await importSet(db, ['sha256:a', 'sha256:gone'], (texts) => {
      expect([...texts]).toEqual([['sha256:a', 'The 139 people died.']]);
      return { write: write([annotation('1', 'sha256:a')]), report: 'stored' };
    });
    expect(report).toBe('stored');
    expect(await db.sets.get(SET.id)).toEqual(SET);
    expect(await db.annotations.count()).toBe(1);
  });

  it('stores nothing when building or storing fails', async () => {
    const db = testDatabase();
    await expect(
      importSet(db, [], () => {
        throw new Error('cannot build');
      }),
    ).rejects.toThrow('cannot build');
    // Two annotations with one id: the second write fails after the set was put.
    await expect(importSet(db, [], () => ({ write: write([annotation('1', 'd'), annotation('1', 'd')]), report: null }))).rejects.toThrow();
    expect(await db.sets.count()).toBe(0);
    expect(await db.annotations.count()).toBe(0);
  });
});
