// Which annotation sets the reader shows: all by default; the user hides or shows each one,
// and the choice is remembered on this computer.
import { useCallback, useMemo, useState } from 'react';
import type { AnnotationSet } from '../../../shared/annotation';
import { toggled } from '../ui/toggled';

const STORAGE_KEY = 'veritag.hiddenSets';

function readHidden(): ReadonlySet<string> {
  try {
    const stored: unknown = JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? '[]');
    return new Set(Array.isArray(stored) ? stored.filter((id): id is string => typeof id === 'string') : []);
  } catch {
    return new Set();
  }
}

export interface VisibleSets {
  /** The sets shown in the reader, in the given order. */
  visible: AnnotationSet[];
  isVisible: (setId: string) => boolean;
  toggle: (setId: string) => void;
}

export function useVisibleSets(sets: readonly AnnotationSet[]): VisibleSets {
  const [hidden, setHidden] = useState(readHidden);
  const toggle = useCallback((setId: string) => {
    setHidden((current) => {
      const next = toggled(current, setId);
      window.localStorage.setItem(STORAGE_KEY, JSON.stringify([...next].sort()));
      return next;
    });
  }, []);
  const visible = useMemo(() => sets.filter((s) => !hidden.has(s.id)), [sets, hidden]);
  const isVisible = useCallback((setId: string) => !hidden.has(setId), [hidden]);
  return { visible, isVisible, toggle };
}
