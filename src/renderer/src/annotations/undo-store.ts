// Holds the undo histories (undo-history.ts) for the page and runs their entries: undo and redo
// act on the history of the document shown, one at a time, and a failed write changes nothing.
import { createContext, useContext, useEffect, useEffectEvent, useSyncExternalStore } from 'react';
import {
  EMPTY_UNDO_STATE,
  selectNextEntry,
  selectUndoLabels,
  undoReducer,
  type Direction,
  type UndoAction,
  type UndoEntry,
  type UndoLabels,
  type UndoState,
  type UndoTarget,
} from './undo-history';

export class UndoStore {
  private state: UndoState = EMPTY_UNDO_STATE;
  private readonly listeners = new Set<() => void>();
  /** Serialises undo and redo, so fast repeated keystrokes apply in order. */
  private queue: Promise<unknown> = Promise.resolve();

  /** Records a change made in `history` (see articleHistory, reviewHistory). */
  push(history: string, entry: UndoEntry): void {
    this.dispatch({ type: 'push', history, entry });
  }

  /**
   * Calls `record` with what `write` resolves to, once it has, in turn with undo and redo: a change
   * is shown before it is written, so an undo pressed meanwhile waits for the write, then undoes it.
   */
  afterWrite<T>(write: Promise<T>, record: (result: T) => void): Promise<T> {
    const written = write.then((result) => {
      record(result);
      return result;
    });
    const before = this.queue;
    this.queue = written.then(
      () => before,
      () => before,
    );
    return written;
  }

  /** Reverses the active history's last change; resolves to it, or null when there was none. */
  undo(): Promise<UndoEntry | null> {
    return this.step('undo');
  }

  redo(): Promise<UndoEntry | null> {
    return this.step('redo');
  }

  /** Makes `history` the one undo and redo act on; the returned function ends that. */
  activate(history: string): () => void {
    this.dispatch({ type: 'activate', history });
    return () => this.dispatch({ type: 'deactivate', history });
  }

  /** Drops a history (its document is gone). */
  forget(history: string): void {
    this.dispatch({ type: 'forget', history });
  }

  /** Drops every history (the whole of the user's work was replaced by a backup). */
  forgetAll(): void {
    this.dispatch({ type: 'forget-all' });
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getState = (): UndoState => this.state;

  private step(direction: Direction): Promise<UndoEntry | null> {
    // The history shown when the key was pressed, even if another is shown by the time it runs.
    const history = this.state.active;
    const run = this.queue.then(async () => {
      const entry = history === null ? null : selectNextEntry(this.state, history, direction);
      if (history === null || entry === null) return null;
      await entry[direction]();
      this.dispatch({ type: 'applied', history, entry, direction });
      return entry;
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  private dispatch(action: UndoAction): void {
    const next = undoReducer(this.state, action);
    if (next === this.state) return;
    this.state = next;
    this.listeners.forEach((listener) => listener());
  }
}

/** The page's undo store, provided once at the root (main.tsx). */
export const UndoContext = createContext<UndoStore | null>(null);

export function useUndoStore(): UndoStore {
  const store = useContext(UndoContext);
  if (!store) throw new Error('No UndoContext above this component');
  return store;
}

/** What undo and redo would apply in the history shown. */
export function useUndoLabels(store: UndoStore): UndoLabels {
  return useSyncExternalStore(store.subscribe, () => selectUndoLabels(store.getState()));
}

/**
 * Makes `history` the active one while the calling component (the document shown) is mounted, and
 * calls `reveal` with what each undo or redo in it changed, to bring that into view.
 */
export function useUndoHistory(history: string, reveal: (target: UndoTarget) => void): void {
  const store = useUndoStore();
  const onApplied = useEffectEvent(reveal);
  useEffect(() => store.activate(history), [store, history]);
  useEffect(() => {
    let seen = store.getState().applied?.serial ?? 0;
    return store.subscribe(() => {
      const applied = store.getState().applied;
      if (!applied || applied.serial === seen) return;
      seen = applied.serial;
      if (applied.history === history) onApplied(applied.entry.target);
    });
  }, [store, history]);
}
