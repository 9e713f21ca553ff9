// Tracks whether the user's last writes have committed, for the "Saved" indicator: it turns
// on only after the transaction has committed, and says so, and why, when one fails.
import { useSyncExternalStore } from 'react';
import { notSavedLabel } from '../db/storage-failure';

type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

/** What the indicator shows: the state, and its words. */
export interface SaveStatus {
  state: SaveState;
  text: string;
}

const STATUS: Record<Exclude<SaveState, 'failed'>, SaveStatus> = {
  idle: { state: 'idle', text: '' },
  saving: { state: 'saving', text: 'Saving…' },
  saved: { state: 'saved', text: 'Saved' },
};

export class SaveTracker {
  private pending = 0;
  private status: SaveStatus = STATUS.idle;
  private listeners = new Set<() => void>();

  async track<T>(write: Promise<T>): Promise<T> {
    this.pending += 1;
    this.set(STATUS.saving);
    try {
      const result = await write;
      this.pending -= 1;
      if (this.pending === 0) this.set(STATUS.saved);
      return result;
    } catch (error) {
      this.pending -= 1;
      this.set({ state: 'failed', text: notSavedLabel(error) });
      throw error;
    }
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): SaveStatus => this.status;

  private set(status: SaveStatus): void {
    if (status.state === this.status.state && status.text === this.status.text) return;
    this.status = status;
    this.listeners.forEach((listener) => listener());
  }
}

export function useSaveStatus(tracker: SaveTracker): SaveStatus {
  return useSyncExternalStore(tracker.subscribe, tracker.getSnapshot);
}
