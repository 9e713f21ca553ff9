// The durable copy of the user's work outside IndexedDB, behind the six IPC verbs: a journal that
// every committed change is appended to (fsynced), compacted in the background into snapshot
// folders that are rotated; read back from the newest good snapshot and the journals after it.
// Plain Node: it takes its folder and its clock, so tests and child processes run it as the app does.
import { randomUUID } from 'node:crypto';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { entryProblem, journalLine } from '../shared/copy-journal';
import { countsOf } from '../shared/durable-copy';
import type { BackupStatus, BackupSummary, CopyState, JournalEntry, RestorableCopy } from '../shared/durable-copy';
import { BackupFolder, parseSnapshotName } from './backup-folder';
import { readCopy } from './copy-reader';
import type { CopyRead } from './copy-reader';
import { fileErrorReason } from './file-error';
import { TEMPORARY_PREFIX } from './folder-write';
import { freeDiskSpace } from './free-disk-space';
import { ImportLedger } from './import-ledger';
import { JournalFile } from './journal-file';
import { readSnapshotFolder, readSnapshotSummary, writeSnapshotFolder } from './snapshot-folder';
import { snapshotsToKeep } from './snapshot-rotation';
import { syncFolder } from './whole-file-write';

export interface DurableCopyOptions {
  /** The copy's folder (the profile's Backups/); made when missing. */
  backupDir: string;
  now?: () => Date;
  /** A snapshot is made in the background once the journal since the last one reaches either. */
  compactAfter?: { entries: number; bytes: number };
  /** Hears what failed in the background (a compaction, a clean-up); the journal still holds every change. */
  onBackgroundError?: (error: unknown) => void;
}

const COMPACT_AFTER = { entries: 200, bytes: 16 * 1024 * 1024 };

/** What the store knows of its folder between calls. */
interface Live {
  /** The counter and time of the copy's newest readable state. */
  counter: number;
  at: string | null;
  /** The journal new changes go to (the counter it continues from), opened at the first append. */
  journalBase: number;
  journal: JournalFile | null;
  /** The copy as read at start when damage lay past its state: the next write repairs it first. */
  unrepaired: CopyRead | null;
  /** The copy as read at start, for the first readBackup(null) before any write. */
  lastRead: CopyRead | null;
  /** Changes in the journal after the newest snapshot when the copy was opened. */
  sinceSnapshot: number;
}

export class DurableCopyStore {
  private readonly folder: BackupFolder;
  private readonly ledger: ImportLedger;
  private readonly now: () => Date;
  private readonly compactAfter: { entries: number; bytes: number };
  private readonly onBackgroundError: (error: unknown) => void;
  /** Every call runs after the one before it has finished. */
  private tail: Promise<unknown> = Promise.resolve();
  private live: Live | null = null;
  private compaction: Promise<void> | null = null;

  constructor(options: DurableCopyOptions) {
    this.folder = new BackupFolder(options.backupDir);
    this.now = options.now ?? (() => new Date());
    this.ledger = new ImportLedger(this.folder.imports, this.now);
    this.compactAfter = options.compactAfter ?? COMPACT_AFTER;
    this.onBackgroundError = options.onBackgroundError ?? (() => undefined);
  }

  /** The counter and time of the newest state the copy can restore. */
  status(): Promise<BackupStatus> {
    return this.queued((live) => Promise.resolve({ counter: live.counter, at: live.at }));
  }

  /**
   * Appends one committed change, durably, once the one before it is in the copy; refuses any other
   * (the renderer then sends the whole state with writeSnapshot). A snapshot may follow in the background.
   */
  append(entry: JournalEntry): Promise<void> {
    const appended = this.queued(async (live) => {
      if (entry.counter !== live.counter + 1) throw new Error(counterMismatch(live.counter, entry.counter));
      const problem = entryProblem(entry);
      if (problem !== null) throw new Error(`Change ${entry.counter} cannot be kept: ${problem}.`);
      await saving(async () => {
        if (live.unrepaired) await this.startFrom(live, live.unrepaired.state, live.unrepaired.damagedSnapshots);
        live.journal ??= await JournalFile.open(this.folder.journal(live.journalBase));
        await live.journal.append(journalLine(entry));
      });
      live.counter = entry.counter;
      live.at = entry.at;
      live.lastRead = null;
    });
    void appended.then(() => this.compactIfDue(), () => undefined);
    return appended;
  }

