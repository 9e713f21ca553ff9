// Restoring one snapshot from the Backups window: the current work is first written as a snapshot
// of its own (so the restore can be undone by restoring that one), then replaced in one
// transaction under a new change counter, which the copy then records as its newest state.
import type { BackupStatus, BackupSummary, CopyState, RestorableCopy } from '../../../shared/durable-copy';
import { readCopyState, restoreCopyState } from '../db/copy-repository';
import type { Storage } from '../db/storage';
import type { CopySync } from './copy-sync';
import { describeRestore } from './recovery-text';

export interface BackupSource {
  backupStatus: () => Promise<BackupStatus>;
  writeSnapshot: (state: CopyState) => Promise<BackupSummary>;
  readBackup: (id: string | null) => Promise<RestorableCopy>;
}

export interface RestoreOutcome {
  /** What the notice says was restored. */
  lines: string[];
  /** The snapshot of the work as it was just before: restoring it undoes this restore. */
  undoId: string;
}

export async function restoreBackup(db: Storage, source: BackupSource, sync: CopySync, id: string): Promise<RestoreOutcome> {
  await sync.settled();
  const current = await readCopyState(db);
  const before = await source.writeSnapshot(current);
  const copy = await source.readBackup(id);
  const status = await source.backupStatus();
  const counter = Math.max(status.counter, current.counter) + 1;
  await restoreCopyState(db, copy.state, counter);
  sync.release();
  await sync.snapshot();
  return { lines: describeRestore({ ...copy, at: copy.state.at }, null), undoId: before.id };
}
