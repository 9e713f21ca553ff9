// The Backups window: the snapshots the durable copy keeps, newest first, with what each holds;
// restoring one asks first, and afterwards offers to undo it (restoring the work as it was).
import { useCallback, useEffect, useState } from 'react';
import type { BackupSummary } from '../../../shared/durable-copy';
import { ModalDialog } from '../ui/modal-dialog';
import { failureMessage } from '../veritag-bridge';
import { describeCounts, describeMoment } from './recovery-text';
import type { RestoreOutcome } from './backup-restore';

interface BackupsDialogProps {
  listBackups: () => Promise<BackupSummary[]>;
  restore: (id: string) => Promise<RestoreOutcome>;
  onClose: () => void;
}

type Step = { kind: 'list' } | { kind: 'confirm'; backup: BackupSummary } | { kind: 'busy' } | { kind: 'done'; outcome: RestoreOutcome };

export function BackupsDialog({ listBackups, restore, onClose }: BackupsDialogProps) {
  const [backups, setBackups] = useState<BackupSummary[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [step, setStep] = useState<Step>({ kind: 'list' });

  const load = useCallback(() => {
    listBackups().then(setBackups, (error: unknown) => setProblem(failureMessage(error)));
  }, [listBackups]);
  useEffect(load, [load]);

  const run = (id: string) => {
    setStep({ kind: 'busy' });
    restore(id).then(
      (outcome) => {
        setStep({ kind: 'done', outcome });
        load();
      },
      (error: unknown) => {
        setProblem(`Nothing was restored: ${failureMessage(error)}`);
        setStep({ kind: 'list' });
      },
    );
  };

  if (step.kind === 'confirm') {
    const when = describeMoment(step.backup.at);
    return (
      <ModalDialog title="Restore this backup?" describedBy="restore-message" onCancel={() => setStep({ kind: 'list' })}>
        <div id="restore-message">
          <p>
            Your work will be replaced by the backup of {when}: {describeCounts(step.backup.counts)}.
          </p>
          <p className="muted">Your work as it is now is kept as a backup first, so you can undo this. Colleagues’ imported sets stay as they are.</p>
        </div>
        <div className="dialog-actions">
          <button type="button" onClick={() => setStep({ kind: 'list' })} autoFocus>
            Cancel
          </button>
          <button type="button" className="danger" onClick={() => run(step.backup.id)}>
            Restore
          </button>
        </div>
      </ModalDialog>
    );
  }

  return (
    <ModalDialog title="Backups" className="backups-dialog" onCancel={onClose}>
      <p className="muted">
        Veritag keeps a copy of your own set, your reviewed sets and your articles outside its database, and restores it by itself
        if the database is lost. These are the snapshots it keeps: the last 10, and one a day for 30 days.
      </p>
      {problem && (
        <p role="alert" className="notice notice-error">
          {problem}
        </p>
      )}
      {step.kind === 'done' && (
        <div role="status" aria-label="Restore" className="backup-outcome">
          {step.outcome.lines.map((line) => (
            <p key={line}>{line}</p>
          ))}
          <button type="button" onClick={() => run(step.outcome.undoId)}>
            Undo restore
          </button>
        </div>
      )}
      {step.kind === 'busy' && <p role="status">Restoring…</p>}
      {backups === null ? (
        <p className="muted">Reading the backups…</p>
      ) : backups.length === 0 ? (
        <p>No snapshots yet: the first is written after your first changes.</p>
      ) : (
        <ul className="backup-list" aria-label="Snapshots">
          {backups.map((backup) => {
            const when = describeMoment(backup.at);
            return (
              <li key={backup.id}>
                <span className="backup-when">{when}</span>
                <span className="backup-counts muted">{describeCounts(backup.counts)}</span>
                <button type="button" aria-label={`Restore the backup of ${when}`} disabled={step.kind === 'busy'} onClick={() => setStep({ kind: 'confirm', backup })}>
                  Restore…
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onClose} autoFocus>
          Close
        </button>
      </div>
    </ModalDialog>
  );
}
