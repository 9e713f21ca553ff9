// The small toolbar that appears beside a selection in the reader: one button per label,
// with its shortcut key. Clicking keeps the reader's selection (no focus theft on mousedown).
import type { MouseEvent } from 'react';
import { LABELS, type LabelId } from '../../../shared/labels';

interface TagToolbarProps {
  top: number;
  left: number;
  onTag: (label: LabelId, exact: boolean) => void;
}

export function TagToolbar({ top, left, onTag }: TagToolbarProps) {
  const keep = (event: MouseEvent) => event.preventDefault();
  return (
    <div className="tag-toolbar" role="toolbar" aria-label="Tag selection" style={{ top, left }}>
      {LABELS.map((label) => (
        <button
          key={label.id}
          type="button"
          className={`tag-button label-${label.id}`}
          aria-label={label.name}
          aria-keyshortcuts={label.key}
          title={`${label.name} (${label.key}; hold Alt to keep the selection exact)`}
          onMouseDown={keep}
          onClick={(event) => onTag(label.id, event.altKey)}
        >
          <span className="label-swatch" aria-hidden="true" />
          <span>{label.name}</span>
          <kbd aria-hidden="true">{label.key}</kbd>
        </button>
      ))}
    </div>
  );
}
