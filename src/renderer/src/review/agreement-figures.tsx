// The agreement figures of two sets as a compact table (one row per label, one for all labels),
// with every column explained in plain words for a desk editor, by hover, keyboard or reader.
import { useId, useState, type ReactNode } from 'react';
import { formatFigure, type LabelFigures, type OverallFigures } from '../../../shared/agreement';
import { LABELS, type LabelId } from '../../../shared/labels';

/** F1s and κs below this are marked low (▾ and a tint), where to look first. */
const LOW_FIGURE = 0.5;

/** One explained column: `term` names it in the glossary, `heading` (if given) in the table. */
export interface GlossaryEntry {
  key: string;
  term: string;
  heading?: ReactNode;
  help: string;
}

export const FIGURE_HELP = {
  exactMatches: 'Spans both marked with exactly the same start, end and label.',
  exactF1:
    'Share of spans both marked with exactly the same start, end and label (1 = identical; also 1 when neither marked anything).',
  overlapMatches:
    'Spans with the same label that share at least one character, paired one-to-one (each span counts in one pair at most).',
  overlapF1: 'Like exact F1, but spans that share at least one character count as matching (one-to-one).',
  kappa:
    'Character-level agreement beyond chance for this label (1 = perfect, 0 = chance, < 0 = worse than chance; — when neither marked anything).',
} as const;

/** The explanation of a set's span count column. */
export const spansHelp = (name: string): string => `Spans marked in ${name} (the same span marked twice counts once).`;

/** The id of one glossary entry's explanation, for `aria-describedby`. */
export const glossaryEntryId = (glossaryId: string, key: string): string => `${glossaryId}-${key}`;

interface AgreementFiguresProps {
  title: string;
  figures: { perLabel: Record<LabelId, LabelFigures>; overall: OverallFigures };
  nameA: string;
  nameB: string;
}

export function AgreementFigures({ title, figures, nameA, nameB }: AgreementFiguresProps) {
  const glossaryId = useId();
  const columns: GlossaryEntry[] = [
    { key: 'a', term: nameA, help: spansHelp(nameA) },
    { key: 'b', term: nameB, help: spansHelp(nameB) },
    { key: 'exact-matches', term: 'Exact matches', help: FIGURE_HELP.exactMatches },
    { key: 'exact-f1', term: 'Exact F1', help: FIGURE_HELP.exactF1 },
    { key: 'overlap-matches', term: 'Overlap matches', help: FIGURE_HELP.overlapMatches },
    { key: 'overlap-f1', term: 'Overlap F1', help: FIGURE_HELP.overlapF1 },
    { key: 'kappa', term: 'κ (kappa)', heading: <Kappa />, help: FIGURE_HELP.kappa },
  ];
  const { overall } = figures;
  return (
    <div className="agreement-figures">
      <div className="review-table-scroll">
        <table className="review-table figures-table">
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col" className="row-heading">
                Label
              </th>
              {columns.map((column) => (
                <HelpHeader key={column.key} glossaryId={glossaryId} entry={column} />
              ))}
            </tr>
          </thead>
          <tbody>
            {LABELS.map((label) => {
              const row = figures.perLabel[label.id];
              return (
                <tr key={label.id} className={row.a + row.b === 0 ? 'figures-unmarked' : undefined}>
                  <th scope="row" className="row-heading">
                    <span className={`figures-label label-${label.id}`}>
                      <span className="label-swatch" aria-hidden="true" />
                      {label.name}
                    </span>
                  </th>
                  <FigureCells figures={row} />
                  <FigureCell value={row.kappa} />
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" className="row-heading">
                All labels
              </th>
              <FigureCells figures={overall} />
              <td className="figure muted" title="κ is given per label only">
                <span aria-hidden="true">—</span>
                <span className="review-sr-only">not given for all labels</span>
              </td>
            </tr>
          </tfoot>
        </table>
      </div>
      <FigureGlossary id={glossaryId} entries={columns} />
    </div>
  );
}

/** A column header explained on hover (title) and to screen readers (the glossary entry). */
function HelpHeader({ glossaryId, entry }: { glossaryId: string; entry: GlossaryEntry }) {
  return (
    <th scope="col" title={entry.help} aria-describedby={glossaryEntryId(glossaryId, entry.key)}>
      <span className="figure-term">{entry.heading ?? entry.term}</span>
    </th>
  );
}

/**
 * What each column means, behind a quiet "What these figures mean" toggle. While closed the
 * entries stay in the page, visually hidden, so headers can point at them with aria-describedby.
 */
export function FigureGlossary({ id, entries }: { id: string; entries: readonly GlossaryEntry[] }) {
  const [open, setOpen] = useState(false);
  return (
    <div className="figure-glossary">
      <button
        type="button"
        className="glossary-toggle"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((current) => !current)}
      >
        <span className="glossary-mark" aria-hidden="true">
          ?
        </span>
        What these figures mean
      </button>
      <dl id={id} className={open ? 'glossary-list' : 'glossary-list review-sr-only'}>
        {entries.map((entry) => (
          <div key={entry.key}>
            <dt>{entry.term}</dt>
            <dd id={glossaryEntryId(id, entry.key)}>{entry.help}</dd>
          </div>
        ))}
        <div>
          <dt>
            <span aria-hidden="true">▾</span> low
          </dt>
          <dd>Marks an F1 or κ below {LOW_FIGURE.toFixed(1)}: the place to look first.</dd>
        </div>
      </dl>
    </div>
  );
}

/** A figure to 3 decimals; a low one gets ▾ and "low" for screen readers, a null κ "none". */
export function FigureCell({ value }: { value: number | null }) {
  if (value === null) {
    return (
      <td className="figure muted">
        <span aria-hidden="true">{formatFigure(null)}</span>
        <span className="review-sr-only">none</span>
      </td>
    );
  }
  const low = value < LOW_FIGURE;
  return (
    <td className={low ? 'figure figure-low' : 'figure'} title={low ? `Below ${LOW_FIGURE.toFixed(1)}` : undefined}>
      {low && (
        <span className="low-marker" aria-hidden="true">
          ▾
        </span>
      )}
      {formatFigure(value)}
      {low && <span className="review-sr-only"> (low)</span>}
    </td>
  );
}

export function CountCell({ value }: { value: number }) {
  return <td className="figure">{value}</td>;
}

/** |A|, |B|, exact matches and F1, overlap matches and F1, in the table's column order. */
function FigureCells({ figures }: { figures: OverallFigures }) {
  return (
    <>
      <CountCell value={figures.a} />
      <CountCell value={figures.b} />
      <CountCell value={figures.exactMatches} />
      <FigureCell value={figures.exactF1} />
      <CountCell value={figures.overlapMatches} />
      <FigureCell value={figures.overlapF1} />
    </>
  );
}

function Kappa() {
  return (
    <>
      <span aria-hidden="true">κ</span>
      <span className="review-sr-only">Kappa</span>
    </>
  );
}
