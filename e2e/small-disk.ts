// A real small disk for the fault tests: a tmpfs of a chosen size mounted on a fresh folder, so the
// profile (IndexedDB, the Backups folder) fills it up for real and writes fail with ENOSPC.
// Mounting needs root (CI runs as root); where it is refused, the caller is told why.
import { execFile } from 'node:child_process';
import { mkdtemp, rmdir, statfs } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface SmallDisk {
  /** The mount point. */
  dir: string;
  /** Unmounts and removes the mount point (whatever is on it goes with it). */
  remove: () => Promise<void>;
}

/** Mounts a tmpfs of `bytes` on a new folder; rejects with the reason when it cannot (not root, no mount). */
export async function mountSmallDisk(bytes: number): Promise<SmallDisk> {
  const dir = await mkdtemp(join(tmpdir(), 'veritag-small-disk-'));
  try {
    await run('mount', ['-t', 'tmpfs', '-o', `size=${bytes},mode=0700`, 'tmpfs', dir]);
  } catch (error) {
    await rmdir(dir);
    const detail = (error as { stderr?: string }).stderr?.trim() || (error as Error).message;
    throw new Error(`Could not mount a ${bytes}-byte tmpfs (it needs root): ${detail}`);
  }
  return {
    dir,
    remove: async () => {
      await run('umount', [dir]).catch(() => run('umount', ['-l', dir]));
      await rmdir(dir);
    },
  };
}

/** Free bytes on the file system holding `path`, as an unprivileged process may use them. */
export async function freeBytes(path: string): Promise<number> {
  const info = await statfs(path);
  return info.bavail * info.bsize;
}
