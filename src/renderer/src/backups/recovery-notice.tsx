// What start-up found and did about the database, kept on screen until the user dismisses it: a
// restore (what, from when, why) or a problem with the copy. A loss must never go unnoticed.
import type { RecoveryNotice as Notice } from './recovery';

export function RecoveryNotice({ notice, onDismiss }: { notice: NonNullable<Notice>; onDismiss: () => void }) {
  return (
    <div role="alert" aria-label="Recovery" className={`recovery-notice recovery-${notice.kind}`}>
      <div className="recovery-lines">
        {notice.lines.map((line) => (
          <p key={line}>{line}</p>
        ))}
      </div>
      <button type="button" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
