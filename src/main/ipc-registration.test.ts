// Every IPC call is checked for its sender and its arguments before a handler runs.
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { MAX_SET_FILE_BYTES } from '../shared/file-limits';
import { INVOKE_VERBS, invokeChannel, type VeritagInvokeApi } from '../shared/ipc';
import { dispatchInvoke, isTrustedSenderUrl, registerIpcHandlers } from './ipc-registration';

const handlers = (): VeritagInvokeApi => ({
  listBundledSeeds: vi.fn(() => Promise.resolve([])),
  openArticleFiles: vi.fn(() => Promise.resolve([])),
  readClipboardText: vi.fn(() => Promise.resolve('clip')),
  openSetFiles: vi.fn(() => Promise.resolve([])),
  saveExport: vi.fn(() => Promise.resolve({ saved: false as const })),
  showUndoLabels: vi.fn(() => Promise.resolve()),
  backupStatus: vi.fn(() => Promise.resolve({ counter: 0, at: null })),
  appendJournal: vi.fn(() => Promise.resolve()),
  writeSnapshot: vi.fn(() => Promise.reject(new Error('not used'))),
  listBackups: vi.fn(() => Promise.resolve([])),
  readBackup: vi.fn(() => Promise.reject(new Error('not used'))),
  freeDiskSpace: vi.fn(() => Promise.resolve(0)),
});

describe('isTrustedSenderUrl', () => {
  const trusted = ['app://veritag'];
  it('accepts the app origin only', () => {
    expect(isTrustedSenderUrl('app://veritag/index.html', trusted)).toBe(true);
    expect(isTrustedSenderUrl('app://veritag.evil/index.html', trusted)).toBe(false);
    expect(isTrustedSenderUrl('https://example.com/', trusted)).toBe(false);
    expect(isTrustedSenderUrl('file:///tmp/index.html', trusted)).toBe(false);
    expect(isTrustedSenderUrl('', trusted)).toBe(false);
    expect(isTrustedSenderUrl(undefined, trusted)).toBe(false);
    expect(isTrustedSenderUrl('not a url', trusted)).toBe(false);
  });
});

