// The orphans: imported annotations that could not be placed in any article (the article is
// missing, or its quote was not found). They are kept, listed here, and exported again.
import { labelById } from '../../../shared/labels';
import { inQuotationMarks } from '../annotations/quote-marks';
import { useOrphans } from '../db/use-annotations';
import { setDisplayName } from '../sets/set-names';
import { ModalDialog } from '../ui/modal-dialog';

export function OrphansDialog({ onClose }: { onClose(): void }) {
  const orphans = useOrphans();
  return (
    <ModalDialog title="Orphans" className="orphans-dialog" onCancel={onClose}>
      <p className="muted">
        Annotations kept from imported sets that are not placed in an article. They are re-attached automatically when their
        article is added, and exported with their set.
      </p>
      {orphans === null ? (
        <p className="muted">Loading…</p>
      ) : (
        <ol className="orphan-list" aria-label="Orphaned annotations">
          {orphans.map(({ annotation, set, document, reason }) => (
            <li key={`${annotation.setId}/${annotation.id}`}>
              <span className={`label-chip label-${annotation.label}`}>{labelById(annotation.label).name}</span>
              <span className="item-quote">{inQuotationMarks(annotation.exact)}</span>
              <span className="muted">
                {document ? `${document.title} (${document.source})` : annotation.document} · {reason}
                {set ? ` · ${setDisplayName(set)}` : ''}
              </span>
            </li>
          ))}
        </ol>
      )}
      <div className="dialog-actions">
        <button type="button" className="primary" autoFocus onClick={onClose}>
          Close
        </button>
      </div>
    </ModalDialog>
  );
}
