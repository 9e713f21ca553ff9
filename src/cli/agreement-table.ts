// The readable form of `veritag agreement`: per document and for the corpus, a table of the
// figures per label, at the 3 decimals the review screen shows (formatFigure).
import { formatFigure } from '../shared/agreement';
import type { CorpusAgreement, LabelFigures, OverallFigures } from '../shared/agreement';
import { LABELS } from '../shared/labels';
import type { ComparedDocument, NamedSetFile } from './agreement-documents';
import { visibleText } from '../shared/visible-text';
import { counted, quotedText } from './terminal-text';

export interface AgreementTableInput {
  a: NamedSetFile;
  b: NamedSetFile;
  /** The compared documents, for their titles and lengths. */
  documents: readonly ComparedDocument[];
  result: CorpusAgreement;
}

const HEADERS = ['label', 'A', 'B', 'exact', 'exact F1', 'overlap', 'overlap F1', 'kappa'] as const;
const OVERALL_ROW = 'All labels';
const INDENT = '  ';

export function agreementTable(input: AgreementTableInput): string {
  const { a, b, documents, result } = input;
  const byId = new Map(documents.map((document) => [document.id, document]));
  const sections = [`A  ${describeSet(a)}\nB  ${describeSet(b)}\n`];
  for (const document of result.documents) {
    const compared = byId.get(document.id);
    const heading = compared === undefined
      ? `Document ${document.id}`
      : `Document ${document.id}\n${quotedText(compared.title)} (${counted(compared.length, 'code point')})`;
    sections.push(`${heading}\n${figuresTable(document)}`);
  }
  const totalLength = documents.reduce((sum, document) => sum + document.length, 0);
  const corpus = `${counted(result.documents.length, 'document')}, ${counted(totalLength, 'code point')}`;
  sections.push(`Corpus: ${corpus}\n${figuresTable(result.corpus)}`);
  return sections.join('\n');
}

function describeSet({ path, file }: NamedSetFile): string {
  const { set, annotations } = file;
  const who = `set ${quotedText(set.name)} by ${visibleText(set.annotator.name)}`;
  return `${path}: ${who} (${counted(annotations.length, 'annotation')})`;
}

function figuresTable(figures: CorpusAgreement['corpus']): string {
  const rows: string[][] = [[...HEADERS]];
  for (const label of LABELS) {
    const row: LabelFigures = figures.perLabel[label.id];
    rows.push([label.name, ...cells(row), formatFigure(row.kappa)]);
  }
  rows.push([OVERALL_ROW, ...cells(figures.overall), '']);
  const widths = HEADERS.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  return rows
    .map((row) =>
      row
        .map((cell, column) => {
          const width = widths[column] ?? 0;
          return column === 0 ? cell.padEnd(width) : cell.padStart(width);
        })
        .join('  ')
        .trimEnd(),
    )
    .map((line) => `${INDENT}${line}\n`)
    .join('');
}

function cells(figures: OverallFigures): string[] {
  return [
    String(figures.a),
    String(figures.b),
    String(figures.exactMatches),
    formatFigure(figures.exactF1),
    String(figures.overlapMatches),
    formatFigure(figures.overlapF1),
  ];
}
