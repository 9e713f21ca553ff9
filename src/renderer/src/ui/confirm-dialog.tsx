// A modal confirmation built on the native <dialog> element (focus trapping, Escape to
// cancel and the dialog role come from the browser).
import type { ReactNode } from 'react';
import { ModalDialog } from './modal-dialog';
import { visibleText } from '../../../shared/visible-text';

interface ConfirmDialogProps {
  title: string;
  message: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  /** More of what confirming does, below the message (also part of the dialog's description). */
  children?: ReactNode;
}

export function ConfirmDialog({ title, message, confirmLabel, onConfirm, onCancel, children }: ConfirmDialogProps) {
  return (
    <ModalDialog title={title} describedBy="confirm-message" onCancel={onCancel}>
      <div id="confirm-message">
        <p>{visibleText(message)}</p>
        {children}
      </div>
      <div className="dialog-actions">
        <button type="button" onClick={onCancel} autoFocus>
          Cancel
        </button>
        <button type="button" className="danger" onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </ModalDialog>
  );
}
