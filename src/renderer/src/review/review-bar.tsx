// The review's controls: which two sets, which article (or all), auto-accepting agreed spans,
// progress, the report, and the way back.
import type { AnnotationSet } from '../../../shared/annotation';
import { setDisplayName } from '../sets/set-names';
import { shownName } from '../../../shared/visible-text';

interface ReviewBarProps {
  sets: readonly AnnotationSet[];
  setA: string;
  setB: string;
  documents: ReadonlyArray<{ id: string; title: string }>;
  documentId: string | null;
  /** Agreed spans are accepted without a decision (applied from the first decision on). */
  autoAccept: boolean;
  decided: number;
  total: number;
  /** The pair's annotations are still loading: no progress to tell yet. */
  loading: boolean;
  onSetA: (id: string) => void;
  onSetB: (id: string) => void;
  onDocument: (id: string | null) => void;
  onAutoAccept: (on: boolean) => void;
  onExportReport: () => void;
  onClose: () => void;
}

const ALL = '';

export function ReviewBar(props: ReviewBarProps) {
  const { sets } = props;
  const options = sets.map((s) => (
    <option key={s.id} value={s.id}>
      {setDisplayName(s)}
    </option>
  ));
  return (
    <header className="review-bar">
      <h1 className="review-title">Review</h1>
      <label className="review-field">
        <span>Set A</span>
        <select value={props.setA} onChange={(e) => props.onSetA(e.currentTarget.value)}>
          {options}
        </select>
      </label>
      <label className="review-field">
        <span>Set B</span>
        <select value={props.setB} onChange={(e) => props.onSetB(e.currentTarget.value)}>
          {options}
        </select>
      </label>
      <label className="review-field">
        <span>Article</span>
        <select value={props.documentId ?? ALL} onChange={(e) => props.onDocument(e.currentTarget.value === ALL ? null : e.currentTarget.value)}>
          <option value={ALL}>All articles ({props.documents.length})</option>
          {props.documents.map((d) => (
            <option key={d.id} value={d.id}>
              {shownName(d.title)}
            </option>
          ))}
        </select>
      </label>
      <label className="review-toggle">
        <input type="checkbox" checked={props.autoAccept} onChange={(e) => props.onAutoAccept(e.currentTarget.checked)} />
        Accept agreed spans automatically
      </label>
      <span className="spacer" />
      <span role="status" aria-label="Review progress" className="review-progress">
        {props.loading ? 'Loading the two sets…' : `${props.decided} of ${props.total} disagreements decided`}
      </span>
      <button type="button" onClick={props.onExportReport}>
        Export report…
      </button>
      <button type="button" onClick={props.onClose}>
        Close review
      </button>
    </header>
  );
}
