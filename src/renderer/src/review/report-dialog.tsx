// Exporting the review for a desk editor: the agreement figures and the decision log, as one
// JSON file or as CSV tables.
import { useState } from 'react';
import type { ExportFormat } from '../../../shared/ipc';
import { ModalDialog } from '../ui/modal-dialog';

interface ReportDialogProps {
  /** Writes one file; resolves to its name, or null when the user cancelled the save dialog. */
  onSave: (kind: 'json' | 'figures-csv' | 'decisions-csv', format: ExportFormat) => Promise<string | null>;
  onClose: () => void;
}

export function ReportDialog({ onSave, onClose }: ReportDialogProps) {
  const [saved, setSaved] = useState<string[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const save = (kind: 'json' | 'figures-csv' | 'decisions-csv', format: ExportFormat) =>
    onSave(kind, format).then(
      (name) => name && setSaved((s) => [...s, name]),
      (error: unknown) => setProblem(error instanceof Error ? error.message : String(error)),
    );
  return (
    <ModalDialog title="Export review report" onCancel={onClose}>
      <p className="muted">Agreement figures per label and article, and every decision with both sides' spans.</p>
      <div className="report-choices">
        <button type="button" onClick={() => void save('json', 'report-json')}>
          Report (JSON)…
        </button>
        <button type="button" onClick={() => void save('figures-csv', 'report-csv')}>
          Figures (CSV)…
        </button>
        <button type="button" onClick={() => void save('decisions-csv', 'report-csv')}>
          Decisions (CSV)…
        </button>
      </div>
      <p role="status" className="muted">
        {saved.length > 0 ? `Saved ${saved.join(', ')}.` : ''}
      </p>
      <p role="alert" className="field-problem">
        {problem}
      </p>
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={onClose}>
          Done
        </button>
      </div>
    </ModalDialog>
  );
}
