// Where each file of the durable copy lives in its folder (the profile's Backups/): the snapshot
// folders, named so that names sort by change counter and time; the journals, named by the counter
// they continue from; the imports ledger; and what a repair set aside.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

const COUNTER_DIGITS = 12;
const SNAPSHOT_NAME = /^(\d{12,})-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z(?:-\d+)?$/;
const JOURNAL_NAME = /^journal-(\d{12,})\.jsonl$/;

/** A snapshot folder's name: `000000000123-20261202T034000Z` for change 123 made at 03:40:00 UTC. */
export function snapshotName(counter: number, time: Date): string {
  const compact = time.toISOString().replace(/\.\d+Z$/, 'Z').replace(/[-:]/g, '');
  return `${String(counter).padStart(COUNTER_DIGITS, '0')}-${compact}`;
}

/** The counter and time (RFC 3339, UTC) a snapshot name stands for; null for any other name. */
export function parseSnapshotName(name: string): { counter: number; time: string } | null {
  const match = SNAPSHOT_NAME.exec(name);
  if (!match) return null;
  const [, counter = '', year = '', month = '', day = '', hours = '', minutes = '', seconds = ''] = match;
  return { counter: Number(counter), time: `${year}-${month}-${day}T${hours}:${minutes}:${seconds}.000Z` };
}

export class BackupFolder {
  constructor(readonly root: string) {}

  get snapshots(): string {
    return join(this.root, 'snapshots');
  }

  snapshot(name: string): string {
    return join(this.snapshots, name);
  }

  /** The journal of the changes after change `base` (the counter of the snapshot it continues). */
  journal(base: number): string {
    return join(this.root, `journal-${String(base).padStart(COUNTER_DIGITS, '0')}.jsonl`);
  }

  /** The ledger of colleagues' set files the user opened. */
  get imports(): string {
    return join(this.root, 'imports.jsonl');
  }

  /** Where a repair moves what lies past the state it keeps (damaged snapshots, journals that cannot follow). */
  setAside(stamp: string): string {
    return join(this.root, 'set-aside', stamp);
  }

  /** The snapshot folders' names, oldest first (other entries ignored). */
  async snapshotNames(): Promise<string[]> {
    return (await entries(this.snapshots)).filter((name) => parseSnapshotName(name) !== null).sort();
  }

  /** The journals' base counters, ascending. */
  async journalBases(): Promise<number[]> {
    const bases = (await entries(this.root)).map((name) => JOURNAL_NAME.exec(name)?.[1]).filter((base) => base !== undefined);
    return bases.map(Number).sort((a, b) => a - b);
  }
}

async function entries(folder: string): Promise<string[]> {
  try {
    return await readdir(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}
