// Damage to the IndexedDB folder between two runs, for the recovery tests: the six kinds that
// cost a user their work before the durable copy (issue 9), done to the real LevelDB files.
import { createHash } from 'node:crypto';
import { cp, open, readdir, rm, stat, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface StoreDamage {
  name: string;
  /** The damage puts back a copy of the folder taken half-way through the work (see `copyStore`). */
  rollsBack: boolean;
  /** Does the damage to the IndexedDB folder `dir` (LevelDB's files) of an app that is not running. */
  apply: (dir: string, older: string | null) => Promise<void>;
}

/** A copy, at `copy`, of the IndexedDB folder `dir` of an app that is not running, as a backup tool would take. */
export async function copyStore(dir: string, copy: string): Promise<string> {
  await cp(dir, copy, { recursive: true });
  return copy;
}

/** LevelDB's write-ahead log in `dir` (the newest, when a compaction left more than one). */
async function theLog(dir: string): Promise<string> {
  const logs = (await readdir(dir)).filter((name) => name.endsWith('.log')).sort();
  const newest = logs.at(-1);
  if (!newest) throw new Error(`No .log file in ${dir}`);
  return join(dir, newest);
}

async function theManifest(dir: string): Promise<string> {
  const manifest = (await readdir(dir)).find((name) => name.startsWith('MANIFEST-'));
  if (!manifest) throw new Error(`No MANIFEST in ${dir}`);
  return join(dir, manifest);
}

/** `length` bytes that look random and are the same on every run. */
function garbage(length: number): Buffer {
  const blocks: Buffer[] = [];
  for (let block = createHash('sha256').update('veritag').digest(); blocks.length * 32 < length; ) {
    blocks.push(block);
    block = createHash('sha256').update(block).digest();
  }
  return Buffer.concat(blocks).subarray(0, length);
}

/** Overwrites `bytes` in the middle of `path`. */
async function overwriteMiddle(path: string, bytes: Buffer): Promise<void> {
  const { size } = await stat(path);
  if (size < bytes.length * 2) throw new Error(`${path} is too small (${size} bytes) to damage meaningfully`);
  const file = await open(path, 'r+');
  try {
    await file.write(bytes, 0, bytes.length, Math.floor((size - bytes.length) / 2));
  } finally {
    await file.close();
  }
}

export const STORE_DAMAGES: readonly StoreDamage[] = [
  { name: 'the IndexedDB folder deleted', rollsBack: false, apply: (dir) => rm(dir, { recursive: true }) },
  {
    name: 'its .log truncated to half',
    rollsBack: false,
    apply: async (dir) => {
      const log = await theLog(dir);
      await truncate(log, Math.floor((await stat(log)).size / 2));
    },
  },
  { name: 'its .log truncated to zero', rollsBack: false, apply: async (dir) => truncate(await theLog(dir), 0) },
  { name: '4 KB of garbage in its .log', rollsBack: false, apply: async (dir) => overwriteMiddle(await theLog(dir), garbage(4096)) },
  { name: 'an empty MANIFEST', rollsBack: false, apply: async (dir) => writeFile(await theManifest(dir), '') },
  // (Deleting CURRENT, the other candidate, loses nothing in Chromium 156: LevelDB recovers.)
  {
    name: 'an older copy of the folder put back (a backup tool or a sync client rolled it back)',
    rollsBack: true,
    apply: async (dir, older) => {
      if (older === null) throw new Error('A rollback needs the older copy');
      await rm(dir, { recursive: true });
      await cp(older, dir, { recursive: true });
    },
  },
];

/** Bytes in LevelDB's log now: the damage to it must hit the data, not an empty file. */
export async function logBytes(dir: string): Promise<number> {
  return (await stat(await theLog(dir))).size;
}
