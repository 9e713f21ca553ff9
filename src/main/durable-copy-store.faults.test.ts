// A full disk, for real (root only: `npm run test:faults`): the copy lives on a small tmpfs that is
// then filled up. Appending a change and writing a snapshot are refused with a message that says
// the disk is full, nothing is left half-written, everything saved earlier still reads back (in a
// new store too), the free space reported is the tmpfs's, and once space is freed the copy takes
// the next change.
import { execFileSync } from 'node:child_process';
import { mkdtemp, open, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { inKeyOrder, sampleCopyState, streamEntry, streamState } from '../../test-support/copy-states';
import { applyEntries } from '../shared/durable-copy';
import { DurableCopyStore } from './durable-copy-store';

const isRoot = process.getuid?.() === 0;
const mounted: string[] = [];
const stores: DurableCopyStore[] = [];

/** A store on `backupDir`, waited for (a compaction it started in the background) before unmounting. */
function storeIn(backupDir: string): DurableCopyStore {
  const store = new DurableCopyStore({ backupDir });
  stores.push(store);
  return store;
}

afterEach(async () => {
  await Promise.all(stores.splice(0).map((store) => store.idle()));
  for (const point of mounted.splice(0)) {
    execFileSync('umount', [point]);
    await rm(point, { recursive: true });
  }
});

/** Writes to `path` until the file system refuses with ENOSPC: big pieces first, then a page at a time. */
async function fillDisk(path: string): Promise<void> {
  const file = await open(path, 'w');
  try {
    for (const size of [1 << 20, 64 << 10, 4 << 10, 1]) {
      const piece = Buffer.alloc(size, 0x2e);
      for (;;) {
        try {
          await file.write(piece);
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
          break;
        }
      }
    }
  } finally {
    await file.close();
  }
}

describe.skipIf(!isRoot)('a full disk (a 4 MB tmpfs)', () => {
  it('refuses new changes with a clear message and keeps everything saved before', async () => {
    const mountPoint = await mkdtemp(join(tmpdir(), 'veritag-full-disk-'));
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=4m', 'tmpfs', mountPoint]);
    mounted.push(mountPoint);
    const dir = join(mountPoint, 'Backups');
    const base = sampleCopyState();
    const article = base.rows.documents[0] ?? {};
    const store = storeIn(dir);
    await store.writeSnapshot(base);
    for (let n = 43; n <= 60; n++) await store.append(streamEntry(n, article));
    const journal = join(dir, 'journal-000000000042.jsonl');
    const journalBytes = (await stat(journal)).size;

    const free = await store.freeDiskSpace();
    expect(free).toBeGreaterThan(1 << 20);
    expect(free).toBeLessThanOrEqual(4 << 20);
    await fillDisk(join(mountPoint, 'filler'));
    expect(await store.freeDiskSpace()).toBeLessThan(64 << 10);
    const bigChange = streamEntry(61, article, 20_000);
    await expect(store.append(bigChange)).rejects.toThrow('The backup copy could not be saved: the disk is full (ENOSPC).');
    const withBigChange = applyEntries(streamState(base, 60), [bigChange]);
    await expect(store.writeSnapshot(withBigChange)).rejects.toThrow('The backup copy could not be saved: the disk is full (ENOSPC).');
    // Nothing half-written: the journal is as it was, no snapshot folder was left behind.
    expect((await stat(journal)).size).toBe(journalBytes);
    expect((await readdir(join(dir, 'snapshots'))).length).toBe(1);

    const expected = inKeyOrder(streamState(base, 60));
    expect(await store.status()).toEqual({ counter: 60, at: expected.at });
    const read = await store.read(null);
    expect(read).toMatchObject({ damage: null, lostChanges: 0 });
    expect(inKeyOrder(read.state)).toEqual(expected);
    const reopened = await storeIn(dir).read(null);
    expect(inKeyOrder(reopened.state)).toEqual(expected);

    await rm(join(mountPoint, 'filler'));
    await store.append(bigChange);
    await store.idle();
    const after = await storeIn(dir).read(null);
    expect(inKeyOrder(after.state)).toEqual(inKeyOrder(withBigChange));
  });
});
