// The durable copy's journal as bytes: one JSON line per committed change, appended in counter
// order; read back with a torn last line (a crash mid-append) dropped, and replayed onto a
// snapshot up to the first damaged line or missing change, saying what could not be applied.
import { applyEntries, primaryKey } from './durable-copy';
import type { CopyState, JournalEntry } from './durable-copy';
import { journalEntry } from './ipc-arguments';

/** The entry as its journal line (JSON, then a line feed). */
export const journalLine = (entry: JournalEntry): string => `${JSON.stringify(entry)}\n`;

export interface JournalRead {
  /** The entries before the first damaged line, in file order. */
  entries: JournalEntry[];
  /** Bytes up to the end of the last complete line: a torn last line starts there. */
  completeBytes: number;
  /** The first damaged line (1-based) and what is wrong with it; null when none. */
  damage: { line: number; problem: string } | null;
  /** The highest counter of any readable line, after the damage too (0 when none). */
  highestCounter: number;
}

const LINE_FEED = 0x0a;

/** Reads a journal file's bytes: whole lines only, each a valid entry, up to the first that is not. */
export function readJournal(bytes: Uint8Array): JournalRead {
  const completeBytes = bytes.lastIndexOf(LINE_FEED) + 1;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const decode = (line: Uint8Array): string => decoder.decode(line);
  const read: JournalRead = { entries: [], completeBytes, damage: null, highestCounter: 0 };
  let line = 0;
  for (let start = 0; start < completeBytes; ) {
    const end = bytes.indexOf(LINE_FEED, start);
    line++;
    const parsed = parseLine(decode, bytes.subarray(start, end));
    start = end + 1;
    if (typeof parsed === 'string') {
      read.damage ??= { line, problem: parsed };
      continue;
    }
    read.highestCounter = Math.max(read.highestCounter, parsed.counter);
    if (read.damage === null) read.entries.push(parsed);
  }
  return read;
}

function parseLine(decode: (bytes: Uint8Array) => string, bytes: Uint8Array): JournalEntry | string {
  let value: unknown;
  try {
    value = JSON.parse(decode(bytes));
  } catch (error) {
    return error instanceof SyntaxError ? 'not JSON' : 'not UTF-8 text';
  }
  const problem = entryProblem(value);
  // The checked copy would rebuild rows key by key; the parsed value keeps every key as written.
  return problem ?? (value as JournalEntry);
}

/** What makes `value` no journal entry (the shape appendJournal takes, every row with its key); null when it is one. */
export function entryProblem(value: unknown): string | null {
  const checked = journalEntry.safeParse(value);
  if (!checked.success) {
    const [issue] = checked.error.issues;
    return `not a journal entry (${issue ? `${issue.path.join('.') || 'the entry'}: ${issue.message}` : 'unknown shape'})`;
  }
  for (const change of checked.data.changes) {
    if (change.op !== 'put') continue;
    try {
      primaryKey(change.table, change.row);
    } catch (error) {
      return (error as Error).message;
    }
  }
  return null;
}

/** One journal file to replay: its name (for messages) and its contents. */
export interface JournalToReplay {
  name: string;
  read: JournalRead;
}

export interface Replay {
  state: CopyState;
  /** Why the replay stopped before the end, in words; null when it reached the end. */
  problem: string | null;
  /** Changes recorded after the state reached that could not be applied (0 when none). */
  lostChanges: number;
}

/**
 * `base` with the journals' entries applied in order: those the state already has are skipped,
 * and the replay stops at a damaged line or at a missing change (the entries after it cannot be
 * applied), optionally at change `upTo`.
 */
export function replayJournals(base: CopyState, journals: readonly JournalToReplay[], upTo = Number.POSITIVE_INFINITY): Replay {
  const applied: JournalEntry[] = [];
  let counter = base.counter;
  const stop = (problem: string | null, lostChanges: number): Replay => ({ state: applyEntries(base, applied), problem, lostChanges });
  const highest = Math.min(upTo, Math.max(base.counter, ...journals.map((journal) => journal.read.highestCounter)));
  for (const { name, read } of journals) {
    for (const entry of read.entries) {
      if (entry.counter <= counter) continue;
      if (entry.counter > upTo) return stop(null, 0);
      if (entry.counter !== counter + 1) return stop(`${name} lacks change ${counter + 1} (its next change is ${entry.counter})`, highest - counter);
      applied.push(entry);
      counter = entry.counter;
    }
    if (read.damage && counter < upTo) {
      return stop(`${name} is damaged at line ${read.damage.line}: ${read.damage.problem}`, Math.max(highest, counter + 1) - counter);
    }
  }
  return stop(null, 0);
}
