// The current document's annotations in text order — label, quote, first line of the note —
// with filters per label (with counts) and a search over quotes and notes.
import { useMemo, useState, type ReactNode } from 'react';
import { LABELS, labelById, type LabelId } from '../../../shared/labels';
import type { ResolvedAnnotation } from '../reader/anchor';
import { LabelFilter } from '../ui/label-filter';
import { toggled } from '../ui/toggled';
import { inQuotationMarks, listedText } from './quote-marks';

interface AnnotationSidebarProps {
  items: readonly ResolvedAnnotation[];
  /** Annotations that could not be placed in the text at all. */
  unplaced: number;
  selectedKey: string | null;
  /** Names of the other visible sets (a colleague's), by set id; the user's own is not named. */
  setNames: ReadonlyMap<string, string>;
  onChoose: (key: string) => void;
  children?: ReactNode;
}

const firstLine = (text: string): string => text.split('\n', 1)[0] ?? '';

export function AnnotationSidebar({ items, unplaced, selectedKey, setNames, onChoose, children }: AnnotationSidebarProps) {
  const [hidden, setHidden] = useState<ReadonlySet<LabelId>>(new Set());
  const [query, setQuery] = useState('');

  const counts = useMemo(() => {
    const byLabel = new Map<LabelId, number>(LABELS.map((l) => [l.id, 0]));
    for (const item of items) byLabel.set(item.annotation.label, (byLabel.get(item.annotation.label) ?? 0) + 1);
    return byLabel;
  }, [items]);

  const visible = useMemo(() => {
    const needle = query.trim().toLocaleLowerCase();
    return items.filter(
      ({ annotation }) =>
        !hidden.has(annotation.label) &&
        (needle === '' ||
          annotation.exact.toLocaleLowerCase().includes(needle) ||
          annotation.note.toLocaleLowerCase().includes(needle)),
    );
  }, [items, hidden, query]);


  return (
    <aside className="annotation-sidebar" aria-label="Annotations">
      {children}
      <h2 className="panel-heading">
        Annotations <span className="count">{items.length}</span>
      </h2>
      <LabelFilter name="Show labels" hidden={hidden} counts={counts} onToggle={(label) => setHidden((h) => toggled(h, label))} />
      <input
        type="search"
        className="search-field"
        aria-label="Search quotes and notes"
        placeholder="Search quotes and notes"
        value={query}
        onChange={(event) => setQuery(event.currentTarget.value)}
      />
      {items.length === 0 ? (
        <p className="muted sidebar-hint">
          Select text in the article, then press 1–4 or pick a label from the toolbar that appears.
        </p>
      ) : visible.length === 0 ? (
        <p className="muted sidebar-hint">No annotation matches.</p>
      ) : (
        <ol className="annotation-list" aria-label="Annotations in text order">
          {visible.map(({ key, annotation, flagged }) => {
            const label = labelById(annotation.label);
            return (
              <li key={key}>
                <button
                  type="button"
                  className={key === selectedKey ? 'annotation-item selected' : 'annotation-item'}
                  aria-current={key === selectedKey ? 'true' : undefined}
                  onClick={() => onChoose(key)}
                >
                  <span className="item-head">
                    <span className={`label-chip label-${label.id}`}>{label.name}</span>
                    {setNames.has(annotation.setId) && <span className="item-set">{setNames.get(annotation.setId)}</span>}
                    {flagged && <span className="flag">quote changed</span>}
                  </span>
                  <span className="item-quote">{inQuotationMarks(listedText(firstLine(annotation.exact)))}</span>
                  {annotation.note && <span className="item-note">{listedText(firstLine(annotation.note))}</span>}
                </button>
              </li>
            );
          })}
        </ol>
      )}
      {unplaced > 0 && (
        <p className="flag-note">
          {unplaced === 1 ? '1 annotation' : `${unplaced} annotations`} could not be placed in this text.
        </p>
      )}
    </aside>
  );
}
