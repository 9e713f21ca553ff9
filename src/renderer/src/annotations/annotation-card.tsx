// One annotation as the sidebar lists it: a button with its label, its set when it is a colleague's,
// the flag when its quote changed, the first line of its quote and of its note.
import { labelById } from '../../../shared/labels';
import type { ResolvedAnnotation } from '../reader/anchor';
import { inQuotationMarks, listedText } from './quote-marks';

export interface AnnotationCardProps {
  item: ResolvedAnnotation;
  selected: boolean;
  /** The name of the annotation's set when it is not the user's own. */
  setName: string | undefined;
  onChoose: (key: string) => void;
  /** Told the card's key when it takes the focus, null when it loses it. */
  onFocusChange: (key: string | null) => void;
}

const firstLine = (text: string): string => text.split('\n', 1)[0] ?? '';

export function AnnotationCard({ item: { key, annotation, flagged }, selected, setName, onChoose, onFocusChange }: AnnotationCardProps) {
  const label = labelById(annotation.label);
  return (
    <button
      type="button"
      className={selected ? 'annotation-item selected' : 'annotation-item'}
      aria-current={selected ? 'true' : undefined}
      onClick={() => onChoose(key)}
      onFocus={() => onFocusChange(key)}
      onBlur={() => onFocusChange(null)}
    >
      <span className="item-head">
        <span className={`label-chip label-${label.id}`}>{label.name}</span>
        {setName !== undefined && <span className="item-set">{setName}</span>}
        {flagged && <span className="flag">quote changed</span>}
      </span>
      <span className="item-quote">{inQuotationMarks(listedText(firstLine(annotation.exact)))}</span>
      {annotation.note && <span className="item-note">{listedText(firstLine(annotation.note))}</span>}
    </button>
  );
}
