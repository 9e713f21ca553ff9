// A copied set as a native set file: what the file holds reads back as the same rows, and what it
// cannot hold exactly is left out for the snapshot to keep as it is.
import { describe, expect, it } from 'vitest';
import { MY_SET_ID, annotationRow, articleRow, setRow } from '../../test-support/copy-states';
import type { FileDocument } from './annotation-set-schema';
import { copiedSetFile, copiedSetRows } from './copied-set-file';
import { compareOrdinal } from './ordinal';

const article = articleRow('Officials put the toll at 139 😀 (TASS).', 'a.txt');
const documents = new Map<string, FileDocument>([[article['id'] as string, { id: article['id'] as string, title: 'T', source: 'a.txt', length: article['length'] as number }]]);
const set = setRow(MY_SET_ID, 'mine', 'My annotations', 'Me');
const at = new Date('2026-12-02T03:40:00Z');

describe('copiedSetFile', () => {
  it('writes the annotations it can hold exactly and reads them back, orphan flags included', () => {
    const rows = [
      annotationRow({ setId: MY_SET_ID, article, start: 26, end: 29, id: 'n1' }),
      annotationRow({ setId: MY_SET_ID, article, start: 30, end: 31, id: 'n2', orphan: true, note: 'emoji' }),
      { ...annotationRow({ setId: MY_SET_ID, article, start: 0, end: 9, id: 'n3' }), provenance: undefined },
    ];
    const file = copiedSetFile(set, rows, documents, at);
    expect(file.leftOut).toEqual([]);
    expect(file.orphans).toEqual(['n2']);
    const back = copiedSetRows(file.text ?? '', MY_SET_ID, new Set(file.orphans));
    expect(back.ok && back.rows.sort((a, b) => compareOrdinal(a.id, b.id))).toEqual(rows);
  });

  it('leaves out rows with unknown fields, on unknown documents or that the format refuses', () => {
    const good = annotationRow({ setId: MY_SET_ID, article, start: 26, end: 29, id: 'good' });
    const unknownField = { ...good, id: 'u', colour: 'red' };
    const unknownDocument = { ...good, id: 'd', document: `sha256:${'0'.repeat(64)}` };
    const refused = { ...good, id: 'r', prefix: 'x'.repeat(33) };
    const otherSet = { ...good, id: 'o', setId: 'another' };
    const file = copiedSetFile(set, [good, unknownField, unknownDocument, refused, otherSet], documents, at);
    expect(file.leftOut.map((row) => row['id'])).toEqual(['u', 'd', 'o', 'r']);
    const back = copiedSetRows(file.text ?? '', MY_SET_ID, new Set());
    expect(back.ok && back.rows).toEqual([good]);
  });

  it('writes no file for a set whose own fields the format refuses, and leaves every row out', () => {
    const good = annotationRow({ setId: MY_SET_ID, article, start: 26, end: 29, id: 'good' });
    expect(copiedSetFile({ ...set, name: '' }, [good], documents, at)).toEqual({ text: null, orphans: [], leftOut: [good] });
    expect(copiedSetFile({ ...set, annotator: null }, [good], documents, at)).toEqual({ text: null, orphans: [], leftOut: [good] });
  });

  it('refuses to read a file of another set, or one that is not a set file', () => {
    const file = copiedSetFile(set, [], documents, at);
    expect(copiedSetRows(file.text ?? '', 'another', new Set())).toEqual({ ok: false, error: `it holds the set ${MY_SET_ID}, not another` });
    expect(copiedSetRows('{}', MY_SET_ID, new Set()).ok).toBe(false);
  });
});
