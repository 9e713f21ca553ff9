// The review report's two forms: the JSON shape with unrounded figures and titles, and CSV that
// a spreadsheet reads back exactly (RFC 4180 quoting, CRLF) without running any formula.
import { describe, expect, it } from 'vitest';
import { agreement } from '../../../shared/agreement';
import { csvField, reviewReportCsv, reviewReportJson } from './review-report';
import type { ReviewDecision, ReviewReportInput } from './review-report';

// Document x (length 10): A marks claim [0,5), B marks claim [5,10) → κ = −1, no match.
// A and B both mark attribution [0,3); A also marks attribution [4,6) and B [4,7).
// Document y (length 4): nothing marked at all.
const figures = agreement([
  {
    id: 'sha256:y',
    length: 4,
    a: [],
    b: [],
  },
  {
    id: 'sha256:x',
    length: 10,
    a: [
      { start: 0, end: 5, label: 'claim' },
      { start: 0, end: 3, label: 'attribution' },
      { start: 4, end: 6, label: 'attribution' },
    ],
    b: [
      { start: 5, end: 10, label: 'claim' },
      { start: 0, end: 3, label: 'attribution' },
      { start: 4, end: 7, label: 'attribution' },
    ],
  },
]);

const decision: ReviewDecision = {
  document: 'sha256:x',
  start: 0,
  end: 10,
  decision: 'edited',
  decidedAt: '2026-11-23T10:00:00.000Z',
  a: [{ label: 'claim', start: 0, end: 5, exact: '=HYPERLINK("http://evil","x")', note: '=HYPERLINK("http://evil")' }],
  b: [
    { label: 'claim', start: 5, end: 10, exact: 'said, "no"', note: '' },
    { label: 'disputed', start: 5, end: 10, exact: 'two\nlines', note: 'n' },
  ],
  result: [{ label: 'claim', start: 0, end: 10, exact: 'whole', provenance: 'edited' }],
};

const input: ReviewReportInput = {
  setA: { id: 'set-a', name: 'Mine', annotator: 'Ana' },
  setB: { id: 'set-b', name: 'Colleague, desk 2', annotator: 'Ben' },
  generatedAt: new Date(Date.UTC(2026, 10, 23, 12, 30, 0)),
  agreement: figures,
  documentTitles: new Map([
    ['sha256:x', '=HYPERLINK("http://evil","click")'],
    ['sha256:y', 'Quiet, "calm" day'],
  ]),
  decisions: [decision],
};

/** A strict RFC 4180 reader: every record ends with CRLF; a bare CR or LF outside quotes fails. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  while (i < text.length) {
    if (text[i] === '"' && field === '') {
      let end = i + 1;
      for (;;) {
        const quote = text.indexOf('"', end);
        if (quote < 0) throw new Error('Unclosed quote');
        if (text[quote + 1] === '"') end = quote + 2;
        else {
          end = quote;
          break;
        }
      }
      field = text.slice(i + 1, end).replaceAll('""', '"');
      i = end + 1;
      if (!/^(,|\r\n)/.test(text.slice(i, i + 2))) throw new Error(`Junk after quoted field at ${i}`);
    } else if (text[i] === ',') {
      row.push(field);
      field = '';
      i++;
    } else if (text.startsWith('\r\n', i)) {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 2;
    } else if (text[i] === '\r' || text[i] === '\n' || text[i] === '"') {
      throw new Error(`Stray ${JSON.stringify(text[i])} at ${i}`);
    } else {
      field += text[i]!;
      i++;
    }
  }
  if (field !== '' || row.length > 0) throw new Error('Last record lacks its CRLF');
  return rows;
}

type Figures = Record<'exactF1' | 'overlapF1' | 'kappa', unknown>;
/** The JSON report as read back: the parts these tests look at. */
interface ParsedReport {
  format: unknown;
  version: unknown;
  setA: unknown;
  setB: unknown;
  generatedAt: unknown;
  agreement: {
    documents: Array<{
      id: string;
      title: string | null;
      perLabel: Record<'claim' | 'attribution' | 'casualty-figure' | 'disputed', Figures>;
      overall: Figures;
    }>;
    corpus: unknown;
  };
  decisions: Array<{ a: Array<{ note: unknown }>; result: Array<{ provenance: unknown }> }>;
}

const parseReport = (text: string) => JSON.parse(text) as ParsedReport;

describe('review report as JSON', () => {
  const text = reviewReportJson(input);
  const report = parseReport(text);

  it('has the documented shape, 2-space indentation and a final newline', () => {
    expect(Object.keys(report)).toEqual(['format', 'version', 'setA', 'setB', 'generatedAt', 'agreement', 'decisions']);
    expect(report.format).toBe('veritag.review-report');
    expect(report.version).toBe(1);
    expect(report.setA).toEqual({ id: 'set-a', name: 'Mine', annotator: 'Ana' });
    expect(report.setB).toEqual(input.setB);
    expect(report.generatedAt).toBe('2026-11-23T12:30:00.000Z');
    expect(text.startsWith('{\n  "format": "veritag.review-report",\n')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.endsWith('\n\n')).toBe(false);
  });

  it('carries each document with its title and the figures unrounded', () => {
    expect(report.agreement.documents.map((d) => [d.id, d.title])).toEqual([
      ['sha256:x', '=HYPERLINK("http://evil","click")'],
      ['sha256:y', 'Quiet, "calm" day'],
    ]);
    const x = report.agreement.documents[0]!;
    expect(Object.keys(x.perLabel)).toEqual(['claim', 'attribution', 'casualty-figure', 'disputed']);
    expect(x.perLabel.claim).toEqual({ a: 1, b: 1, exactMatches: 0, exactF1: 0, overlapMatches: 0, overlapF1: 0, kappa: -1 });
    expect(x.perLabel.attribution.exactF1).toBe(0.5);
    expect(x.perLabel.attribution.overlapF1).toBe(1);
    expect(x.perLabel.disputed.kappa).toBeNull();
    // Overall: 1 exact match and 2 overlap matches out of 3 + 3 spans.
    expect(x.overall.exactF1).toBe(1 / 3);
    expect(x.overall.overlapF1).toBe(2 / 3);
    expect(x.overall).not.toHaveProperty('kappa');
    expect(report.agreement.corpus).toEqual(JSON.parse(JSON.stringify(figures.corpus)));
  });

  it('gives a document without a known title a null title', () => {
    const untitled = parseReport(reviewReportJson({ ...input, documentTitles: new Map() }));
    expect(untitled.agreement.documents[0]?.title).toBeNull();
  });

  it('writes the decisions with their spans, notes and provenance, leaving out unknown keys', () => {
    const extra = { ...decision, internalId: 42 } as ReviewDecision;
    const [written] = parseReport(reviewReportJson({ ...input, decisions: [extra] })).decisions;
    expect(written).toEqual(JSON.parse(JSON.stringify(decision)));
    expect(written?.a[0]?.note).toBe('=HYPERLINK("http://evil")');
    expect(written?.result[0]?.provenance).toBe('edited');
  });
});

