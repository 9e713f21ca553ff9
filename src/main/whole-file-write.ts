// Writing a file the user chose through a temporary file and a rename, so a failure never leaves
// it half-written. Plain Node (no Electron), so the command line uses it too.
import { randomUUID } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
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
}
