// The command line's CliIo on the real process: its standard streams and files, read with a
// size check first and written through a temporary file and a rename.
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { writeWhole } from '../main/whole-file-write';
import type { CliIo, ReadFileResult } from './cli-io';

export function nodeIo(): CliIo {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    readFile: (path, maxBytes) => withShortErrors(() => readLimited(path, maxBytes)),
    writeFile: (path, text) => withShortErrors(() => writeWhole(path, text)),
    sameFile,
  };
}

async function readLimited(path: string, maxBytes: number): Promise<ReadFileResult> {
  const info = await stat(path);
  if (info.isDirectory()) throw new Error('is a directory');
  if (!info.isFile()) throw new Error('not a regular file');
  if (info.size > maxBytes) return { kind: 'too-large', size: info.size };
  const bytes = new Uint8Array(await readFile(path));
  // The file may have grown since stat.
  return bytes.length > maxBytes ? { kind: 'too-large', size: bytes.length } : { kind: 'bytes', bytes };
}

async function sameFile(a: string, b: string): Promise<boolean> {
  if (resolve(a) === resolve(b)) return true;
  try {
    const [x, y] = await Promise.all([stat(a), stat(b)]);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

/**
 * Node's `ENOENT: no such file or directory, open 'x.json'` cut to its first clause: the caller
 * names the file itself.
 */
async function withShortErrors<T>(action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(message.split(', ')[0] ?? message, { cause: error });
  }
}