  /** Writes `state` as a new snapshot now and continues the journal from it; refuses to go back to an earlier change. */
  writeSnapshot(state: CopyState): Promise<BackupSummary> {
    return this.queued(async (live) => {
      if (state.counter < live.counter) {
        throw new Error(`The backup copy is at change ${live.counter}, past this state's change ${state.counter}: a snapshot cannot take the copy back.`);
      }
      const summary = await saving(() => this.startFrom(live, state, live.unrepaired?.damagedSnapshots ?? []));
      await this.cleanUp(live).catch(this.onBackgroundError);
      return summary;
    });
  }

  /** The snapshots kept, newest first, as their manifests describe them. */
  list(): Promise<BackupSummary[]> {
    return this.queued(async () => {
      const summaries = await Promise.all((await this.folder.snapshotNames()).reverse().map((name) => readSnapshotSummary(this.folder, name)));
      return summaries.filter((summary) => summary !== null);
    });
  }

  /** The newest state the copy holds (null), or snapshot `id`'s; with the colleagues' files opened so far. */
  read(id: string | null): Promise<RestorableCopy> {
    return this.queued(async (live) => {
      let restorable: Omit<RestorableCopy, 'importedFiles'>;
      if (id === null) {
        const read = live.lastRead ?? (await readCopy(this.folder));
        live.lastRead = null;
        restorable = { state: read.state, counts: countsOf(read.state.rows), damage: read.damage, lostChanges: read.lostChanges };
      } else {
        if (parseSnapshotName(id) === null || !(await this.folder.snapshotNames()).includes(id)) throw new Error(`There is no backup ${id}.`);
        const read = await readSnapshotFolder(this.folder, id);
        if (!read.ok) throw new Error(`The backup ${id} is damaged: ${read.error}.`);
        restorable = { state: read.state, counts: read.summary.counts, damage: null, lostChanges: 0 };
      }
      return { ...restorable, importedFiles: await this.ledger.list() };
    });
  }

  /** Records a colleague's set file the user opened: its path and SHA-256, not its contents. */
  recordImportedFile(path: string, bytes: Uint8Array): Promise<void> {
    return this.ledger.record(path, bytes);
  }

  /** Bytes free on the disk that holds the copy (and the profile). */
  freeDiskSpace(): Promise<number> {
    return freeDiskSpace(this.folder.root);
  }

  /** Resolves once every call made so far and any compaction have finished. */
  async idle(): Promise<void> {
    await this.tail;
    await this.compaction;
    await this.tail;
  }

  private queued<T>(task: (live: Live) => Promise<T>): Promise<T> {
    const run = this.tail.then(async () => {
      if (!this.live) {
        this.live = await this.load();
        // The last session's changes become a snapshot of their own, in the background.
        if (this.live.sinceSnapshot > 0 && this.live.unrepaired === null) this.startCompaction();
      }
      return task(this.live);
    });
    this.tail = run.catch(() => undefined);
    return run;
  }

  /** Reads the folder once: the newest readable state, and where the next change goes. */
  private async load(): Promise<Live> {
    try {
      await mkdir(this.folder.snapshots, { recursive: true });
      // Folders a crash left half-written or half-deleted.
      for (const name of await readdir(this.folder.snapshots)) {
        if (name.startsWith(TEMPORARY_PREFIX)) await rm(join(this.folder.snapshots, name), { recursive: true, force: true });
      }
      const read = await readCopy(this.folder);
      const newest = (await this.folder.journalBases()).at(-1);
      const from = read.snapshot === null ? 0 : (parseSnapshotName(read.snapshot)?.counter ?? 0);
      const clean = read.damage === null && (newest === undefined || newest <= read.state.counter);
      const journalBase = clean && newest !== undefined && newest >= from ? newest : read.state.counter;
      const sinceSnapshot = read.state.counter - from;
      return { counter: read.state.counter, at: read.state.at, journalBase, journal: null, unrepaired: clean ? null : read, lastRead: read, sinceSnapshot };
    } catch (error) {
      throw new Error(`The backup copy could not be read: ${fileErrorReason(error)}.`, { cause: error });
    }
  }

