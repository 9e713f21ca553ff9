// Reading the durable copy back: the newest snapshot whose files all match their hashes (falling
// back to older ones when the newest are damaged), then the journals after it, replayed up to the
// first damaged line or missing change, with what was damaged and lost said in words.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { readJournal, replayJournals } from '../shared/copy-journal';
import type { JournalToReplay } from '../shared/copy-journal';
import { emptyRows } from '../shared/durable-copy';
import type { CopyState } from '../shared/durable-copy';
import type { BackupFolder } from './backup-folder';
import { parseSnapshotName } from './backup-folder';
import { readSnapshotFolder } from './snapshot-folder';

export interface CopyRead {
  state: CopyState;
  /** What was found damaged, in words; null when nothing was. */
  damage: string | null;
  /** Changes recorded after the state that could not be read back (0 when none). */
  lostChanges: number;
  /** The snapshot the state was read from; null when none was readable (the state then starts empty). */
  snapshot: string | null;
  /** The newer snapshots found damaged on the way to it. */
  damagedSnapshots: string[];
}

/** The copy's newest readable state; with `upTo`, its state at that change (for compaction). */
export async function readCopy(folder: BackupFolder, upTo?: number): Promise<CopyRead> {
  const limit = upTo ?? Number.POSITIVE_INFINITY;
  const names = (await folder.snapshotNames()).filter((name) => (parseSnapshotName(name)?.counter ?? 0) <= limit).reverse();
  const problems: string[] = [];
  let base: CopyState = { counter: 0, at: null, rows: emptyRows() };
  let snapshot: string | null = null;
  const damagedSnapshots: string[] = [];
  for (const name of names) {
    const read = await readSnapshotFolder(folder, name);
    if (read.ok) {
      base = read.state;
      snapshot = name;
      break;
    }
    const counter = parseSnapshotName(name)?.counter ?? 0;
    damagedSnapshots.push(name);
    problems.push(`The snapshot ${name} (change ${counter}) is damaged: ${read.error}.`);
  }
  const journals: JournalToReplay[] = [];
  for (const journalBase of await folder.journalBases()) {
    if (journalBase < base.counter || journalBase >= limit) continue;
    const path = folder.journal(journalBase);
    journals.push({ name: basename(path), read: readJournal(new Uint8Array(await readFile(path))) });
  }
  const replay = replayJournals(base, journals, limit);
  if (replay.problem !== null) problems.push(`The journal ${replay.problem}.`);
  const highestDamaged = Math.max(0, ...damagedSnapshots.map((name) => parseSnapshotName(name)?.counter ?? 0));
  const lostChanges = Math.max(replay.lostChanges, highestDamaged - replay.state.counter, 0);
  return { state: replay.state, damage: problems.length > 0 ? problems.join(' ') : null, lostChanges, snapshot, damagedSnapshots };
}
