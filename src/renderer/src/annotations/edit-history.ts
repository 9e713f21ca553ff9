// Undo and redo for annotation edits: every user action records how to reverse and redo it,
// as storage writes, so what undo restores is stored too.
import { useSyncExternalStore } from 'react';

export interface HistoryEntry {
  /** Short description for menus and notices, e.g. "Tag as Claim". */
  label: string;
  undo(): Promise<void>;
  redo(): Promise<void>;
}

export interface HistorySnapshot {
  undoLabel: string | null;
  redoLabel: string | null;
}

const LIMIT = 200;

export class EditHistory {
  private readonly done: HistoryEntry[] = [];
  private readonly undone: HistoryEntry[] = [];
  private listeners = new Set<() => void>();
  private snapshot: HistorySnapshot = { undoLabel: null, redoLabel: null };
  /** Serialises undo/redo so fast repeated keystrokes apply in order. */
  private queue: Promise<unknown> = Promise.resolve();

  push(entry: HistoryEntry): void {
    this.done.push(entry);
    if (this.done.length > LIMIT) this.done.shift();
    // Emptied in place: an undo or redo already queued works on these very arrays.
    this.undone.length = 0;
    this.changed();
  }

  /** Reverses the last action; resolves to its label, or null when there was nothing to undo. */
  undo(): Promise<string | null> {
    return this.step(this.done, this.undone, 'undo');
  }

  redo(): Promise<string | null> {
    return this.step(this.undone, this.done, 'redo');
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): HistorySnapshot => this.snapshot;

  private step(from: HistoryEntry[], to: HistoryEntry[], direction: 'undo' | 'redo'): Promise<string | null> {
    const run = this.queue.then(async () => {
      const entry = from.pop();
      if (!entry) return null;
      try {
        await entry[direction]();
        to.push(entry);
        return entry.label;
      } catch (error) {
        from.push(entry);
        throw error;
      } finally {
        this.changed();
      }
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  private changed(): void {
    this.snapshot = {
      undoLabel: this.done[this.done.length - 1]?.label ?? null,
      redoLabel: this.undone[this.undone.length - 1]?.label ?? null,
    };
    this.listeners.forEach((listener) => listener());
  }
}

export function useHistorySnapshot(history: EditHistory): HistorySnapshot {
  return useSyncExternalStore(history.subscribe, history.getSnapshot);
}
