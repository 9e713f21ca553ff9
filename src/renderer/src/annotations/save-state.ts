// Tracks whether the user's last writes have committed, for the "Saved" indicator: it turns
// on only after the transaction has committed, and says so when one fails.
import { useSyncExternalStore } from 'react';

export type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

export class SaveTracker {
  private pending = 0;
  private state: SaveState = 'idle';
  private listeners = new Set<() => void>();

  async track<T>(write: Promise<T>): Promise<T> {
    this.pending += 1;
    this.set('saving');
    try {
      const result = await write;
      this.pending -= 1;
      if (this.pending === 0) this.set('saved');
      return result;
    } catch (error) {
      this.pending -= 1;
      this.set('failed');
      throw error;
    }
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): SaveState => this.state;

  private set(state: SaveState): void {
    if (state === this.state) return;
    this.state = state;
    this.listeners.forEach((listener) => listener());
  }
}

export function useSaveState(tracker: SaveTracker): SaveState {
  return useSyncExternalStore(tracker.subscribe, tracker.getSnapshot);
}
