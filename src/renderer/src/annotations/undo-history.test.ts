// The undo histories as a pure reducer: one history per document, what undo and redo would apply,
// the labels for the Edit menu, and the limit (no DOM, no storage).
import { describe, expect, it } from 'vitest';
import {
  EMPTY_UNDO_STATE,
  HISTORY_LIMIT,
  articleHistory,
  reviewHistory,
  selectNextEntry,
  selectUndoLabels,
  undoReducer,
  type UndoAction,
  type UndoEntry,
  type UndoState,
} from './undo-history';

const nothing = (): Promise<void> => Promise.resolve();
const entry = (label: string, key = label): UndoEntry => ({ label, target: { key, start: 0, end: 1, quote: key }, undo: nothing, redo: nothing });
const run = (...actions: UndoAction[]): UndoState => actions.reduce(undoReducer, EMPTY_UNDO_STATE);

const ARTICLE_000 = articleHistory('sha256:000');
const ARTICLE_002 = articleHistory('sha256:002');
const REVIEW = reviewHistory('set-a\u0000set-b');

describe('undoReducer', () => {
  const note = entry('Edit note');
  const tag = entry('Tag as Attribution');
  const decision = entry('Accept B');
  const state = run(
    { type: 'push', history: ARTICLE_000, entry: note },
    { type: 'push', history: ARTICLE_002, entry: tag },
    { type: 'push', history: REVIEW, entry: decision },
  );

  it('keeps one history per document', () => {
    expect(selectNextEntry(state, ARTICLE_000, 'undo')).toBe(note);
    expect(selectNextEntry(state, ARTICLE_002, 'undo')).toBe(tag);
    expect(selectNextEntry(state, REVIEW, 'undo')).toBe(decision);
    expect(selectNextEntry(state, articleHistory('sha256:004'), 'undo')).toBeNull();
  });

  it('names what undo and redo would apply in the active history only', () => {
    expect(selectUndoLabels(state)).toEqual({ undo: null, redo: null });
    const in002 = undoReducer(state, { type: 'activate', history: ARTICLE_002 });
    expect(selectUndoLabels(in002)).toEqual({ undo: 'Tag as Attribution', redo: null });
    const undone = undoReducer(in002, { type: 'applied', history: ARTICLE_002, entry: tag, direction: 'undo' });
    expect(selectUndoLabels(undone)).toEqual({ undo: null, redo: 'Tag as Attribution' });
    expect(selectNextEntry(undone, ARTICLE_000, 'undo')).toBe(note);
    const inReview = undoReducer(undone, { type: 'activate', history: REVIEW });
    expect(selectUndoLabels(inReview)).toEqual({ undo: 'Accept B', redo: null });
  });

  it('moves an entry between undo and redo and records it as the last applied', () => {
    const undone = undoReducer(state, { type: 'applied', history: ARTICLE_000, entry: note, direction: 'undo' });
    expect(selectNextEntry(undone, ARTICLE_000, 'undo')).toBeNull();
    expect(selectNextEntry(undone, ARTICLE_000, 'redo')).toBe(note);
    expect(undone.applied).toEqual({ history: ARTICLE_000, entry: note, direction: 'undo', serial: 1 });
    const redone = undoReducer(undone, { type: 'applied', history: ARTICLE_000, entry: note, direction: 'redo' });
    expect(selectNextEntry(redone, ARTICLE_000, 'undo')).toBe(note);
    expect(redone.applied?.serial).toBe(2);
    expect(undoReducer(redone, { type: 'applied', history: ARTICLE_000, entry: note, direction: 'redo' })).toBe(redone);
  });

  it('empties the redo list of a history when a new change is pushed there, not elsewhere', () => {
    const undone = run(
      { type: 'push', history: ARTICLE_000, entry: note },
      { type: 'push', history: ARTICLE_002, entry: tag },
      { type: 'applied', history: ARTICLE_000, entry: note, direction: 'undo' },
      { type: 'applied', history: ARTICLE_002, entry: tag, direction: 'undo' },
      { type: 'push', history: ARTICLE_002, entry: entry('Delete Claim') },
    );
    expect(selectNextEntry(undone, ARTICLE_002, 'redo')).toBeNull();
    expect(selectNextEntry(undone, ARTICLE_000, 'redo')).toBe(note);
  });

  it('deactivates only the history that is active, and forgets a history', () => {
    const active = undoReducer(state, { type: 'activate', history: ARTICLE_000 });
    expect(undoReducer(active, { type: 'deactivate', history: ARTICLE_002 })).toBe(active);
    expect(undoReducer(active, { type: 'deactivate', history: ARTICLE_000 }).active).toBeNull();
    const forgotten = undoReducer(active, { type: 'forget', history: ARTICLE_000 });
    expect(selectNextEntry(forgotten, ARTICLE_000, 'undo')).toBeNull();
    expect(selectUndoLabels(forgotten)).toEqual({ undo: null, redo: null });
    expect(undoReducer(forgotten, { type: 'forget', history: ARTICLE_000 })).toBe(forgotten);
  });

  it('forgets every history at once, staying on the active document', () => {
    const active = undoReducer(state, { type: 'activate', history: ARTICLE_000 });
    const cleared = undoReducer(active, { type: 'forget-all' });
    expect(selectNextEntry(cleared, ARTICLE_000, 'undo')).toBeNull();
    expect(selectNextEntry(cleared, ARTICLE_002, 'undo')).toBeNull();
    expect(cleared.active).toBe(ARTICLE_000);
    expect(undoReducer(cleared, { type: 'forget-all' })).toBe(cleared);
  });

  it('keeps the last HISTORY_LIMIT entries of a history', () => {
    const entries = Array.from({ length: HISTORY_LIMIT + 5 }, (_, i) => entry(`Edit ${i}`));
    const full = entries.reduce<UndoState>((s, e) => undoReducer(s, { type: 'push', history: ARTICLE_000, entry: e }), EMPTY_UNDO_STATE);
    expect(full.stacks.get(ARTICLE_000)?.done).toHaveLength(HISTORY_LIMIT);
    expect(full.stacks.get(ARTICLE_000)?.done[0]).toBe(entries[5]);
  });

  it('gives the same labels object while the active stack is unchanged', () => {
    const active = undoReducer(state, { type: 'activate', history: REVIEW });
    const again = undoReducer(active, { type: 'activate', history: REVIEW });
    expect(again).toBe(active);
    expect(selectUndoLabels(again)).toBe(selectUndoLabels(active));
    const elsewhere = undoReducer(active, { type: 'push', history: ARTICLE_000, entry: entry('Edit note') });
    expect(selectUndoLabels(elsewhere)).toBe(selectUndoLabels(active));
  });
});
