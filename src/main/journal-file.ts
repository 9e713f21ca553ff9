// The journal file changes are appended to: each line written and fsynced (datasync) before the
// append resolves, and a line that could not be written whole (a full disk) cut off again, so the
// file never holds a broken line in its middle. Appends must not overlap: the store queues them.
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
    private readonly handle: FileHandle,
    /** Bytes of whole lines. */
    private size: number,
    /** Lines in the file. */
    private lines: number,
  ) {}

  /** Opens the journal at `path` for appending, creating it (durably) or cutting off a torn last line. */
  static async open(path: string): Promise<JournalFile> {
    const existing = await readExisting(path);
    const handle = await open(path, 'a');
    try {
      if (existing === null) {
        await syncFolder(dirname(path));
        return new JournalFile(path, handle, 0, 0);
      }
      const read = readJournal(existing);
      if (read.completeBytes < existing.length) {
        await handle.truncate(read.completeBytes);
        await handle.datasync();
      }
      return new JournalFile(path, handle, read.completeBytes, read.entries.length);
    } catch (error) {
      await handle.close();
      throw error;
    }
  }

  /** Lines and bytes in the file. */
  get extent(): { lines: number; bytes: number } {
    return { lines: this.lines, bytes: this.size };
  }

  /** Appends `line` (one JSON line with its line feed) durably, or leaves the file as it was and throws. */
  async append(line: string): Promise<void> {
    if (this.dirty) await this.cutOff();
    const bytes = Buffer.from(line, 'utf8');
    try {
      await this.handle.appendFile(bytes);
      await this.handle.datasync();
    } catch (error) {
      this.dirty = true;
      await this.cutOff().catch(() => undefined);
      throw error;
    }
    this.size += bytes.length;
    this.lines++;
  }

  async close(): Promise<void> {
    await this.handle.close();
  }

  /** Removes whatever a failed append left after the last whole line. */
  private async cutOff(): Promise<void> {
    await this.handle.truncate(this.size);
    await this.handle.datasync();
    this.dirty = false;
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
