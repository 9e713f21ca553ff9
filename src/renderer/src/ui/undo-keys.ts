// Undo and redo of the document shown: Ctrl/Cmd+Z and Ctrl/Cmd+Shift+Z (or Ctrl+Y), except in a
// text field, where they keep their usual meaning for the text being typed; the Edit menu's labels;
// and a notice naming what was undone or redone.
import { useCallback, useEffect } from 'react';
import { inQuotationMarks } from '../annotations/quote-marks';
import type { UndoEntry, UndoLabels } from '../annotations/undo-history';
import { useUndoLabels, type UndoStore } from '../annotations/undo-store';
import { veritag } from '../veritag-bridge';

/** A key pressed inside a modal dialog belongs to that dialog, not to the work behind it. */
export const isInDialog = (target: EventTarget | null): boolean => target instanceof Element && target.closest('dialog') !== null;

export const isTextField = (target: EventTarget | null): boolean =>
  target instanceof HTMLTextAreaElement ||
  (target instanceof HTMLInputElement && !['radio', 'checkbox', 'button'].includes(target.type));

/** Quotes longer than this are cut in notices. */
const NOTICE_QUOTE_LENGTH = 60;

export interface UndoCommands {
  undo: () => void;
  redo: () => void;
  /** What undo and redo would apply in the document shown. */
  labels: UndoLabels;
}

export function useUndoCommands(store: UndoStore, notify: (lines: string[]) => void, fail: (error: unknown) => void): UndoCommands {
  const labels = useUndoLabels(store);
  const report = useCallback(
    (verb: string) => (entry: UndoEntry | null) => {
      if (entry) notify([`${verb}: ${entry.label} ${inQuotationMarks(shortened(entry.target.quote))}`]);
    },
    [notify],
  );
  const undo = useCallback(() => void store.undo().then(report('Undid'), fail), [store, report, fail]);
  const redo = useCallback(() => void store.redo().then(report('Redid'), fail), [store, report, fail]);

  useEffect(() => {
    veritag().showUndoLabels({ undo: labels.undo, redo: labels.redo }).catch(fail);
  }, [labels, fail]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || isTextField(event.target) || isInDialog(event.target)) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) undo();
      else if ((key === 'z' && event.shiftKey) || (key === 'y' && !event.shiftKey)) redo();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [undo, redo]);

  return { undo, redo, labels };
}

/** The first line of a quote, cut to NOTICE_QUOTE_LENGTH code points. */
function shortened(quote: string): string {
  const line = [...(quote.split('\n', 1)[0] ?? '')];
  return line.length > NOTICE_QUOTE_LENGTH ? `${line.slice(0, NOTICE_QUOTE_LENGTH - 1).join('')}…` : line.join('');
}
