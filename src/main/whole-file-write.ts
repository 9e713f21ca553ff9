// Writing a file whole: a temporary file, fsync, rename, fsync the folder, so a failure or a crash
// never leaves it half-written and a written file survives power loss. Plain Node (no Electron), so
// the command line and the durable copy use it too.
import { randomUUID } from 'node:crypto';
import { open, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Replaces the file at `filePath` with `text` (UTF-8) whole, or leaves it as it was and throws. */
export async function writeWhole(filePath: string, text: string): Promise<void> {
  const temporary = join(dirname(filePath), `.${basename(filePath)}.${randomUUID()}.part`);
  try {
    await writeFile(temporary, text, { encoding: 'utf8', flush: true });
    await rename(temporary, filePath);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  await syncFolder(dirname(filePath));
}

/** File systems that cannot flush a folder say so with these codes; there is nothing more to do. */
const CANNOT_SYNC_FOLDERS = new Set(['EINVAL', 'ENOTSUP']);

/**
 * Makes the folder's entries (files created, renamed or deleted in it) durable. Windows cannot open
 * a folder to flush it, and its file system journals such changes itself.
 */
export async function syncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(folder, 'r');
  try {
    await handle.sync();
  } catch (error) {
    if (!CANNOT_SYNC_FOLDERS.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
  } finally {
    await handle.close();
  }
}
