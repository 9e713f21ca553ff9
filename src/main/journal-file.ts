// The journal file changes are appended to: each line written and fsynced (datasync) before the
// append resolves, and a line that could not be written whole (a full disk) cut off again, so the
// file never holds a broken line in its middle. Appends must not overlap: the store queues them.
// The file is opened for each append, so no handle outlives a call.
import { open, readFile } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { readJournal } from '../shared/copy-journal';
import { syncFolder } from './whole-file-write';

export class JournalFile {
  /** True after a failed append that could not be cut off yet: the next append does it first. */
  private dirty = false;

  private constructor(
    readonly path: string,
    /** Bytes of whole lines. */
    private size: number,
    /** Lines in the file. */
    private lines: number,
  ) {}

  /** The journal at `path`, created (durably) when missing, a torn last line cut off. */
  static async open(path: string): Promise<JournalFile> {
    const existing = await readExisting(path);
    if (existing === null) {
      await withHandle(path, () => Promise.resolve());
      await syncFolder(dirname(path));
      return new JournalFile(path, 0, 0);
    }
    const read = readJournal(existing);
    const journal = new JournalFile(path, read.completeBytes, read.entries.length);
    if (read.completeBytes < existing.length) await withHandle(path, (handle) => journal.cutOff(handle));
    return journal;
  }

  /** Lines and bytes in the file. */
  get extent(): { lines: number; bytes: number } {
    return { lines: this.lines, bytes: this.size };
  }

  /** Appends `line` (one JSON line with its line feed) durably, or leaves the file as it was and throws. */
  async append(line: string): Promise<void> {
    const bytes = Buffer.from(line, 'utf8');
    await withHandle(this.path, async (handle) => {
      if (this.dirty) await this.cutOff(handle);
      try {
        await handle.appendFile(bytes);
        await handle.datasync();
      } catch (error) {
        this.dirty = true;
        await this.cutOff(handle).catch(() => undefined);
        throw error;
      }
    });
    this.size += bytes.length;
    this.lines++;
  }

  /** Removes whatever a failed append or a crash left after the last whole line. */
  private async cutOff(handle: FileHandle): Promise<void> {
    await handle.truncate(this.size);
    await handle.datasync();
    this.dirty = false;
  }
}

/** Runs `use` with the file opened for appending (created when missing), and closes it. */
async function withHandle(path: string, use: (handle: FileHandle) => Promise<void>): Promise<void> {
  const handle = await open(path, 'a');
  try {
    await use(handle);
  } finally {
    await handle.close();
  }
}

async function readExisting(path: string): Promise<Uint8Array | null> {
  try {
    return new Uint8Array(await readFile(path));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}
