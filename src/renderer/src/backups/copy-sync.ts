// Keeps the durable copy in step with the database: sends each committed transaction's journal
// entry to the main process in commit order, and when one cannot be appended (the copy is behind,
// or its disk was full) sends the whole state as a snapshot instead; says when the copy is stale.
import type { BackupSummary, CopyState, JournalEntry } from '../../../shared/durable-copy';
import { failureMessage } from '../veritag-bridge';

export interface CopyTarget {
  appendJournal: (entry: JournalEntry) => Promise<void>;
  writeSnapshot: (state: CopyState) => Promise<BackupSummary>;
}

/** null while the copy is up to date; otherwise why it is not. */
export type CopyProblem = string | null;

export class CopySync {
  private queue: Promise<void> = Promise.resolve();
  /** An entry failed: the next ones cannot follow it, so the next success must be a whole snapshot. */
  private stale = false;
  private problem: CopyProblem = null;
  /** Why nothing may be written to the copy now (a restore failed: its newer state must not be overwritten). */
  private held: string | null = null;
  private readonly listeners = new Set<(problem: CopyProblem) => void>();

  constructor(
    private readonly target: CopyTarget,
    private readonly readState: () => Promise<CopyState>,
  ) {}

  /** Queues a committed entry (the change journal's sink). */
  readonly append = (entry: JournalEntry): void => {
    if (this.held !== null) return;
    void this.enqueue(async () => {
      if (this.stale) await this.target.writeSnapshot(await this.readState());
      else await this.target.appendJournal(entry);
    });
  };

  /** Stops all writes to the copy until `release`, saying why. */
  hold(reason: string): void {
    this.held = reason;
    this.report(reason);
  }

  /** Writes may go on (a restore succeeded); the next one is a whole snapshot. */
  release(): void {
    if (this.held === null) return;
    this.held = null;
    this.stale = true;
    this.report(null);
  }

  /** Queues a snapshot of the whole state (the database was ahead of the copy). */
  snapshot(): Promise<void> {
    if (this.held !== null) return Promise.resolve();
    return this.enqueue(async () => {
      await this.target.writeSnapshot(await this.readState());
    });
  }

  /** Resolves once everything queued so far has been tried. */
  settled(): Promise<void> {
    return this.queue;
  }

  subscribe(listener: (problem: CopyProblem) => void): () => void {
    this.listeners.add(listener);
    listener(this.problem);
    return () => this.listeners.delete(listener);
  }

  private enqueue(write: () => Promise<void>): Promise<void> {
    this.queue = this.queue.then(async () => {
      try {
        await write();
        this.stale = false;
        this.report(null);
      } catch (error) {
        this.stale = true;
        this.report(copyProblem(error));
      }
    });
    return this.queue;
  }

  private report(problem: CopyProblem): void {
    if (problem === this.problem) return;
    this.problem = problem;
    for (const listener of this.listeners) listener(problem);
  }
}

/** The words for a failed write of the copy. */
function copyProblem(error: unknown): string {
  const reason = failureMessage(error).replace(/[.\s]*$/, '.');
  return `${reason} Your work is saved in Veritag’s database; its backup copy is written again after your next change.`;
}
