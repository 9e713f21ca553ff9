// The review's keyboard: n / p walk the disagreements; a, b, 2, x decide (accept A, accept B,
// accept both, reject both); e edits (then 1–4 relabel the edited span). Text fields keep their keys.
import { useEffect, useLayoutEffect, useRef } from 'react';
import { labelForKey, type LabelId } from '../../../shared/labels';
import type { DecisionKind } from '../db/storage';
import { isInDialog, isTextField } from '../ui/undo-keys';

interface ReviewKeyHandlers {
  enabled: boolean;
  /** The current disagreement was edited: 1–4 relabel it. */
  editing: boolean;
  next: () => void;
  previous: () => void;
  decide: (kind: Exclude<DecisionKind, 'edited'>) => void;
  edit: (label: LabelId | null) => void;
}

const DECISION_KEYS: Record<string, Exclude<DecisionKind, 'edited'>> = {
  a: 'accept-a',
  b: 'accept-b',
  '2': 'accept-both',
  x: 'reject-both',
};

export function useReviewKeys(handlers: ReviewKeyHandlers): void {
  const latest = useRef(handlers);
  useLayoutEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTextField(event.target) || isInDialog(event.target)) return;
      if (event.target instanceof HTMLSelectElement) return;
      const h = latest.current;
      const key = event.key.toLowerCase();
      const decision = DECISION_KEYS[key];
      if (key === 'n') h.next();
      else if (key === 'p') h.previous();
      else if (!h.enabled) return;
      else if (h.editing && labelForKey(key)) h.edit(labelForKey(key)?.id ?? null);
      else if (decision) h.decide(decision);
      else if (key === 'e') h.edit(null);
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
