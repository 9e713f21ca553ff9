// Writing a folder of files whole, as whole-file-write does a file: into `.tmp-<uuid>/` beside it,
// every file fsynced, then one rename and an fsync of the parent, so the folder appears complete
// or not at all, whatever moment a crash or a full disk strikes.
import { randomUUID } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { syncFolder } from './whole-file-write';

/** The prefix of a folder being written; one left behind by a crash is incomplete and may be removed. */
export const TEMPORARY_PREFIX = '.tmp-';
/** Files written at once. */
const PARALLEL_WRITES = 8;
const SAFE_SEGMENT = /^(?!\.{1,2}$)[^/\\\0]+$/;

/**
 * Writes `files` (relative `/`-separated paths → UTF-8 text; the last one after all others) as the folder
 * `name` in `parent`, or `name-2`, `name-3`, … when that name is taken; returns the name written.
 * On failure nothing is left behind and the error is thrown.
 */
export async function writeFolderWhole(parent: string, name: string, files: ReadonlyMap<string, string>): Promise<string> {
  const temporary = join(parent, `${TEMPORARY_PREFIX}${randomUUID()}`);
  try {
    const folders = new Set<string>();
    for (const path of files.keys()) {
      const segments = path.split('/');
      if (!segments.every((segment) => SAFE_SEGMENT.test(segment))) throw new Error(`Not a relative path: ${path}`);
      for (let depth = 1; depth < segments.length; depth++) folders.add(segments.slice(0, depth).join('/'));
    }
    await mkdir(temporary);
    for (const folder of [...folders].sort()) await mkdir(join(temporary, folder));
    const write = ([path, text]: [string, string]) => writeFile(join(temporary, path), text, { encoding: 'utf8', flag: 'wx', flush: true });
    const queue = [...files];
    const last = queue.pop();
    const writer = async (): Promise<void> => {
      for (let next = queue.shift(); next !== undefined; next = queue.shift()) await write(next);
    };
    await Promise.all(Array.from({ length: PARALLEL_WRITES }, writer));
    if (last) await write(last);
    for (const folder of [...folders].sort().reverse()) await syncFolder(join(temporary, folder));
    await syncFolder(temporary);
    const written = await renameToFreeName(temporary, parent, name);
    await syncFolder(parent);
    return written;
  } catch (error) {
    await rm(temporary, { recursive: true, force: true });
    throw error;
  }
}

async function renameToFreeName(from: string, parent: string, name: string): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    const candidate = attempt === 1 ? name : `${name}-${attempt}`;
    try {
      await rename(from, join(parent, candidate));
      return candidate;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if ((code !== 'ENOTEMPTY' && code !== 'EEXIST') || attempt >= 100) throw error;
    }
  }
}
