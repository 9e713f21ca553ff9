// The Sets panel: every annotation set (yours, colleagues' imported ones, reviewed ones), which
// are shown in the reader, and the ways sets come and go: import, export, remove, orphans.
import { useState } from 'react';
import type { AnnotationSet } from '../../../shared/annotation';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { Icon } from '../ui/icons';
import { SET_KIND_NAMES, setDisplayName } from './set-names';
import type { VisibleSets } from './visible-sets';

interface SetsPanelProps {
  sets: AnnotationSet[] | null;
  visibility: VisibleSets;
  orphanCount: number | null;
  onImport: () => void;
  onExport: (setId: string) => void;
  onRemove: (setId: string) => void;
  onShowOrphans: () => void;
}

export function SetsPanel({ sets, visibility, orphanCount, onImport, onExport, onRemove, onShowOrphans }: SetsPanelProps) {
  const [removing, setRemoving] = useState<AnnotationSet | null>(null);
  return (
    <section className="sets-panel" aria-label="Sets">
      <h2 className="panel-heading">Sets</h2>
      {sets === null ? (
        <p className="muted">Loading…</p>
      ) : (
        <ul className="set-list">
          {sets.map((set) => (
            <li key={set.id} className={`set-item set-${set.kind}`}>
              <label className="set-toggle" title={`${setDisplayName(set)} · ${SET_KIND_NAMES[set.kind]}`}>
                <input type="checkbox" checked={visibility.isVisible(set.id)} onChange={() => visibility.toggle(set.id)} />
                <span className="set-name">{setDisplayName(set)}</span>
              </label>
              <span className="set-kind">{SET_KIND_NAMES[set.kind]}</span>
              <div className="set-actions">
                <button type="button" className="icon-button" aria-label={`Export ${setDisplayName(set)}`} title="Export…" onClick={() => onExport(set.id)}>
                  <Icon name="export" />
                </button>
                {set.kind !== 'mine' && (
                  <button type="button" className="icon-button" aria-label={`Remove ${setDisplayName(set)}`} title="Remove" onClick={() => setRemoving(set)}>
                    <Icon name="trash" />
                  </button>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
      <div className="set-buttons">
        <button type="button" onClick={onImport}>
          <Icon name="import" /> Import set…
        </button>
        {orphanCount !== null && orphanCount > 0 && (
          <button type="button" className="orphans-button" onClick={onShowOrphans}>
            Orphans ({orphanCount})
          </button>
        )}
      </div>
      {removing && (
        <ConfirmDialog
          title="Remove set?"
          message={`“${setDisplayName(removing)}” and all its annotations will be removed from this computer. The file it came from is not touched.`}
          confirmLabel="Remove"
          onCancel={() => setRemoving(null)}
          onConfirm={() => {
            onRemove(removing.id);
            setRemoving(null);
          }}
        />
      )}
    </section>
  );
}
