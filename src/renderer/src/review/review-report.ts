// The record a review leaves behind: the two sets' agreement figures and every adjudication
// decision, as JSON (unrounded, for tools) and as two CSV tables (for a desk's spreadsheet).
import { LABEL_IDS } from '../../../shared/labels';
import type { LabelId } from '../../../shared/labels';
import type { CorpusAgreement, LabelFigures, OverallFigures } from '../../../shared/agreement';
import type { Provenance } from '../../../shared/annotation';
import type { DecisionKind } from '../db/storage';

interface ReviewSetInfo {
  id: string;
  name: string;
  annotator: string;
}

/** A span as one of the two sets had it when the decision was made. */
export interface ReviewedSpan {
  label: LabelId;
  start: number;
  end: number;
  exact: string;
  note: string;
}

/** A span the decision kept, and where it came from. */
interface ResultSpan {
  label: LabelId;
  start: number;
  end: number;
  exact: string;
  provenance: Provenance;
}

export interface ReviewDecision {
  document: string;
  start: number;
  end: number;
  decision: DecisionKind;
  decidedAt: string;
  a: ReadonlyArray<ReviewedSpan>;
  b: ReadonlyArray<ReviewedSpan>;
  result: ReadonlyArray<ResultSpan>;
}

export interface ReviewReportInput {
  setA: ReviewSetInfo;
  setB: ReviewSetInfo;
  generatedAt: Date;
  agreement: CorpusAgreement;
  /** Titles by document id; a document without one gets null (JSON) or an empty cell (CSV). */
  documentTitles: ReadonlyMap<string, string>;
  /** Written in the order given. */
  decisions: ReadonlyArray<ReviewDecision>;
}

const REVIEW_REPORT_FORMAT = 'veritag.review-report';
const REVIEW_REPORT_VERSION = 1;

const FIGURES_HEADER = [
  'scope',
  'document_id',
  'document_title',
  'label',
  'a',
  'b',
  'exact_matches',
  'exact_f1',
  'overlap_matches',
  'overlap_f1',
  'kappa',
];

const DECISIONS_HEADER = [
  'document_id',
  'document_title',
  'start',
  'end',
  'decision',
  'decided_at',
  'a_spans',
  'b_spans',
  'result_spans',
];

/**
 * The report as JSON: format and version, both sets, the time (ISO 8601), the agreement figures
 * unrounded (each document with its title) and the decisions; 2-space indentation, final newline.
 * Keys are written in a fixed order, and only the documented ones.
 */
export function reviewReportJson(input: ReviewReportInput): string {
  const report = {
    format: REVIEW_REPORT_FORMAT,
    version: REVIEW_REPORT_VERSION,
    setA: setInfo(input.setA),
    setB: setInfo(input.setB),
    generatedAt: input.generatedAt.toISOString(),
    agreement: {
      documents: input.agreement.documents.map((document) => ({
        id: document.id,
        title: input.documentTitles.get(document.id) ?? null,
        perLabel: perLabel(document.perLabel),
        overall: overall(document.overall),
      })),
      corpus: {
        perLabel: perLabel(input.agreement.corpus.perLabel),
        overall: overall(input.agreement.corpus.overall),
      },
    },
    decisions: input.decisions.map((decision) => ({
      document: decision.document,
      start: decision.start,
      end: decision.end,
      decision: decision.decision,
      decidedAt: decision.decidedAt,
      a: decision.a.map(reviewedSpan),
      b: decision.b.map(reviewedSpan),
      result: decision.result.map(({ label, start, end, exact, provenance }) => ({
        label,
        start,
        end,
        exact,
        provenance,
      })),
    })),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}

/**
 * The report as two RFC 4180 tables (CRLF after every record, header first). figures: per
 * document its four labels and "all", then the same for the corpus (scope "corpus", no document);
 * figures to 6 decimals, κ empty when null and on "all" rows. decisions: one row per decision,
 * spans written as `label [start–end] "exact"` joined by " | " (notes are in the JSON only).
 */
export function reviewReportCsv(input: ReviewReportInput): { figures: string; decisions: string } {
  const figureRows: string[][] = [FIGURES_HEADER];
  for (const document of input.agreement.documents) {
    const title = input.documentTitles.get(document.id) ?? '';
    figureRows.push(...figureRowsOf(['document', document.id, title], document));
  }
  figureRows.push(...figureRowsOf(['corpus', '', ''], input.agreement.corpus));

  const decisionRows: string[][] = [DECISIONS_HEADER];
  for (const decision of input.decisions) {
    decisionRows.push([
      decision.document,
      input.documentTitles.get(decision.document) ?? '',
      String(decision.start),
      String(decision.end),
      decision.decision,
      decision.decidedAt,
      spanList(decision.a),
      spanList(decision.b),
      spanList(decision.result),
    ]);
  }
  return { figures: csvTable(figureRows), decisions: csvTable(decisionRows) };
}

/**
 * One CSV field: guarded against formula injection (a `'` before a leading =, +, -, @, tab or CR,
 * unless the field is a plain number such as "-0.25"), then quoted when it holds a comma, a
 * quote, CR or LF, with quotes doubled.
 */
export function csvField(value: string): string {
  const guarded = /^[=+\-@\t\r]/.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replaceAll('"', '""')}"` : guarded;
}

const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

function csvTable(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}

function figureRowsOf(
  lead: readonly [string, string, string],
  figures: { perLabel: Record<LabelId, LabelFigures>; overall: OverallFigures },
): string[][] {
  const rows = LABEL_IDS.map((label) => [...lead, label, ...figureCells(figures.perLabel[label])]);
  rows.push([...lead, 'all', ...figureCells({ ...figures.overall, kappa: null })]);
  return rows;
}

function figureCells(figures: LabelFigures): string[] {
  return [
    String(figures.a),
    String(figures.b),
    String(figures.exactMatches),
    decimal(figures.exactF1),
    String(figures.overlapMatches),
    decimal(figures.overlapF1),
    figures.kappa === null ? '' : decimal(figures.kappa),
  ];
}

/** Six decimals, never "-0.000000". */
function decimal(x: number): string {
  const shown = x.toFixed(6);
  return shown === '-0.000000' ? '0.000000' : shown;
}

function spanList(spans: ReadonlyArray<{ label: LabelId; start: number; end: number; exact: string }>): string {
  return spans.map((span) => `${span.label} [${span.start}–${span.end}] "${span.exact}"`).join(' | ');
}

function setInfo({ id, name, annotator }: ReviewSetInfo): ReviewSetInfo {
  return { id, name, annotator };
}

function reviewedSpan({ label, start, end, exact, note }: ReviewedSpan): ReviewedSpan {
  return { label, start, end, exact, note };
}

function perLabel(figures: Record<LabelId, LabelFigures>): Record<LabelId, LabelFigures> {
  const copy = {} as Record<LabelId, LabelFigures>;
  for (const label of LABEL_IDS) copy[label] = { ...overall(figures[label]), kappa: figures[label].kappa };
  return copy;
}

function overall(figures: OverallFigures): OverallFigures {
  const { a, b, exactMatches, exactF1, overlapMatches, overlapF1 } = figures;
  return { a, b, exactMatches, exactF1, overlapMatches, overlapF1 };
}
