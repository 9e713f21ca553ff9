import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LabelId } from '../shared/labels';
import { runCaptured } from './captured-io';

// Three documents whose lengths make every proportion a binary fraction, so each κ below is one
// correctly rounded division of two exact numbers, and `toBe(5 / 7)` compares to the last bit.
const D1 = `sha256:${'1'.repeat(64)}`; // 16 code points; annotated in A and B
const D2 = `sha256:${'2'.repeat(64)}`; // 16 code points; listed only in B, no annotations
const D3 = `sha256:${'3'.repeat(64)}`; // 32 code points; listed only in A, one annotation

type Span = [document: string, label: LabelId, start: number, end: number];

// A: claim [0,4) twice (counts once), claim [8,12), attribution [2,6); disputed [0,4) in D3.
const A_SPANS: Span[] = [
  [D1, 'claim', 0, 4],
  [D1, 'claim', 0, 4],
  [D1, 'claim', 8, 12],
  [D1, 'attribution', 2, 6],
  [D3, 'disputed', 0, 4],
];
// B: claim [0,4), claim [10,14), attribution [5,7), casualty-figure [12,14), all in D1.
const B_SPANS: Span[] = [
  [D1, 'claim', 0, 4],
  [D1, 'claim', 10, 14],
  [D1, 'attribution', 5, 7],
  [D1, 'casualty-figure', 12, 14],
];

function setFile(annotator: string, documents: Array<[string, number]>, spans: Span[]): string {
  return JSON.stringify({
    format: 'veritag.annotation-set',
    version: 1,
    set: { id: `set-${annotator}`, name: `${annotator}'s pass`, annotator: { id: annotator, name: annotator } },
    exportedAt: '2026-11-22T10:00:00.000Z',
    documents: documents.map(([id, length]) => ({ id, title: `Doc ${id.slice(7, 8)}`, source: 'x.txt', length })),
    annotations: spans.map(([document, label, start, end], i) => ({
      id: `${annotator}-${i}`,
      document,
      label,
      start,
      end,
      exact: 'x'.repeat(end - start),
      prefix: '',
      suffix: '',
      note: '',
      created: '2026-11-22T09:58:01.000Z',
      modified: '2026-11-22T09:58:01.000Z',
    })),
  });
}

const scratch = mkdtempSync(join(tmpdir(), 'veritag-agreement-'));
const A = join(scratch, 'alice.json');
const B = join(scratch, 'bob.json');
const B_LONGER = join(scratch, 'bob-other-text.json');

