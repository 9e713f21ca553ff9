// Settings for the person annotating: the name that goes into exported sets.
import { useState } from 'react';
import { ModalDialog } from './modal-dialog';
import { MAX_PROFILE_NAME_LENGTH } from '../db/workspace-repository';

interface ProfileDialogProps {
  name: string;
  /** Resolves to null when saved, or to a message saying what is wrong with the name. */
  onSave: (name: string) => Promise<string | null>;
  onClose: () => void;
}

export function ProfileDialog({ name, onSave, onClose }: ProfileDialogProps) {
  const [value, setValue] = useState(name);
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <ModalDialog title="Your name" onCancel={onClose}>
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          void onSave(value).then((error) => (error === null ? onClose() : setProblem(error)));
        }}
      >
        <p className="muted">Shown to colleagues as the annotator of the sets you export.</p>
        <label className="text-field">
          <span>Name</span>
          <input value={value} maxLength={MAX_PROFILE_NAME_LENGTH} autoFocus onChange={(e) => setValue(e.currentTarget.value)} />
        </label>
        <p role="alert" className="field-problem">
          {problem}
        </p>
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary">
            Save
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
