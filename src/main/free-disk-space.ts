// How many bytes are free for the user on the disk that holds a folder (which may not exist yet):
// what the renderer checks before a large import.
import { statfs } from 'node:fs/promises';
import { dirname } from 'node:path';

/** Bytes available to the user (not to root alone) on the disk of `folder` or of its nearest existing parent. */
export async function freeDiskSpace(folder: string): Promise<number> {
  for (let path = folder; ; path = dirname(path)) {
    try {
      const stats = await statfs(path);
      return stats.bavail * stats.bsize;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || dirname(path) === path) throw error;
    }
  }
}