beforeAll(() => {
  writeFileSync(A, setFile('Alice', [[D1, 16], [D3, 32]], A_SPANS));
  writeFileSync(B, setFile('Bob', [[D2, 16], [D1, 16]], B_SPANS));
  writeFileSync(B_LONGER, setFile('Bob', [[D1, 17]], []));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The figures of a label with no span in either set: F1s 1 (both empty), κ null. */
const NOTHING = { a: 0, b: 0, exactMatches: 0, exactF1: 1, overlapMatches: 0, overlapF1: 1, kappa: null };

describe('veritag agreement --json', () => {
  it('reports the figures of agreement.md, computed by hand, over every listed document', async () => {
    const run = await runCaptured(['agreement', A, B, '--json']);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(run.stdout)).toEqual({
      documents: [
        {
          id: D1,
          perLabel: {
            // A {[0,4),[8,12)}, B {[0,4),[10,14)}: 1 exact; overlap pairs (4 cp) and (2 cp).
            // κ, N=16: A marks 8, B 8, both 6, neither 6: p_o = 12/16, p_e = .5·.5+.5·.5 = .5,
            // κ = (.75 − .5)/.5 = .5.
            claim: { a: 2, b: 2, exactMatches: 1, exactF1: 2 / 4, overlapMatches: 2, overlapF1: 4 / 4, kappa: 0.5 },
            // A {[2,6)}, B {[5,7)}: no exact, overlap [5,6). κ: A 4, B 2, both 1, neither 11:
            // p_o = 12/16, p_e = (4/16)(2/16) + (12/16)(14/16) = 11/16, κ = (1/16)/(5/16) = 1/5.
            attribution: { a: 1, b: 1, exactMatches: 0, exactF1: 0, overlapMatches: 1, overlapF1: 1, kappa: 1 / 5 },
            // Only B {[12,14)}: F1s 0/1. κ: p_o = 14/16, p_A = 0, p_e = 1·(14/16): κ = 0.
            'casualty-figure': { a: 0, b: 1, exactMatches: 0, exactF1: 0, overlapMatches: 0, overlapF1: 0, kappa: 0 },
            disputed: NOTHING,
          },
          // a = 2+1+0+0, b = 2+1+1+0, exact 1, overlap 2+1.
          overall: { a: 3, b: 4, exactMatches: 1, exactF1: 2 / 7, overlapMatches: 3, overlapF1: 6 / 7 },
        },
        {
          // Listed by B only, no annotations anywhere: agreement on "nothing marked".
          id: D2,
          perLabel: { claim: NOTHING, attribution: NOTHING, 'casualty-figure': NOTHING, disputed: NOTHING },
          overall: { a: 0, b: 0, exactMatches: 0, exactF1: 1, overlapMatches: 0, overlapF1: 1 },
        },
        {
          // Listed by A only. Disputed: A {[0,4)}, B none; κ: p_o = 28/32 = p_e = 1·(28/32): κ = 0.
          id: D3,
          perLabel: {
            claim: NOTHING,
            attribution: NOTHING,
            'casualty-figure': NOTHING,
            disputed: { a: 1, b: 0, exactMatches: 0, exactF1: 0, overlapMatches: 0, overlapF1: 0, kappa: 0 },
          },
          overall: { a: 1, b: 0, exactMatches: 0, exactF1: 0, overlapMatches: 0, overlapF1: 0 },
        },
      ],
      corpus: {
        perLabel: {
          // Counts summed; κ over N = 16+16+32 = 64 code points as one sequence.
          // claim: A 8, B 8, both 6, neither 54: p_o = 60/64, p_e = (8/64)² + (56/64)² = 50/64,
          // κ = (10/64)/(14/64) = 5/7.
          claim: { a: 2, b: 2, exactMatches: 1, exactF1: 2 / 4, overlapMatches: 2, overlapF1: 1, kappa: 5 / 7 },
          // attribution: A 4, B 2, both 1, neither 59: p_o = 60/64 = 480/512,
          // p_e = (4/64)(2/64) + (60/64)(62/64) = 466/512, κ = 14/46 = 7/23.
          attribution: { a: 1, b: 1, exactMatches: 0, exactF1: 0, overlapMatches: 1, overlapF1: 1, kappa: 7 / 23 },
          // Only one side marks: p_o = p_e in both cases, κ = 0.
          'casualty-figure': { a: 0, b: 1, exactMatches: 0, exactF1: 0, overlapMatches: 0, overlapF1: 0, kappa: 0 },
          disputed: { a: 1, b: 0, exactMatches: 0, exactF1: 0, overlapMatches: 0, overlapF1: 0, kappa: 0 },
        },
        // a = 2+1+0+1 = 4, b = 2+1+1+0 = 4: exact F1 2/8, overlap F1 6/8.
        overall: { a: 4, b: 4, exactMatches: 1, exactF1: 0.25, overlapMatches: 3, overlapF1: 0.75 },
      },
    });
  });

  it('keeps the keys in the documented order, all four labels always present', async () => {
    const json = JSON.parse((await runCaptured(['agreement', A, B, '--json'])).stdout) as {
      documents: Array<{ perLabel: Record<string, object>; overall: object }>;
    };
    const document = json.documents[0];
    expect(Object.keys(json)).toEqual(['documents', 'corpus']);
    expect(Object.keys(document ?? {})).toEqual(['id', 'perLabel', 'overall']);
    expect(Object.keys(document?.perLabel ?? {})).toEqual(['claim', 'attribution', 'casualty-figure', 'disputed']);
    expect(Object.keys(document?.perLabel['claim'] ?? {})).toEqual([
      'a', 'b', 'exactMatches', 'exactF1', 'overlapMatches', 'overlapF1', 'kappa',
    ]);
    expect(Object.keys(document?.overall ?? {})).toEqual([
      'a', 'b', 'exactMatches', 'exactF1', 'overlapMatches', 'overlapF1',
    ]);
  });

  it('counts a listed document without annotations (the corpus κ changes with it)', async () => {
    const withoutD2 = join(scratch, 'bob-without-d2.json');
    writeFileSync(withoutD2, setFile('Bob', [[D1, 16]], B_SPANS));
    const json = JSON.parse((await runCaptured(['agreement', A, withoutD2, '--json'])).stdout) as {
      documents: Array<{ id: string }>;
      corpus: { perLabel: { claim: { kappa: number } } };
    };
    expect(json.documents.map((d) => d.id)).toEqual([D1, D3]);
    // N = 48 instead of 64: p_o = 44/48, p_e = (8/48)² + (40/48)² = 1664/2304,
    // κ = (2112 − 1664)/(2304 − 1664) = 448/640 = 0.7 (not 5/7). 48ths are not binary fractions,
    // so here the last bits may differ.
    expect(json.corpus.perLabel.claim.kappa).toBeCloseTo(0.7, 12);
  });
});

describe('veritag agreement (table)', () => {
  it('prints each document and the corpus with 3 decimals', async () => {
    const run = await runCaptured(['agreement', A, B]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const rows = run.stdout.split('\n').map((line) => line.trim().split(/\s{2,}/));
    const corpusAt = rows.findIndex((row) => row[0]?.startsWith('Corpus: 3 documents, 64 code points'));
    expect(corpusAt).toBeGreaterThan(0);
    const corpus = rows.slice(corpusAt + 1, corpusAt + 7);
    expect(corpus).toEqual([
      ['label', 'A', 'B', 'exact', 'exact F1', 'overlap', 'overlap F1', 'kappa'],
      ['Claim', '2', '2', '1', '0.500', '2', '1.000', '0.714'],
      ['Attribution', '1', '1', '0', '0.000', '1', '1.000', '0.304'],
      ['Casualty figure', '0', '1', '0', '0.000', '0', '0.000', '0.000'],
      ['Disputed', '1', '0', '0', '0.000', '0', '0.000', '0.000'],
      ['All labels', '4', '4', '1', '0.250', '3', '0.750'],
    ]);
    expect(run.stdout).toContain(
      `A  ${A}: set "Alice's pass" by Alice (5 annotations)\nB  ${B}: set "Bob's pass" by Bob (4 annotations)\n`,
    );
    expect(run.stdout).toContain(`Document ${D2}\n"Doc 2" (16 code points)\n`);
    // A label no one used in a document has κ null, shown as —.
    expect(rows).toContainEqual(['Disputed', '0', '0', '0', '1.000', '0', '1.000', '—']);
  });
});

describe('veritag agreement errors', () => {
  it('exits 1 when the files give different lengths for the same document', async () => {
    const run = await runCaptured(['agreement', A, B_LONGER]);
    expect(run).toEqual({
      code: 1,
      stdout: '',
      stderr:
        `${B_LONGER}: documents[0]: length: 17, but ${A} gives 16 for document ${D1}; ` +
        'the two files do not annotate the same text\n',
    });
  });

  it('exits 1 with the validation messages of an invalid file', async () => {
    const bad = join(scratch, 'bad.json');
    writeFileSync(bad, '{');
    const run = await runCaptured(['agreement', bad, B]);
    expect(run).toEqual({
      code: 1,
      stdout: '',
      stderr: `${bad}: not JSON: unexpected end of input at line 1 column 2\n`,
    });
  });

  it('exits 2 when a file cannot be read', async () => {
    const run = await runCaptured(['agreement', A, join(scratch, 'missing.json'), '--json']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
  });
});

describe('veritag agreement on offsets not counted in code points', () => {
  it('compares them as written, as agreement.md says, and warns for each such annotation', async () => {
    const file = join(__dirname, '..', '..', 'test-support', 'good-sets', 'utf16-offsets.veritag.json');
    const run = await runCaptured(['agreement', file, file, '--json']);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toBe('');
    expect(run.stderr.split('\n').filter(Boolean)).toEqual(
      [file, file].flatMap((path) => [
        `warning: ${path}: annotations[0] (id 9e4a1f20-3c6b-4d7e-8f51-2a0b9c8d7e61): end - start is 18, but exact has 17 code points; compared at the offsets written (importing the file into Veritag re-anchors it by its quote)`,
        `warning: ${path}: annotations[1] (id b1c7d2e3-4f5a-4b6c-9d8e-7f0a1b2c3d4e): end - start is 32, but exact has 29 code points; compared at the offsets written (importing the file into Veritag re-anchors it by its quote)`,
      ]),
    );
  });
});
