// Menu commands that arrive before the app is ready wait, in order and each once, and are handled
// when it is; none is dropped.
import { describe, expect, it } from 'vitest';
import type { MenuCommand } from '../../../shared/ipc';
import { MenuCommandQueue } from './menu-command-queue';

describe('MenuCommandQueue', () => {
  it('keeps commands until a handler is attached, then hands them over in order, and later ones at once', () => {
    const queue = new MenuCommandQueue();
    queue.receive('import-set');
    queue.receive('export-set');
    queue.receive('import-set');
    const handled: MenuCommand[] = [];
    queue.attach((command) => handled.push(command));
    expect(handled).toEqual(['import-set', 'export-set']);
    queue.receive('open-review');
    expect(handled).toEqual(['import-set', 'export-set', 'open-review']);
  });

  it('keeps commands again once the handler is detached, and a stale detach leaves a newer handler alone', () => {
    const queue = new MenuCommandQueue();
    const first: MenuCommand[] = [];
    const detachFirst = queue.attach((command) => first.push(command));
    detachFirst();
    queue.receive('undo');
    expect(first).toEqual([]);
    const second: MenuCommand[] = [];
    queue.attach((command) => second.push(command));
    detachFirst();
    queue.receive('redo');
    expect(second).toEqual(['undo', 'redo']);
  });

});
