// The journal's bytes: complete lines are entries, a torn last line is dropped silently, a damaged
// line or a missing change stops the replay and says how many changes after it are lost.
import { describe, expect, it } from 'vitest';
import { sampleCopyState, streamEntry, streamState } from '../../test-support/copy-states';
import { entryProblem, journalLine, readJournal, replayJournals } from './copy-journal';
import type { CopyState, JournalEntry } from './durable-copy';

const base = sampleCopyState();
const article = base.rows.documents[0] ?? {};
const entry = (n: number): JournalEntry => streamEntry(n, article);
const bytesOf = (text: string): Uint8Array => new TextEncoder().encode(text);
const linesOf = (from: number, to: number): string => Array.from({ length: to - from + 1 }, (_, i) => journalLine(entry(from + i))).join('');

describe('readJournal', () => {
  it('reads one entry per line and drops a torn last line silently', () => {
    const whole = linesOf(43, 45);
    const torn = `${whole}${journalLine(entry(46)).slice(0, 30)}`;
    const read = readJournal(bytesOf(torn));
    expect(read.entries).toEqual([entry(43), entry(44), entry(45)]);
    expect(read.completeBytes).toBe(bytesOf(whole).length);
    expect(read.damage).toBeNull();
    expect(read.highestCounter).toBe(45);
  });

  it('stops at a damaged line (garbage, not UTF-8, not an entry) and still learns the counters after it', () => {
    const garbage = `${linesOf(43, 44)}{"counter": 45, "at"\n${linesOf(46, 47)}`;
    expect(readJournal(bytesOf(garbage))).toMatchObject({ entries: [entry(43), entry(44)], damage: { line: 3, problem: 'not JSON' }, highestCounter: 47 });
    const notUtf8 = new Uint8Array([...bytesOf(linesOf(43, 43)), 0xff, 0xfe, 0x0a]);
    expect(readJournal(notUtf8).damage).toEqual({ line: 2, problem: 'not UTF-8 text' });
    const notEntry = `${linesOf(43, 43)}{"counter":0,"at":"x","changes":[]}\n`;
    expect(readJournal(bytesOf(notEntry)).damage?.problem).toMatch(/^not a journal entry \(counter: /);
  });

  it('reads an empty journal as no entries', () => {
    expect(readJournal(new Uint8Array())).toEqual({ entries: [], completeBytes: 0, damage: null, highestCounter: 0 });
  });
});

describe('entryProblem', () => {
  it('names a row without its key', () => {
    expect(entryProblem({ counter: 1, at: '2026-12-02T03:40:00.000Z', changes: [{ table: 'sets', op: 'put', row: { name: 'x' } }] })).toBe('A sets row has no string id');
    expect(entryProblem(entry(43))).toBeNull();
  });
});

describe('replayJournals', () => {
  const journal = (name: string, text: string) => ({ name, read: readJournal(bytesOf(text)) });

  it('applies the entries past the snapshot, across journals, skipping those it already has', () => {
    const replay = replayJournals(base, [journal('journal-a', linesOf(40, 50)), journal('journal-b', linesOf(51, 55))]);
    expect(replay).toEqual({ state: streamState(base, 55), problem: null, lostChanges: 0 });
  });

  it('stops at change upTo', () => {
    expect(replayJournals(base, [journal('j', linesOf(43, 55))], 50).state).toEqual(streamState(base, 50));
  });

  it('stops at a damaged line: the damaged change and every one after it are lost', () => {
    const text = `${linesOf(43, 45)}garbage\n${linesOf(47, 49)}`;
    const replay = replayJournals(base, [journal('journal-000000000042.jsonl', text), journal('later', linesOf(50, 51))]);
    expect(replay).toEqual({
      state: streamState(base, 45),
      problem: 'journal-000000000042.jsonl is damaged at line 4: not JSON',
      lostChanges: 6,
    });
    const lastLine = replayJournals(base, [journal('j', `${linesOf(43, 45)}garbage\n`)]);
    expect(lastLine.lostChanges).toBe(1);
  });

  it('stops at a missing change', () => {
    const replay = replayJournals(base, [journal('j', `${linesOf(43, 44)}${linesOf(47, 48)}`)]);
    expect(replay).toEqual({ state: streamState(base, 44), problem: 'j lacks change 45 (its next change is 47)', lostChanges: 4 });
  });

  it('gives the base when there is nothing to replay', () => {
    const empty: CopyState = { ...base };
    expect(replayJournals(empty, [])).toEqual({ state: empty, problem: null, lostChanges: 0 });
  });
});
