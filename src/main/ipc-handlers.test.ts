// The file verbs: opening refuses oversized files before reading them, saving writes the whole
// text or nothing, and a cancelled dialog changes nothing.
import { mkdtemp, readdir, readFile, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_SET_FILE_BYTES } from '../shared/file-limits';
import { isUnreadable } from '../shared/ipc';
import { sampleCopyState, streamEntry } from '../../test-support/copy-states';
import { sha256Hex } from '../../test-support/seed-files';
import { createIpcHandlers, type HandlerDependencies } from './ipc-handlers';

async function setup(overrides: Partial<HandlerDependencies> = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'veritag-handlers-'));
  const handlers = createIpcHandlers({
    seedsDir: dir,
    showOpenDialog: () => Promise.resolve({ canceled: true, filePaths: [] }),
    showSaveDialog: () => Promise.resolve({ canceled: true }),
    readClipboardText: () => '',
    documentsDir: dir,
    backupDir: join(dir, 'Backups'),
    ...overrides,
  });
  return { dir, handlers };
}

describe('openSetFiles', () => {
  it('reads chosen files as bytes and refuses one over 200 MB without reading it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'veritag-sets-'));
    const small = join(dir, 'alice.veritag.json');
    const huge = join(dir, 'huge.json');
    await writeFile(small, '{"format":"veritag.annotation-set"}');
    await writeFile(huge, '');
    await truncate(huge, MAX_SET_FILE_BYTES + 1); // sparse: no 200 MB written
    const { handlers } = await setup({ showOpenDialog: () => Promise.resolve({ canceled: false, filePaths: [small, huge, join(dir, 'missing.json')] }) });
    const [first, second, third] = await handlers.openSetFiles();
    expect(first && !isUnreadable(first) && new TextDecoder().decode(first.bytes)).toBe('{"format":"veritag.annotation-set"}');
    expect(second && isUnreadable(second) && second.error).toBe('huge.json: The file is too large (200.1 MB; the limit is 200 MB)');
    expect(third && isUnreadable(third) && third.error).toBe('missing.json: could not be read (ENOENT)');
  });

  it('returns nothing when the dialog is cancelled', async () => {
    const { handlers } = await setup();
    expect(await handlers.openSetFiles()).toEqual([]);
  });

  it("records each file it hands over in the backup copy's ledger of imported files (path and hash, not the file)", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'veritag-sets-'));
    const alice = join(dir, 'alice.veritag.json');
    await writeFile(alice, '{"format":"veritag.annotation-set"}');
    const { handlers } = await setup({ showOpenDialog: () => Promise.resolve({ canceled: false, filePaths: [alice, join(dir, 'missing.json')] }) });
    await handlers.openSetFiles();
    const { importedFiles } = await handlers.readBackup(null);
    expect(importedFiles).toEqual([{ path: alice, name: 'alice.veritag.json', sha256: sha256Hex(new TextEncoder().encode('{"format":"veritag.annotation-set"}')), openedAt: expect.any(String) as string, unchanged: true }]);
  });
});

describe('saveExport', () => {
  it('writes the whole text where the user chose, leaving no temporary file', async () => {
    const { dir, handlers } = await setup({
      showSaveDialog: (options) => {
        expect(options.defaultPath).toMatch(/alice-2026-11-22\.veritag\.json$/);
        return Promise.resolve({ canceled: false, filePath: join(options.defaultPath) });
      },
    });
    const result = await handlers.saveExport({ defaultName: 'alice-2026-11-22.veritag.json', format: 'native', text: '{"a":1}\n' });
    expect(result).toEqual({ saved: true, fileName: 'alice-2026-11-22.veritag.json' });
    expect(await readFile(join(dir, 'alice-2026-11-22.veritag.json'), 'utf8')).toBe('{"a":1}\n');
    expect((await readdir(dir)).filter((n) => n.endsWith('.part'))).toEqual([]);
  });

  it('leaves an existing file untouched when writing fails', async () => {
    const { dir, handlers } = await setup({
      showSaveDialog: () => Promise.resolve({ canceled: false, filePath: join(tmpdir(), 'no-such-folder-veritag', 'x.json') }),
    });
    await expect(handlers.saveExport({ defaultName: 'x.json', format: 'native', text: 'new' })).rejects.toThrow();
    expect((await readdir(dir)).length).toBe(0);
  });

  it.each([
    ['CON.json', 'names the Windows device "CON"'],
    ['x.json:stream', 'contains ":"'],
    ['report. ', 'ends with a dot or a space'],
    ['..', 'is only dots'],
  ])('refuses the chosen name %j, naming the problem, and writes nothing', async (name, problem) => {
    const { dir, handlers } = await setup({ showSaveDialog: (options) => Promise.resolve({ canceled: false, filePath: `${dirname(options.defaultPath)}${sep}${name}` }) });
    await expect(handlers.saveExport({ defaultName: 'x.json', format: 'native', text: 'x' })).rejects.toThrow(
      `“${name}” cannot be used as a file name: it ${problem}`,
    );
    expect(await readdir(dir)).toEqual([]);
  });

  it('does nothing when the dialog is cancelled', async () => {
    const { dir, handlers } = await setup();
    expect(await handlers.saveExport({ defaultName: 'x.json', format: 'w3c', text: 'x' })).toEqual({ saved: false });
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('the backup copy', () => {
  it('keeps what appendJournal and writeSnapshot send in the Backups folder, and reads it back', async () => {
    const { dir, handlers } = await setup();
    const state = sampleCopyState();
    const summary = await handlers.writeSnapshot(state);
    expect(await handlers.listBackups()).toEqual([summary]);
    const entry = streamEntry(43, state.rows.documents[0] ?? {});
    await handlers.appendJournal(entry);
    expect(await handlers.backupStatus()).toEqual({ counter: 43, at: entry.at });
    expect((await handlers.readBackup(null)).state.counter).toBe(43);
    expect((await readdir(join(dir, 'Backups'))).sort()).toEqual(['journal-000000000042.jsonl', 'snapshots']);
    expect(await handlers.freeDiskSpace()).toBeGreaterThan(0);
  });
});

describe('showUndoLabels', () => {
  it('hands the labels to the menu, and is harmless where there is no menu', async () => {
    const shown: unknown[] = [];
    const { handlers } = await setup({ showUndoLabels: (labels) => shown.push(labels) });
    await handlers.showUndoLabels({ undo: 'Edit note', redo: null });
    expect(shown).toEqual([{ undo: 'Edit note', redo: null }]);
    await expect((await setup()).handlers.showUndoLabels({ undo: null, redo: null })).resolves.toBeUndefined();
  });
});
