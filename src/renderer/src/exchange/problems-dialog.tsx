// A file that could not be imported: every problem found, in the canonical form of the format
// (the same words as `veritag validate`), and the reassurance that nothing was changed.
import { ModalDialog } from '../ui/modal-dialog';
import { shownName } from '../../../shared/visible-text';

interface ProblemsDialogProps {
  fileName: string;
  problems: readonly string[];
  onClose: () => void;
}

export function ProblemsDialog({ fileName, problems, onClose }: ProblemsDialogProps) {
  return (
    <ModalDialog title={`${shownName(fileName)} was not imported`} className="problems-dialog" describedBy="problems-summary" onCancel={onClose}>
      <p id="problems-summary">
        {problems.length === 1 ? 'One problem was found' : `${problems.length} problems were found`}; nothing was changed.
      </p>
      <ul className="problem-list" aria-label="Problems">
        {problems.map((problem, i) => (
          <li key={i}>
            <code>{problem}</code>
          </li>
        ))}
      </ul>
      <div className="dialog-actions">
        <button type="button" className="primary" autoFocus onClick={onClose}>
          Close
        </button>
      </div>
    </ModalDialog>
  );
}
