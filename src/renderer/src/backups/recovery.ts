// Start-up's first step: open the database, compare its change counter with the durable copy's,
// and restore the copy when the database is missing, unreadable, empty or behind (or, when the
// database is ahead, write it to the copy), so that no loss goes unnoticed.
import type { BackupStatus, RestorableCopy } from '../../../shared/durable-copy';
import { openDatabase, restoreCopyState } from '../db/copy-repository';
import type { Storage } from '../db/storage';
import type { CopySync } from './copy-sync';
import { failureMessage } from '../veritag-bridge';
import { describeFailedRestore, describeFreshStart, describeRestore, type RecoveryReason } from './recovery-text';

export interface RecoverySource {
  backupStatus: () => Promise<BackupStatus>;
  readBackup: (id: string | null) => Promise<RestorableCopy>;
}

/** What start-up tells the user: what was restored (or why nothing could be), as lines; null when all was well. */
export type RecoveryNotice = { kind: 'restored' | 'problem'; lines: string[] } | null;

export async function recoverAtStart(db: Storage, source: RecoverySource, sync: CopySync): Promise<RecoveryNotice> {
  const condition = await openDatabase(db);
  let status: BackupStatus;
  try {
    status = await source.backupStatus();
  } catch (error) {
    return { kind: 'problem', lines: [`The backup copy could not be read: ${failureMessage(error)}`] };
  }
  const counter = condition.kind === 'present' ? condition.counter : 0;
  if (status.counter > counter) {
    const reason: RecoveryReason =
      condition.kind === 'present' ? { kind: 'behind', changes: status.counter - counter } : condition;
    try {
      const copy = await source.readBackup(null);
      await restoreCopyState(db, copy.state);
      if (copy.state.counter !== status.counter) void sync.snapshot();
      return { kind: 'restored', lines: describeRestore({ ...copy, at: copy.state.at }, reason) };
    } catch (error) {
      const problem = describeFailedRestore(failureMessage(error));
      sync.hold(problem);
      return { kind: 'problem', lines: [problem] };
    }
  }
  // Ahead of the copy (a journal write failed), or work from before the copy existed.
  if (counter > status.counter || (condition.kind === 'present' && status.counter === 0)) void sync.snapshot();
  if (condition.kind === 'unreadable') return { kind: 'problem', lines: [describeFreshStart(condition.error)] };
  return null;
}
