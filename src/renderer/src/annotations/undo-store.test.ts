// The store runs the entries of the active history in order; a failed write leaves the history as
// it was; an undo pressed in one article never reaches another (no DOM needed).
import { describe, expect, it } from 'vitest';
import { articleHistory, type UndoEntry } from './undo-history';
import { UndoStore } from './undo-store';

/** An entry that logs its undo and redo; `failing` makes the next undo throw once. */
function logged(log: string[], label: string, failing = { next: false }): UndoEntry {
  return {
    label,
    target: { key: label, start: 0, end: 1, quote: label },
    undo: () => {
      if (failing.next) {
        failing.next = false;
        return Promise.reject(new Error(`could not undo ${label}`));
      }
      log.push(`undo ${label}`);
      return Promise.resolve();
    },
    redo: () => {
      log.push(`redo ${label}`);
      return Promise.resolve();
    },
  };
}

const A = articleHistory('a');
const B = articleHistory('b');

describe('UndoStore', () => {
  it('undoes and redoes in the active history only', async () => {
    const log: string[] = [];
    const store = new UndoStore();
    store.push(A, logged(log, 'note in a'));
    store.push(B, logged(log, 'tag in b'));
    const leave = store.activate(B);
    expect((await store.undo())?.label).toBe('tag in b');
    expect(await store.undo()).toBeNull();
    expect((await store.redo())?.label).toBe('tag in b');
    leave();
    expect(await store.undo()).toBeNull();
    store.activate(A);
    await store.undo();
    expect(log).toEqual(['undo tag in b', 'redo tag in b', 'undo note in a']);
  });

  it('makes an undo pressed while a shown change is still being written wait for it, then undo it', async () => {
    const log: string[] = [];
    const store = new UndoStore();
    store.push(A, logged(log, 'note'));
    store.activate(A);
    let finish: () => void = () => undefined;
    const write = new Promise<void>((resolve) => (finish = resolve));
    const written = store.afterWrite(write, () => store.push(A, logged(log, 'delete')));
    const undone = store.undo();
    finish();
    await written;
    expect((await undone)?.label).toBe('delete');
    expect(log).toEqual(['undo delete']);
  });

  it('records nothing for a write that failed, and undo goes on', async () => {
    const log: string[] = [];
    const store = new UndoStore();
    store.push(A, logged(log, 'note'));
    store.activate(A);
    const failed = store.afterWrite(Promise.reject(new Error('disk full')), () => store.push(A, logged(log, 'tag')));
    const undone = store.undo();
    await expect(failed).rejects.toThrow('disk full');
    expect((await undone)?.label).toBe('note');
  });

  it('applies fast repeated presses one after the other, in order', async () => {
    const log: string[] = [];
    const store = new UndoStore();
    for (const label of ['1', '2', '3']) store.push(A, logged(log, label));
    store.activate(A);
    const done = await Promise.all([store.undo(), store.undo(), store.redo()]);
    expect(done.map((e) => e?.label)).toEqual(['3', '2', '2']);
    expect(log).toEqual(['undo 3', 'undo 2', 'redo 2']);
  });

  it('keeps an entry where it was when its write fails, and goes on afterwards', async () => {
    const log: string[] = [];
    const failing = { next: true };
    const store = new UndoStore();
    store.push(A, logged(log, 'note', failing));
    store.activate(A);
    await expect(store.undo()).rejects.toThrow('could not undo note');
    expect(store.getState().stacks.get(A)?.done).toHaveLength(1);
    expect((await store.undo())?.label).toBe('note');
    expect(log).toEqual(['undo note']);
  });

  it('acts on the history shown when the key was pressed', async () => {
    const log: string[] = [];
    const store = new UndoStore();
    store.push(A, logged(log, 'first in a'));
    store.push(A, logged(log, 'second in a'));
    store.push(B, logged(log, 'in b'));
    const leaveA = store.activate(A);
    const first = store.undo();
    leaveA();
    store.activate(B);
    const second = store.undo();
    await Promise.all([first, second]);
    expect(log).toEqual(['undo second in a', 'undo in b']);
  });

  it('tells subscribers about every change and records what was applied last', async () => {
    const store = new UndoStore();
    let calls = 0;
    const stop = store.subscribe(() => calls++);
    store.push(A, logged([], 'x'));
    store.activate(A);
    store.activate(A);
    await store.undo();
    stop();
    expect(calls).toBe(3);
    expect(store.getState().applied).toMatchObject({ history: A, direction: 'undo', serial: 1 });
  });
});
