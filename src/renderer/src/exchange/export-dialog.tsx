// Choosing what to export: which set, the whole set or only the open article, and the format
// (Veritag's own, or W3C Web Annotation). Before the user's first export of their own set it
// gently asks for a name, since colleagues will see it as the annotator.
import { useState } from 'react';
import type { AnnotationSet } from '../../../shared/annotation';
import type { SetFileFormat } from '../../../shared/ipc';
import type { Profile } from '../db/workspace-repository';
import { setDisplayName } from '../sets/set-names';
import { ModalDialog } from '../ui/modal-dialog';
import type { ExportOptions } from './set-exchange';
import { shownName } from '../../../shared/visible-text';

interface ExportDialogProps {
  sets: readonly AnnotationSet[];
  initialSetId: string;
  openArticle: { id: string; title: string } | null;
  profile: Profile;
  /** Saves a new name; resolves to null when saved, or a message saying what is wrong. */
  onRename: (name: string) => Promise<string | null>;
  onExport: (options: ExportOptions) => Promise<void>;
  onClose: () => void;
}

export function ExportDialog(props: ExportDialogProps) {
  const { sets, openArticle, profile } = props;
  const [setId, setSetId] = useState(props.initialSetId);
  const [scope, setScope] = useState<'set' | 'article'>('set');
  const [format, setFormat] = useState<SetFileFormat>('native');
  const [name, setName] = useState(profile.name);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const chosen = sets.find((s) => s.id === setId);
  const askName = !profile.named && chosen?.kind === 'mine';

  const submit = async () => {
    setBusy(true);
    setProblem(null);
    try {
      if (askName && name.trim() !== profile.name) {
        const error = await props.onRename(name);
        if (error) {
          setProblem(error);
          return;
        }
      }
      await props.onExport({ setId, documentId: scope === 'article' && openArticle ? openArticle.id : null, format });
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <ModalDialog
      title="Export annotations"
      className="export-dialog"
      onCancel={() => {
        if (!busy) props.onClose();
      }}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <label className="text-field">
          <span>Set</span>
          <select value={setId} onChange={(event) => setSetId(event.currentTarget.value)}>
            {sets.map((set) => (
              <option key={set.id} value={set.id}>
                {setDisplayName(set)}
              </option>
            ))}
          </select>
        </label>
        <fieldset>
          <legend>What</legend>
          <label>
            <input type="radio" name="scope" checked={scope === 'set'} onChange={() => setScope('set')} /> The whole set
          </label>
          <label>
            <input type="radio" name="scope" checked={scope === 'article'} disabled={!openArticle} onChange={() => setScope('article')} />{' '}
            Only {openArticle ? `“${shownName(openArticle.title)}”` : 'the open article'}
          </label>
        </fieldset>
        <fieldset>
          <legend>Format</legend>
          <label>
            <input type="radio" name="format" checked={format === 'native'} onChange={() => setFormat('native')} /> Veritag annotation set
            (.veritag.json)
          </label>
          <label>
            <input type="radio" name="format" checked={format === 'w3c'} onChange={() => setFormat('w3c')} /> W3C Web Annotation
            (.veritag.jsonld)
          </label>
        </fieldset>
        {askName && (
          <label className="text-field name-prompt">
            <span>Your name, as colleagues will see it</span>
            <input value={name} onChange={(event) => setName(event.currentTarget.value)} />
          </label>
        )}
        <p role="alert" className="field-problem">
          {problem}
        </p>
        {busy && chosen && (
          <p role="status" aria-label="Export progress" className="muted">
            Exporting {setDisplayName(chosen)}…
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={props.onClose} disabled={busy}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={busy}>
            {busy ? 'Exporting…' : 'Export…'}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