describe('review report as CSV', () => {
  const { figures: figuresCsv, decisions: decisionsCsv } = reviewReportCsv(input);

  it('ends every record with CRLF and has no bare line breaks outside quotes', () => {
    expect(figuresCsv.endsWith('\r\n')).toBe(true);
    expect(figuresCsv.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    expect(() => parseCsv(decisionsCsv)).not.toThrow();
  });

  it('lists every document × (four labels + all), then the corpus', () => {
    const rows = parseCsv(figuresCsv);
    expect(rows[0]).toEqual([
      'scope', 'document_id', 'document_title', 'label', 'a', 'b',
      'exact_matches', 'exact_f1', 'overlap_matches', 'overlap_f1', 'kappa',
    ]);
    expect(rows).toHaveLength(1 + 3 * 5);
    expect(rows.slice(1).map((row) => [row[0], row[1], row[3]].join(':'))).toEqual(
      ['document:sha256:x', 'document:sha256:y', 'corpus:'].flatMap((scope) =>
        ['claim', 'attribution', 'casualty-figure', 'disputed', 'all'].map((label) => `${scope}:${label}`),
      ),
    );
    expect(rows[1]).toEqual([
      'document', 'sha256:x', `'=HYPERLINK("http://evil","click")`, 'claim',
      '1', '1', '0', '0.000000', '0', '0.000000', '-1.000000',
    ]);
    expect(rows[2]?.slice(4)).toEqual(['2', '2', '1', '0.500000', '2', '1.000000', '0.800000']);
    expect(rows[5]?.slice(3)).toEqual(['all', '3', '3', '1', '0.333333', '2', '0.666667', '']);
    expect(rows[6]?.slice(0, 4)).toEqual(['document', 'sha256:y', 'Quiet, "calm" day', 'claim']);
    expect(rows[6]?.slice(4)).toEqual(['0', '0', '0', '1.000000', '0', '1.000000', '']);
    expect(rows[11]?.slice(0, 3)).toEqual(['corpus', '', '']);
  });

  it('quotes fields with commas, quotes and line breaks, doubling the quotes', () => {
    expect(figuresCsv).toContain(',"Quiet, ""calm"" day",');
    expect(figuresCsv).toContain(`,"'=HYPERLINK(""http://evil"",""click"")",`);
    expect(decisionsCsv).toContain('"claim [5–10] ""said, ""no"""" | disputed [5–10] ""two\nlines""",');
  });

  it('writes each decision with its spans', () => {
    const rows = parseCsv(decisionsCsv);
    expect(rows).toEqual([
      ['document_id', 'document_title', 'start', 'end', 'decision', 'decided_at', 'a_spans', 'b_spans', 'result_spans'],
      [
        'sha256:x',
        `'=HYPERLINK("http://evil","click")`,
        '0',
        '10',
        'edited',
        '2026-11-23T10:00:00.000Z',
        'claim [0–5] "=HYPERLINK("http://evil","x")"',
        'claim [5–10] "said, "no"" | disputed [5–10] "two\nlines"',
        'claim [0–10] "whole"',
      ],
    ]);
  });

  it('writes only the header when nothing was decided', () => {
    expect(reviewReportCsv({ ...input, decisions: [] }).decisions).toBe(
      'document_id,document_title,start,end,decision,decided_at,a_spans,b_spans,result_spans\r\n',
    );
  });
});

describe('CSV fields', () => {
  it('prefixes a quote to anything a spreadsheet would run as a formula', () => {
    expect(csvField('=HYPERLINK("http://evil","x")')).toBe(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(csvField('+1+2')).toBe("'+1+2");
    expect(csvField('-2+3')).toBe("'-2+3");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\tcmd')).toBe("'\tcmd");
    expect(csvField('\r=1')).toBe(`"'\r=1"`);
    expect(csvField('-')).toBe("'-");
  });

  it('leaves plain numbers, negative ones included, and ordinary text alone', () => {
    expect(csvField('-0.25')).toBe('-0.25');
    expect(csvField('-1.000000')).toBe('-1.000000');
    expect(csvField('0.875000')).toBe('0.875000');
    expect(csvField('12')).toBe('12');
    expect(csvField('a = b')).toBe('a = b');
    expect(csvField('')).toBe('');
  });

  it('quotes only when needed', () => {
    expect(csvField('plain text')).toBe('plain text');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('one\ntwo')).toBe('"one\ntwo"');
  });
});
