// `window.veritag` is exactly the contract's verbs, each forwarded with its arguments, and menu
// commands reach the renderer only when they are ones the contract names.
import { describe, expect, it } from 'vitest';
import { INVOKE_VERBS } from '../shared/ipc';
import { createVeritagApi, type VeritagTransport } from './veritag-api';

function recording() {
  const calls: [string, unknown[]][] = [];
  let menuListener: ((command: unknown) => void) | null = null;
  const transport: VeritagTransport = {
    invoke: (verb, ...args) => {
      calls.push([verb, args]);
      return Promise.resolve(undefined);
    },
    onMenuCommand: (listener) => {
      menuListener = listener;
      return () => {
        menuListener = null;
      };
    },
  };
  return { calls, transport, menu: (command: unknown) => menuListener?.(command) };
}

describe('createVeritagApi', () => {
  it('exposes the invoke verbs and onMenuCommand, frozen', () => {
    const api = createVeritagApi(recording().transport);
    expect(Object.keys(api).sort()).toEqual([...INVOKE_VERBS, 'onMenuCommand'].sort());
    expect(INVOKE_VERBS).toContain('showUndoLabels');
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('forwards a verb with its arguments', async () => {
    const { calls, transport } = recording();
    const api = createVeritagApi(transport);
    await api.showUndoLabels({ undo: 'Edit note', redo: null });
    expect(calls).toEqual([['showUndoLabels', [{ undo: 'Edit note', redo: null }]]]);
  });

  it('passes on only the menu commands the contract names', () => {
    const { transport, menu } = recording();
    const seen: string[] = [];
    const stop = createVeritagApi(transport).onMenuCommand((command) => seen.push(command));
    menu('undo');
    menu('format-disk');
    stop();
    menu('redo');
    expect(seen).toEqual(['undo']);
  });
});
