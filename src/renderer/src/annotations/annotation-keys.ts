// The annotating keyboard: 1–4 tag the reader's selection or relabel the selected annotation,
// Delete (or Backspace) deletes it, Enter goes to its note, Escape clears, Tab / Shift+Tab walk the
// highlights. Focus outside the reader (a sidebar card, a label radio) still lets 1–4, Delete and
// Escape act on the selected annotation; in a text field (its note) every key is text.
import { useEffect, useEffectEvent } from 'react';
import { labelForKey, type LabelId } from '../../../shared/labels';
import { isInDialog, isTextField } from '../ui/undo-keys';

export type AnnotationKey =
  | { readonly kind: 'label'; readonly label: LabelId }
  | { readonly kind: 'delete' }
  | { readonly kind: 'note' }
  | { readonly kind: 'clear' }
  | { readonly kind: 'step'; readonly direction: 1 | -1 };

/** What a key press asks of the annotations, or null for a key they leave alone. */
export function annotationKeyOf(event: KeyboardEvent): AnnotationKey | null {
  if (event.ctrlKey || event.metaKey) return null;
  // By its physical key too, so Alt+1 (keep the selection exact) is still 1 where Alt changes the character.
  const label = labelForKey(event.code.startsWith('Digit') ? event.code.slice(5) : event.key);
  if (label) return { kind: 'label', label: label.id };
  switch (event.key) {
    case 'Delete':
    case 'Backspace':
      return { kind: 'delete' };
    case 'Enter':
      return { kind: 'note' };
    case 'Escape':
      return { kind: 'clear' };
    case 'Tab':
      return { kind: 'step', direction: event.shiftKey ? -1 : 1 };
    default:
      return null;
  }
}

/** The keys that act on the selected annotation wherever the focus is (Enter and Tab keep their usual meaning). */
const ANYWHERE: ReadonlySet<AnnotationKey['kind']> = new Set(['label', 'delete', 'clear']);

/**
 * Calls `act` for 1–4, Delete and Escape pressed outside the reader (whose own keys go through
 * ProseMirror), outside text fields, selects and dialogs.
 */
export function useAnnotationKeysOutside(reader: () => Element | null, act: (key: AnnotationKey) => void): void {
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || event.altKey || isTextField(event.target) || isInDialog(event.target)) return;
    if (event.target instanceof HTMLSelectElement) return;
    const inReader = event.target instanceof Node && reader()?.contains(event.target) === true;
    const key = inReader ? null : annotationKeyOf(event);
    if (!key || !ANYWHERE.has(key.kind)) return;
    event.preventDefault();
    act(key);
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKey(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);
}
