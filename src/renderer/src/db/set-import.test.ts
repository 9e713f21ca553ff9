// An import against real IndexedDB: built from the texts of the articles still in the library and
// stored in one transaction, which refuses texts changed meanwhile; a failure while building or
// storing leaves nothing behind.
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

  it('stores nothing when an article it was placed in changes or goes before it is stored', async () => {
    const db = testDatabase();
    await db.documents.bulkAdd([article('sha256:a', 'The 139 people died.'), article('sha256:b', 'Officials said.')]);
    const edited = importSet(db, ['sha256:a'], async () => {
      await db.documents.update('sha256:a', { text: 'The 140 people died.' });
      return { write: write([annotation('1', 'sha256:a')]), report: null };
    });
    await expect(edited).rejects.toThrow('an article it is placed in was changed or removed meanwhile');
    const removed = importSet(db, ['sha256:b'], async () => {
      await db.documents.delete('sha256:b');
      return { write: write([annotation('1', 'sha256:b')]), report: null };
    });
    await expect(removed).rejects.toThrow('an article it is placed in was changed or removed meanwhile');
    expect(await db.sets.count()).toBe(0);
    expect(await db.annotations.count()).toBe(0);
  });

  it('writes a large set in chunks, telling every thousand, and nothing of it when a later chunk fails', async () => {
    const db = testDatabase();
    const many = Array.from({ length: 2_100 }, (_, i) => annotation(String(i), 'sha256:gone'));
    const heard: string[] = [];
    await importSet(db, [], () => ({ write: write(many), report: null }), (written, total) => heard.push(`${written} of ${total}`));
    expect(heard).toEqual(['1000 of 2100', '2000 of 2100', '2100 of 2100']);
    expect(await db.annotations.count()).toBe(2_100);

    const other = testDatabase();
    const broken = [...many.slice(0, 2_000), annotation('3', 'sha256:gone')];
    await expect(importSet(other, [], () => ({ write: write(broken), report: null }))).rejects.toThrow();
    expect(await other.sets.count()).toBe(0);
    expect(await other.annotations.count()).toBe(0);
  });
});
