// The bundled seeds must stay byte-identical to the shared corpus (../shared/seeds when a
// checkout has it beside it, else the hashes recorded here), and be served by the handler.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEEDS_DIR, seedBytes, seedNames, sha256Hex } from '../../test-support/seed-files';
import { isUnreadable } from '../shared/ipc';
import { createIpcHandlers } from './ipc-handlers';

const SHARED = resolve(SEEDS_DIR, '..', '..', 'shared', 'seeds');

const RECORDED: Record<string, string> = {
  '000_a5eaa27bae5a7720.txt': '53c9271971a1108a0159731b53ebb51ce55822e4f4694b4b109b58b2fc0641b3',
  '001_47c1a2bb5450bf50.txt': '546c0cd13deabd49ed3035d2ffc20b85d6847818aceafd459ccf3a852649c7cc',
  '002_82834744a2d41e0d.txt': '3512107f0fd028c1d4ec09591afb6ee00109e29c146ebf2b5e8fb312b529cdda',
  '003_27051d107f60b0fe.txt': '1476f20ef20cf1190fd2ada80052c461556f76a5c863cd84e00647c8cf7c8b76',
  '004_8fb2946df2c11959.txt': 'a63ad41b02b2c28d2a978e2ffe69ef120a3f3714551f34dd1b6598ee81a1acea',
};

describe('bundled seeds', () => {
  it('are the five recorded files, byte for byte', () => {
    expect(seedNames()).toEqual(Object.keys(RECORDED).sort());
    for (const name of seedNames()) expect(sha256Hex(seedBytes(name)), name).toBe(RECORDED[name]);
  });

  it.runIf(existsSync(SHARED))('match ../shared/seeds byte for byte', () => {
    const shared = readdirSync(SHARED).filter((n) => n.endsWith('.txt')).sort();
    expect(seedNames()).toEqual(shared);
    for (const name of shared) {
      expect(sha256Hex(seedBytes(name)), name).toBe(sha256Hex(readFileSync(join(SHARED, name))));
    }
  });

  it('are handed to the renderer by listBundledSeeds, in file order, as raw bytes', async () => {
    const handlers = createIpcHandlers({
      seedsDir: SEEDS_DIR,
      showOpenDialog: () => Promise.resolve({ canceled: true, filePaths: [] }),
      showSaveDialog: () => Promise.resolve({ canceled: true }),
      readClipboardText: () => '',
      documentsDir: SEEDS_DIR,
      backupDir: join(tmpdir(), 'veritag-bundled-seeds-backups'),
    });
    const files = await handlers.listBundledSeeds();
    expect(files.map((f) => f.name)).toEqual(seedNames());
    for (const file of files) {
      if (isUnreadable(file)) throw new Error(file.error);
      expect(sha256Hex(file.bytes)).toBe(RECORDED[file.name]);
    }
  });
});