  /**
   * Makes `state` the copy's start: a snapshot of it, then a new journal after it. What lay past it
   * (damaged snapshots, journals that cannot follow it) is set aside, never deleted.
   */
  private async startFrom(live: Live, state: CopyState, damaged: readonly string[]): Promise<BackupSummary> {
    const summary = await writeSnapshotFolder(this.folder, state, this.now());
    live.journal = null;
    await this.setAside(summary.id, state.counter, damaged);
    live.journal = await JournalFile.open(this.folder.journal(state.counter));
    Object.assign(live, { journalBase: state.counter, counter: state.counter, at: state.at, unrepaired: null, lastRead: null });
    return summary;
  }

  private async setAside(snapshot: string, counter: number, damaged: readonly string[]): Promise<void> {
    const target = this.folder.setAside(this.now().toISOString().replace(/[-:.]/g, ''));
    const move = async (from: string, name: string): Promise<void> => {
      await mkdir(target, { recursive: true });
      await rename(from, join(target, name));
    };
    for (const name of await this.folder.snapshotNames()) {
      if (name > snapshot || damaged.includes(name)) await move(this.folder.snapshot(name), name);
    }
    for (const base of await this.folder.journalBases()) {
      if (base < counter) continue;
      const path = this.folder.journal(base);
      if ((await stat(path)).size === 0) await rm(path);
      else await move(path, basename(path));
    }
    await syncFolder(this.folder.root);
    await syncFolder(this.folder.snapshots);
  }

  private compactIfDue(): void {
    const extent = this.live?.journal?.extent;
    if (!extent || (extent.lines < this.compactAfter.entries && extent.bytes < this.compactAfter.bytes)) return;
    this.startCompaction();
  }

  private startCompaction(): void {
    if (this.compaction) return;
    this.compaction = this.compact()
      .catch(this.onBackgroundError)
      .finally(() => {
        this.compaction = null;
      });
  }

  /**
   * Snapshot + journal → a new snapshot, while changes go on being appended: they go to a new
   * journal from the moment compaction starts; the old journals are deleted only once the new
   * snapshot is durable (and the one before it is kept too, should the newest be damaged).
   */
  private async compact(): Promise<void> {
    const upTo = await this.queued(async (live) => {
      const next = await JournalFile.open(this.folder.journal(live.counter));
      Object.assign(live, { journal: next, journalBase: live.counter });
      return live.counter;
    });
    const read = await readCopy(this.folder, upTo);
    if (read.state.counter !== upTo || read.damage !== null) {
      throw new Error(`The journal was not compacted: ${read.damage ?? `it reaches change ${read.state.counter} only`}`);
    }
    await writeSnapshotFolder(this.folder, read.state, this.now());
    await this.queued((live) => this.cleanUp(live));
  }

  /** Rotation: snapshots not kept go (renamed first, so none is ever half there), then journals no kept snapshot needs. */
  private async cleanUp(live: Live): Promise<void> {
    const summaries = (await Promise.all((await this.folder.snapshotNames()).map((name) => readSnapshotSummary(this.folder, name)))).filter((s) => s !== null);
    const keep = snapshotsToKeep(summaries, this.now());
    for (const { id } of summaries) {
      if (keep.has(id)) continue;
      const doomed = join(this.folder.snapshots, `${TEMPORARY_PREFIX}${randomUUID()}`);
      await rename(this.folder.snapshot(id), doomed);
      await rm(doomed, { recursive: true, force: true });
    }
    // The journals after the second-newest snapshot kept restore everything should the newest be damaged.
    const floor = summaries.filter((s) => keep.has(s.id)).at(-2)?.counter ?? 0;
    for (const base of await this.folder.journalBases()) {
      if (base < floor && base !== live.journalBase) await rm(this.folder.journal(base), { force: true });
    }
    await syncFolder(this.folder.root);
    await syncFolder(this.folder.snapshots);
  }
}

function counterMismatch(has: number, change: number): string {
  return change > has
    ? `The backup copy is behind the database: it has change ${has}, this is change ${change}.`
    : `The backup copy is ahead of the database: it has change ${has} already, this is change ${change}.`;
}

/** Runs a write, turning a failure into a message for the user ("… the disk is full (ENOSPC)."). */
async function saving<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    throw new Error(`The backup copy could not be saved: ${fileErrorReason(error)}.`, { cause: error });
  }
}
