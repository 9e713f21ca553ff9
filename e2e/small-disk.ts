// A real small disk for the fault tests: a tmpfs of a chosen size mounted on a fresh folder, so the
// profile (IndexedDB, the Backups folder) fills it up for real and writes fail with ENOSPC.
// Mounting needs root (CI runs as root); where it is refused, the caller is told why.
import { execFile } from 'node:child_process';
import { mkdtemp, open, rmdir, statfs } from 'node:fs/promises';
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

/** Writes zeros to `path` until the file system is full (ENOSPC): every byte left is taken. */
export async function fillDisk(path: string): Promise<void> {
  const file = await open(path, 'w');
  try {
    // Megabytes first, then pages, so the last few kilobytes go too.
    for (const size of [1 << 20, 4096]) {
      const zeros = Buffer.alloc(size);
      for (;;) {
        const written = await file.write(zeros).catch((error: unknown) => {
          if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
          return null;
        });
        if (written === null) break;
      }
    }
  } finally {
    await file.close();
  }
}

/** Samples the free bytes at `path` every 20 ms until stopped; `stop` gives the least seen (the peak use). */
export function watchFreeBytes(path: string): { stop: () => Promise<number> } {
  let least = Number.POSITIVE_INFINITY;
  const sample = async () => {
    least = Math.min(least, await freeBytes(path));
  };
  let pending = sample();
  const timer = setInterval(() => {
    pending = pending.then(sample);
  }, 20);
  return {
    stop: async () => {
      clearInterval(timer);
      await pending;
      await sample();
      return least;
    },
  };
}
