// The native <dialog> shown as a modal while it is mounted: the browser provides the dialog role,
// focus trapping and Escape; this names the dialog after its heading and closes it on unmount.
import { useEffect, useId, useRef, type ReactNode, type RefObject } from 'react';

interface ModalDialogProps {
  /** The heading, which is also the dialog's accessible name. */
  title: ReactNode;
  /** Classes added to `confirm-dialog`, the look every modal shares. */
  className?: string;
  /** The id of the element that describes the dialog, if any. */
  describedBy?: string;
  /** Escape was pressed: the dialog stays open until the caller unmounts it. */
  onCancel: () => void;
  children: ReactNode;
}

export function ModalDialog({ title, className, describedBy, onCancel, children }: ModalDialogProps) {
  const ref = useModalDialog();
  const titleId = useId();
  return (
    <dialog
      ref={ref}
      className={className ? `confirm-dialog ${className}` : 'confirm-dialog'}
      aria-labelledby={titleId}
      aria-describedby={describedBy}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={titleId} title={typeof title === 'string' ? title : undefined}>
        {title}
      </h2>
      {children}
    </dialog>
  );
}

function useModalDialog(): RefObject<HTMLDialogElement | null> {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return ref;
}
