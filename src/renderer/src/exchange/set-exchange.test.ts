// Reading a set file as the app does (in the exchange worker, in Chromium): a file with a very
// large number of problems lists the first ones and counts the rest, as the command line does; a
// good file's annotations stay in the worker until they are placed, then are stored, once.
import { describe, expect, it } from 'vitest';
import { MAX_REPORTED_PROBLEMS } from '../../../shared/annotation-set-schema';
import { CodePointIndex } from '../../../shared/code-points';
import { documentId } from '../../../shared/document-id';
import { TextPositionAnchor, selectorFor } from '../../../shared/text-selector';
import { testDatabase } from '../db/test-database';
import { testArticle } from '../db/test-records';
import { defaultDecision } from './import-plan';
import { readSetFile, storeImport, type ImportProgress } from './set-exchange';

const BAD_ANNOTATIONS = 100_000;

const UNLISTED = `sha256:${'0'.repeat(64)}`;

/**
 * A set file whose every annotation breaks ten rules (the first nine: its id is not yet a
 * duplicate): seven of its fields (label, quote, context, note, stamps) and three that relate
 * fields (the same id, an end not after the start, a document not listed).
 */
function manyBadAnnotations(count: number): Uint8Array {
  const bad = { id: 'same', document: UNLISTED, label: 'opinion', start: 5, end: 5, exact: '', prefix: 1, suffix: 2, note: 3, created: 'x', modified: 'y' };
  const file = {
    format: 'veritag.annotation-set',
    version: 1,
    set: { id: 'bad', name: 'Bad', annotator: { id: 'a', name: 'A' } },
    exportedAt: '2026-11-22T10:00:00.000Z',
    documents: [],
    annotations: Array.from({ length: count }, () => bad),
  };
  return new TextEncoder().encode(JSON.stringify(file));
}

describe('readSetFile', () => {
  it(`lists the first ${MAX_REPORTED_PROBLEMS} problems of ${BAD_ANNOTATIONS} bad annotations and counts the rest`, async () => {
    const read = await readSetFile({ name: 'bad.veritag.json', bytes: manyBadAnnotations(BAD_ANNOTATIONS) }, [], []);
    expect(read.ok).toBe(false);
    const errors = read.ok ? [] : read.errors;
    expect(errors[0]).toBe('annotations[0] (id same): document: not listed in documents');
    expect(errors).toHaveLength(MAX_REPORTED_PROBLEMS + 1);
    expect(errors.at(-1)).toBe(`… and ${BAD_ANNOTATIONS * 10 - 1 - MAX_REPORTED_PROBLEMS} more problems`);
  }, 120_000);
});

describe('readSetFile and storeImport', () => {
  const text = 'Officials said 139 people died in the attack on Friday.';
  const local = documentId(text);
  const missing = documentId('an article nobody here has');
  const stamp = '2026-11-22T09:58:01.000Z';
  const annotation = (id: string, quote: string, document = local) => {
    const start = text.indexOf(quote);
    const selector = selectorFor(new TextPositionAnchor(CodePointIndex.of(text), start, start + quote.length));
    return { id, document, label: 'claim', ...selector, note: '', created: stamp, modified: stamp };
  };
  const fileBytes = () =>
    new TextEncoder().encode(
      JSON.stringify({
        format: 'veritag.annotation-set',
        version: 1,
        set: { id: 'carol-set', name: 'Attack', annotator: { id: 'carol', name: 'Carol' } },
        exportedAt: stamp,
        documents: [
          { id: local, title: 'Attack', source: 'attack.txt', length: text.length },
          { id: missing, title: 'Elsewhere', source: 'elsewhere.txt', length: 100 },
        ],
        annotations: [annotation('a', '139 people'), annotation('b', 'Friday'), annotation('c', 'Officials', missing)],
      }),
    );

  it('plans without the annotations, then places and stores them all, once', async () => {
    const db = testDatabase();
    await db.documents.add(testArticle(local, text));
    const read = await readSetFile({ name: 'carol.veritag.json', bytes: fileBytes() }, [{ id: local, title: 'Attack', source: 'attack.txt' }], []);
    if (!read.ok) throw new Error(read.errors.join('\n'));
    expect(read.plan.file).not.toHaveProperty('annotations');
    expect(read.plan.file.annotationCount).toBe(3);

    const heard: ImportProgress[] = [];
    const report = await storeImport(db, read, defaultDecision(read.plan), (progress) => heard.push(progress));
    expect(report).toMatchObject({ annotations: 3, articles: 2, reanchored: 0, orphaned: 1 });
    expect(heard).toEqual([{ step: 'placing' }, { step: 'writing', written: 3, total: 3 }]);
    expect((await db.annotations.toArray()).map((a) => [a.id, a.orphan ?? 0])).toEqual([
      ['a', 0],
      ['b', 0],
      ['c', 1],
    ]);
    expect(await db.foreignDocuments.get(missing)).toMatchObject({ title: 'Elsewhere' });
    // The worker let go of the file once it was placed.
    await expect(storeImport(db, read, defaultDecision(read.plan))).rejects.toThrow('no longer at hand');
  });
});
