// The always-visible legend: each label's colour, its second cue (underline style) and key.
import { LABELS } from '../../../shared/labels';

export function LabelLegend() {
  return (
    <ul className="label-legend" aria-label="Labels">
      {LABELS.map((label) => (
        <li key={label.id} className={`legend-item label-${label.id}`} title={`${label.name}: ${label.cue}; key ${label.key}`}>
          <span className="legend-sample" aria-hidden="true">
            Aa
          </span>
          <span>{label.name}</span>
          <kbd>{label.key}</kbd>
        </li>
      ))}
    </ul>
  );
}
