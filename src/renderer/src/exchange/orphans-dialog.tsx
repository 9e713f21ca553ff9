// The orphans: annotations kept but not placed in any article (their article was never added or
// was removed, or their quote was not found in it). They are listed here and exported again.
import { labelById } from '../../../shared/labels';
import { LongQuote } from '../annotations/long-quote';
import { useOrphans } from '../db/use-orphans';
import { setDisplayName } from '../sets/set-names';
import { ModalDialog } from '../ui/modal-dialog';
import { shownName } from '../../../shared/visible-text';

export function OrphansDialog({ onClose }: { onClose: () => void }) {
  const orphans = useOrphans();
  return (
    <ModalDialog title="Orphans" className="orphans-dialog" onCancel={onClose}>
      <p className="muted">
        Annotations kept but not placed in an article: their article is not in the library (never added, or removed), or
        their quote was not found in it. They are re-attached automatically when their article is added, and exported with
        their set.
      </p>
      {orphans === null ? (
        <p className="muted">Loading…</p>
      ) : (
        <ol className="orphan-list" aria-label="Orphaned annotations">
          {orphans.map(({ annotation, set, document, reason }) => (
            <li key={`${annotation.setId}/${annotation.id}`}>
              <span className={`label-chip label-${annotation.label}`}>{labelById(annotation.label).name}</span>
              <LongQuote text={annotation.exact} marked className="item-quote" />
              <span className="muted">
                {document ? `${shownName(document.title)} (${shownName(document.source)})` : annotation.document} · {reason}
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
