// Transient messages: confirmations in a polite status region, problems in an alert
// region that stays until dismissed, so a refused file is never missed.
import { useCallback, useState } from 'react';
import { visibleText } from '../../../shared/visible-text';

export interface Notice {
  id: number;
  kind: 'info' | 'error';
  text: string;
}

let nextId = 1;

export function useNotices() {
  const [notices, setNotices] = useState<Notice[]>([]);
  const dismiss = useCallback((id: number) => setNotices((all) => all.filter((n) => n.id !== id)), []);
  const push = useCallback(
    (kind: Notice['kind'], texts: readonly string[]) => {
      if (texts.length === 0) return;
      const fresh = texts.map((text) => ({ id: nextId++, kind, text }));
      setNotices((all) => [...all.filter((n) => n.kind === 'error'), ...fresh].slice(-8));
      if (kind === 'info') {
        const ids = new Set(fresh.map((n) => n.id));
        window.setTimeout(() => setNotices((all) => all.filter((n) => !ids.has(n.id))), 6000);
      }
    },
    [],
  );
  return { notices, push, dismiss };
}

export function NoticeArea({ notices, onDismiss }: { notices: Notice[]; onDismiss: (id: number) => void }) {
  const errors = notices.filter((n) => n.kind === 'error');
  const infos = notices.filter((n) => n.kind === 'info');
  return (
    <div className="notices">
      <div role="alert" aria-label="Problems" className="notice-list">
        {errors.map((n) => (
          <p key={n.id} className="notice notice-error">
            <span>{visibleText(n.text)}</span>
            <button type="button" className="notice-close" aria-label="Dismiss" onClick={() => onDismiss(n.id)}>
              ×
            </button>
          </p>
        ))}
      </div>
      <div role="status" aria-label="Notifications" className="notice-list">
        {infos.map((n) => (
          <p key={n.id} className="notice notice-info">
            <span>{visibleText(n.text)}</span>
          </p>
        ))}
      </div>
    </div>
  );
}
