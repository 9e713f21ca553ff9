// The current document's annotations in text order — label, quote, first line of the note —
// with filters per label (with counts) and a search over quotes and notes.
import { useMemo, useState, type ReactNode } from 'react';
import type { LabelId } from '../../../shared/labels';
import type { ResolvedAnnotation } from '../reader/anchor';
import { LabelFilter } from '../ui/label-filter';
import { toggled } from '../ui/toggled';
import { labelCounts, matchingAnnotations } from './annotation-filter';
import { AnnotationList } from './annotation-list';

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

export function AnnotationSidebar({ items, unplaced, selectedKey, setNames, onChoose, children }: AnnotationSidebarProps) {
  const [hidden, setHidden] = useState<ReadonlySet<LabelId>>(new Set());
  const [query, setQuery] = useState('');
  const counts = useMemo(() => labelCounts(items), [items]);
  const visible = useMemo(() => matchingAnnotations(items, hidden, query), [items, hidden, query]);

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
        <AnnotationList items={visible} selectedKey={selectedKey} setNames={setNames} onChoose={onChoose} />
      )}
      {unplaced > 0 && (
        <p className="flag-note">
          {unplaced === 1 ? '1 annotation' : `${unplaced} annotations`} could not be placed in this text.
        </p>
      )}
    </aside>
  );
}
