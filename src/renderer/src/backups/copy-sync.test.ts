// The copy's sender: entries go in commit order; after a failed write the next write is the whole
// state (the journal cannot skip an entry), the problem is said once and cleared on success; while
// held (a restore failed) nothing is written.
import { describe, expect, it } from 'vitest';
import { emptyRows, type BackupSummary, type CopyState, type JournalEntry } from '../../../shared/durable-copy';
import { CopySync, type CopyProblem } from './copy-sync';

const entry = (counter: number): JournalEntry => ({ counter, at: '2026-12-02T04:00:00.000Z', changes: [{ table: 'meta', op: 'delete', key: 'k' }] });
const state = (counter: number): CopyState => ({ counter, at: null, rows: emptyRows() });

/** A copy that records what reaches it and fails the writes it is told to (as a full disk would). */
function recordingTarget(failures: Set<string>) {
  const written: string[] = [];
  const summary = (counter: number): BackupSummary => ({ id: `s${counter}`, at: '2026-12-02T04:00:00.000Z', counter, counts: { articles: 0, myAnnotations: 0, reviewedSets: 0, reviewedAnnotations: 0 } });
  return {
    written,
    appendJournal: (e: JournalEntry) => {
      if (failures.has(`entry ${e.counter}`)) return Promise.reject(new Error("Error invoking remote method 'veritag:appendJournal': Error: ENOSPC: no space left on device"));
      written.push(`entry ${e.counter}`);
      return Promise.resolve();
    },
    writeSnapshot: (s: CopyState) => {
      if (failures.has(`snapshot ${s.counter}`)) return Promise.reject(new Error('The backup copy could not be saved: the disk is full (ENOSPC).'));
      written.push(`snapshot ${s.counter}`);
      return Promise.resolve(summary(s.counter));
    },
  };
}

describe('CopySync', () => {
  it('appends in order, and after a failure writes the whole state, reporting the problem until then', async () => {
    const target = recordingTarget(new Set(['entry 2', 'snapshot 3']));
    let counter = 0;
    const sync = new CopySync(target, () => Promise.resolve(state(counter)));
    const problems: CopyProblem[] = [];
    sync.subscribe((p) => problems.push(p));
    for (counter = 1; counter <= 4; counter++) {
      sync.append(entry(counter));
      await sync.settled();
    }
    expect(target.written).toEqual(['entry 1', 'snapshot 4']);
    expect(problems).toEqual([
      null,
      'ENOSPC: no space left on device. Your work is saved in Veritag’s database; its backup copy is written again after your next change.',
      'The backup copy could not be saved: the disk is full (ENOSPC). Your work is saved in Veritag’s database; its backup copy is written again after your next change.',
      null,
    ]);
  });

  it('writes nothing while held, and a whole snapshot first once released', async () => {
    const target = recordingTarget(new Set());
    const sync = new CopySync(target, () => Promise.resolve(state(9)));
    sync.hold('The restore failed.');
    sync.append(entry(1));
    await sync.snapshot();
    await sync.settled();
    expect(target.written).toEqual([]);
    sync.release();
    sync.append(entry(2));
    await sync.settled();
    expect(target.written).toEqual(['snapshot 9']);
  });
});
