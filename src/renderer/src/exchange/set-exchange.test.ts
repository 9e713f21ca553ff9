// Reading a set file as the app does (in the exchange worker, in Chromium): a file with a very
// large number of problems lists the first ones and counts the rest, as the command line does.
import { describe, expect, it } from 'vitest';
import { MAX_REPORTED_PROBLEMS } from '../../../shared/annotation-set-schema';
import { readSetFile } from './set-exchange';

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
