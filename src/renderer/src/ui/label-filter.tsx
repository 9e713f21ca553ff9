// One chip per label that shows or hides its spans (pressed = shown), with optional counts:
// the annotation sidebar's filter and the review's.
import { LABELS, type LabelId } from '../../../shared/labels';

interface LabelFilterProps {
  /** The group's accessible name. */
  name: string;
  hidden: ReadonlySet<LabelId>;
  counts?: ReadonlyMap<LabelId, number>;
  onToggle: (label: LabelId) => void;
}

export function LabelFilter({ name, hidden, counts, onToggle }: LabelFilterProps) {
  return (
    <div role="group" aria-label={name} className="filter-chips">
      {LABELS.map((label) => (
        <button
          key={label.id}
          type="button"
          className={`filter-chip label-${label.id}`}
          aria-pressed={!hidden.has(label.id)}
          onClick={() => onToggle(label.id)}
        >
          <span className="label-swatch" aria-hidden="true" />
          {label.name}
          {counts && (
            <>
              {' '}
              <span className="count">{counts.get(label.id) ?? 0}</span>
            </>
          )}
        </button>
      ))}
    </div>
  );
}