describe('dispatchInvoke', () => {
  it('runs the handler of a known verb with valid arguments', async () => {
    const h = handlers();
    await expect(dispatchInvoke(h, 'readClipboardText', [])).resolves.toBe('clip');
    expect(h.readClipboardText).toHaveBeenCalledOnce();
  });

  it('refuses unknown verbs and unexpected arguments without running anything', () => {
    const h = handlers();
    expect(() => dispatchInvoke(h, 'deleteEverything', [])).toThrow('Unknown verb: deleteEverything');
    expect(() => dispatchInvoke(h, 'toString', [])).toThrow('Unknown verb');
    expect(() => dispatchInvoke(h, 'openArticleFiles', ['/etc/passwd'])).toThrow('Invalid arguments for openArticleFiles');
    expect(h.openArticleFiles).not.toHaveBeenCalled();
  });

  it('checks the export request: a plain file name, a known format, text', async () => {
    const h = handlers();
    const request = { defaultName: 'alice-2026-11-22.veritag.json', format: 'native', text: '{}' };
    await dispatchInvoke(h, 'saveExport', [request]);
    expect(h.saveExport).toHaveBeenCalledWith(request);
    const bad = [
      [{ ...request, defaultName: '../../etc/passwd' }],
      [{ ...request, format: 'pdf' }],
      [{ ...request, text: 42 }],
      [{ ...request, extra: true }],
      [],
    ];
    for (const args of bad) expect(() => dispatchInvoke(h, 'saveExport', args)).toThrow('Invalid arguments for saveExport');
    expect(h.saveExport).toHaveBeenCalledTimes(1);
  });

  it('refuses a suggested name no system could use (dots only, a device name, ":", a control character, a trailing dot)', () => {
    const h = handlers();
    const request = { defaultName: 'alice-2026-11-22.veritag.json', format: 'native', text: '{}' };
    const names: Array<[string, string]> = [
      ['.', 'is only dots'],
      ['..', 'is only dots'],
      ['CON', 'names the Windows device "CON"'],
      ['aux.json', 'names the Windows device "aux"'],
      ['x.json:stream', 'contains ":"'],
      ['x\u0007.json', 'contains a control character (U+0007)'],
      ['x.json.', 'ends with a dot or a space'],
    ];
    for (const [defaultName, problem] of names) {
      expect(() => dispatchInvoke(h, 'saveExport', [{ ...request, defaultName }]), defaultName).toThrow(problem);
    }
    expect(h.saveExport).not.toHaveBeenCalled();
  });

  it('measures the size limit of an export in UTF-8 bytes, not UTF-16 units', async () => {
    const h = handlers();
    const request = { defaultName: 'alice.json', format: 'native', text: '' };
    // "é" is one UTF-16 unit and two UTF-8 bytes: this text is half the limit in units, just over it in bytes.
    const over = 'é'.repeat(MAX_SET_FILE_BYTES / 2 + 1);
    expect(over.length).toBeLessThan(MAX_SET_FILE_BYTES);
    expect(() => dispatchInvoke(h, 'saveExport', [{ ...request, text: over }])).toThrow('Invalid arguments for saveExport');
    await dispatchInvoke(h, 'saveExport', [{ ...request, text: over.slice(2) }]);
    expect(h.saveExport).toHaveBeenCalledOnce();
  });

  it('checks the Undo and Redo labels: short single-line strings or null, nothing else', async () => {
    const h = handlers();
    await dispatchInvoke(h, 'showUndoLabels', [{ undo: 'Change label to Disputed', redo: null }]);
    await dispatchInvoke(h, 'showUndoLabels', [{ undo: null, redo: null }]);
    expect(h.showUndoLabels).toHaveBeenCalledTimes(2);
    const bad = [
      [{ undo: 'x'.repeat(81), redo: null }],
      [{ undo: 'Edit\nnote', redo: null }],
      [{ undo: 'Edit\u2028note', redo: null }],
      [{ undo: 'Edit \u202Eeton', redo: null }],
      [{ undo: 'Save && quit', redo: null }],
      [{ undo: '', redo: null }],
      [{ undo: 'Edit note' }],
      [{ undo: 'Edit note', redo: null, extra: 1 }],
      [{ undo: 42, redo: null }],
      ['Edit note'],
      [],
    ];
    for (const args of bad) expect(() => dispatchInvoke(h, 'showUndoLabels', args)).toThrow('Invalid arguments for showUndoLabels');
    expect(h.showUndoLabels).toHaveBeenCalledTimes(2);
  });
});

describe('registerIpcHandlers', () => {
  type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;
  const registered = (h: VeritagInvokeApi): Map<string, Listener> => {
    const listeners = new Map<string, Listener>();
    const ipcMain = { handle: (channel: string, listener: Listener) => listeners.set(channel, listener) };
    registerIpcHandlers(ipcMain as unknown as IpcMain, h, ['app://veritag']);
    return listeners;
  };
  const from = (url: string, parent: unknown = null) => ({ senderFrame: { url, parent } }) as unknown as IpcMainInvokeEvent;

  it('handles every verb of the contract', () => {
    expect([...registered(handlers()).keys()].sort()).toEqual(INVOKE_VERBS.map(invokeChannel).sort());
  });

  it("answers the app's own top frame only: not a subframe, another origin, or a frame that is gone", async () => {
    const h = handlers();
    const listener = registered(h).get(invokeChannel('readClipboardText'))!;
    await expect(listener(from('app://veritag/index.html'))).resolves.toBe('clip');
    const untrusted = [
      from('app://veritag/index.html', { url: 'app://veritag/index.html' }),
      from('https://example.com/'),
      from('file:///tmp/index.html'),
      { senderFrame: null } as unknown as IpcMainInvokeEvent,
    ];
    for (const event of untrusted) expect(() => listener(event)).toThrow('Refused readClipboardText from an untrusted sender');
    expect(h.readClipboardText).toHaveBeenCalledOnce();
  });
});
