// The ledger of colleagues' set files the user opened: the copy keeps no copy of them (the files
// exist), only where each was, its SHA-256 and when, so a restore can say which are still there.
import { createHash } from 'node:crypto';
import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { z } from '../shared/zod-jitless';
import type { ImportedFileRecord } from '../shared/durable-copy';

const recordSchema = z.strictObject({ path: z.string(), name: z.string(), sha256: z.string(), openedAt: z.string() });
type LedgerRecord = z.infer<typeof recordSchema>;

const sha256Hex = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

export class ImportLedger {
  /** Records are appended one after another, never at once. */
  private tail: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly path: string,
    private readonly now: () => Date,
  ) {}

  /** Records that the file at `filePath` was opened with these bytes (one fsynced line). */
  record(filePath: string, bytes: Uint8Array): Promise<void> {
    const line: LedgerRecord = { path: filePath, name: basename(filePath), sha256: sha256Hex(bytes), openedAt: this.now().toISOString() };
    const appended = this.tail.then(async () => {
      await mkdir(dirname(this.path), { recursive: true });
      await appendFile(this.path, `${JSON.stringify(line)}\n`, { encoding: 'utf8', flush: true });
    });
    this.tail = appended.catch(() => undefined);
    return appended;
  }

  /** The files opened so far, newest first, one per path, each checked: still there with the same bytes? */
  async list(): Promise<ImportedFileRecord[]> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    const newest = new Map<string, LedgerRecord>();
    for (const line of text.split('\n').reverse()) {
      const record = parseRecord(line);
      if (record && !newest.has(record.path)) newest.set(record.path, record);
    }
    return Promise.all([...newest.values()].map(async (record) => ({ ...record, unchanged: await hasBytes(record.path, record.sha256) })));
  }
}

/** A ledger line; null for a line that is not one (a torn last line, damage): the ledger is no evidence, so it is skipped. */
function parseRecord(line: string): LedgerRecord | null {
  try {
    return recordSchema.parse(JSON.parse(line));
  } catch {
    return null;
  }
}

async function hasBytes(path: string, sha256: string): Promise<boolean> {
  try {
    return sha256Hex(await readFile(path)) === sha256;
  } catch {
    return false;
  }
}
