// Every compared document's agreement in one table, worst overlap F1 first, so a review starts
// where the pair disagrees most; a document's title opens it in the review.
import { useId, useMemo, useState } from 'react';
import type { DocumentAgreement } from '../../../shared/agreement';
import { compareOrdinal } from '../../../shared/ordinal';
import {
  CountCell,
  FIGURE_HELP,
  FigureCell,
  FigureGlossary,
  glossaryEntryId,
  spansHelp,
  type GlossaryEntry,
} from './agreement-figures';

export interface CorpusTableRow {
  id: string;
  title: string;
  figures: DocumentAgreement;
  /** The document's disagreements (groups to adjudicate); the column shows when any row has it. */
  disagreements?: number;
}

interface CorpusTableProps {
  documents: ReadonlyArray<CorpusTableRow>;
  onOpen: (id: string) => void;
  selectedId: string | null;
  /** Column names for the two sets' span counts; "A" and "B" when not given. */
  nameA?: string;
  nameB?: string;
  /** The table's caption; "Documents" when not given. */
  title?: string;
}

type SortKey = 'title' | 'a' | 'b' | 'exactF1' | 'overlapF1' | 'disagreements';

interface Sort {
  key: SortKey;
  descending: boolean;
}

interface Column extends GlossaryEntry {
  key: SortKey;
}

const NUMBER_OF: Record<Exclude<SortKey, 'title'>, (row: CorpusTableRow) => number> = {
  a: (row) => row.figures.overall.a,
  b: (row) => row.figures.overall.b,
  exactF1: (row) => row.figures.overall.exactF1,
  overlapF1: (row) => row.figures.overall.overlapF1,
  disagreements: (row) => row.disagreements ?? -1,
};

/** Where a sort by each column starts: counts most first, F1s worst first, titles A–Z. */
const STARTS_DESCENDING: Record<SortKey, boolean> = {
  title: false,
  a: true,
  b: true,
  exactF1: false,
  overlapF1: false,
  disagreements: true,
};

const DEFAULT_SORT: Sort = { key: 'overlapF1', descending: false };

const titleOrder = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/** The rows in `sort` order; ties go worst overlap F1, most disagreements, title, then id. */
function sortRows(rows: ReadonlyArray<CorpusTableRow>, sort: Sort): CorpusTableRow[] {
  const byKey = (x: CorpusTableRow, y: CorpusTableRow): number =>
    sort.key === 'title' ? titleOrder.compare(x.title, y.title) : NUMBER_OF[sort.key](x) - NUMBER_OF[sort.key](y);
  return [...rows].sort(
    (x, y) =>
      (sort.descending ? byKey(y, x) : byKey(x, y)) ||
      NUMBER_OF.overlapF1(x) - NUMBER_OF.overlapF1(y) ||
      NUMBER_OF.disagreements(y) - NUMBER_OF.disagreements(x) ||
      titleOrder.compare(x.title, y.title) ||
      compareOrdinal(x.id, y.id),
  );
}

function orderWords(sort: Sort): string {
  if (sort.key === 'title') return sort.descending ? 'Z to A' : 'A to Z';
  return sort.descending ? 'highest first' : 'lowest first';
}

export function CorpusTable({ documents, onOpen, selectedId, nameA = 'A', nameB = 'B', title = 'Documents' }: CorpusTableProps) {
  const glossaryId = useId();
  const [sort, setSort] = useState<Sort>(DEFAULT_SORT);
  const rows = useMemo(() => sortRows(documents, sort), [documents, sort]);
  const withDisagreements = documents.some((row) => row.disagreements !== undefined);

  const columns: Column[] = [
    { key: 'title', term: 'Document', help: 'The article. Choose its title to open it in the review.' },
    { key: 'a', term: nameA, help: spansHelp(nameA) },
    { key: 'b', term: nameB, help: spansHelp(nameB) },
    { key: 'exactF1', term: 'Exact F1', help: FIGURE_HELP.exactF1 },
    { key: 'overlapF1', term: 'Overlap F1', help: FIGURE_HELP.overlapF1 },
  ];
  if (withDisagreements) {
    columns.push({
      key: 'disagreements',
      term: 'Disagreements',
      help: 'Places where the two sets differ: groups of overlapping spans that do not all match exactly.',
    });
  }
  const sortedBy = columns.find((column) => column.key === sort.key)?.term ?? '';

  const sortBy = (key: SortKey) =>
    setSort((current) =>
      current.key === key ? { key, descending: !current.descending } : { key, descending: STARTS_DESCENDING[key] },
    );

  if (documents.length === 0) {
    return <p className="muted corpus-empty">No document has annotations in either set yet.</p>;
  }

  return (
    <div className="corpus-figures">
      <div className="review-table-scroll">
        <table className="review-table corpus-table">
          <caption>
            {title}
            <span className="caption-note">, sorted by {sortedBy}, {orderWords(sort)}</span>
          </caption>
          <thead>
            <tr>
              {columns.map((column) => {
                const active = column.key === sort.key;
                // Beside the term on the side away from the numbers, so headers stay aligned with them.
                const mark = active && (
                  <span className="sort-mark" aria-hidden="true">
                    {sort.descending ? '↓' : '↑'}
                  </span>
                );
                return (
                  <th
                    key={column.key}
                    scope="col"
                    className={column.key === 'title' ? 'row-heading' : undefined}
                    title={column.help}
                    aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : undefined}
                  >
                    <button
                      type="button"
                      className="sort-button"
                      aria-describedby={glossaryEntryId(glossaryId, column.key)}
                      onClick={() => sortBy(column.key)}
                    >
                      {column.key !== 'title' && mark}
                      <span className="figure-term">{column.term}</span>
                      {column.key === 'title' && mark}
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const selected = row.id === selectedId;
              const overall = row.figures.overall;
              return (
                <tr key={row.id} className={selected ? 'selected' : undefined}>
                  <th scope="row" className="row-heading">
                    <button
                      type="button"
                      className="corpus-open"
                      aria-current={selected ? 'true' : undefined}
                      onClick={() => onOpen(row.id)}
                    >
                      {row.title.trim() === '' ? row.id : row.title}
                    </button>
                  </th>
                  <CountCell value={overall.a} />
                  <CountCell value={overall.b} />
                  <FigureCell value={overall.exactF1} />
                  <FigureCell value={overall.overlapF1} />
                  {withDisagreements &&
                    (row.disagreements === undefined ? (
                      <FigureCell value={null} />
                    ) : (
                      <CountCell value={row.disagreements} />
                    ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <FigureGlossary id={glossaryId} entries={columns} />
    </div>
  );
}
