// The durable copy on real files in a temporary folder: appends in counter order only, snapshots
// and compaction, rotation, and reading back through a torn line, a damaged line or a damaged
// snapshot, saying what was lost; a new store on the same folder reads what the old one wrote.
import { appendFile, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { MY_SET_ID, inKeyOrder, sampleCopyState, streamEntry, streamState } from '../../test-support/copy-states';
import { journalLine } from '../shared/copy-journal';
import { emptyRows } from '../shared/durable-copy';
import type { CopyState } from '../shared/durable-copy';
import { DurableCopyStore } from './durable-copy-store';
import type { DurableCopyOptions } from './durable-copy-store';

// Every write here is fsynced: beside the other suites' disk writes (the SIGKILL tests' 22 MB
// snapshots, IndexedDB's strict commits) one fsync can wait seconds, far past Vitest's 5 s default.
vi.setConfig({ testTimeout: 60_000 });

const base = sampleCopyState();
const article = base.rows.documents[0] ?? {};
const entry = (n: number) => streamEntry(n, article);

async function newFolder(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'veritag-backups-'));
}

function storeIn(backupDir: string, options: Partial<DurableCopyOptions> = {}): DurableCopyStore {
  return new DurableCopyStore({ backupDir, onBackgroundError: (error) => { throw error; }, ...options });
}

/**
 * A store holding the sample state as its snapshot and changes 43…upTo in its journal, each change
 * appended once any compaction it started has finished (so that compactions happen at known changes).
 */
async function storeWithChanges(upTo: number, options: Partial<DurableCopyOptions> = {}) {
  const dir = await newFolder();
  const store = storeIn(dir, options);
  await store.writeSnapshot(base);
  for (let n = 43; n <= upTo; n++) {
    await store.append(entry(n));
    await store.idle();
  }
  return { dir, store };
}

const journalNames = async (dir: string) => (await readdir(dir)).filter((name) => name.startsWith('journal-')).sort();

describe('an empty copy', () => {
  it('has change 0, no snapshots, and reads back as the empty state', async () => {
    const store = storeIn(await newFolder());
    expect(await store.status()).toEqual({ counter: 0, at: null });
    expect(await store.list()).toEqual([]);
    expect(await store.read(null)).toEqual({
      state: { counter: 0, at: null, rows: emptyRows() },
      counts: { articles: 0, myAnnotations: 0, reviewedSets: 0, reviewedAnnotations: 0 },
      damage: null,
      lostChanges: 0,
      importedFiles: [],
    });
    expect(await store.freeDiskSpace()).toBeGreaterThan(0);
    // A folder not made yet: the disk of its nearest existing parent.
    expect(await storeIn(join(await newFolder(), 'not', 'yet')).freeDiskSpace()).toBeGreaterThan(0);
  });

  it('takes change 1 first, and refuses any other change, naming both counters', async () => {
    const dir = await newFolder();
    const store = storeIn(dir);
    const first = { counter: 1, at: '2026-12-02T03:40:00.000Z', changes: [{ table: 'meta' as const, op: 'put' as const, row: { key: 'changeCounter', value: 1 } }] };
    await expect(store.append({ ...first, counter: 58 })).rejects.toThrow('The backup copy is behind the database: it has change 0, this is change 58.');
    await store.append(first);
    await expect(store.append(first)).rejects.toThrow('The backup copy is ahead of the database: it has change 1 already, this is change 1.');
    expect(await store.status()).toEqual({ counter: 1, at: first.at });
    const reopened = storeIn(dir);
    expect((await reopened.read(null)).state).toEqual({ counter: 1, at: first.at, rows: { ...emptyRows(), meta: [{ key: 'changeCounter', value: 1 }] } });
  });

  it('refuses a change with a row without its key, and keeps nothing of it', async () => {
    const store = storeIn(await newFolder());
    const bad = { counter: 1, at: '2026-12-02T03:40:00.000Z', changes: [{ table: 'sets' as const, op: 'put' as const, row: { name: 'no id' } }] };
    await expect(store.append(bad)).rejects.toThrow('Change 1 cannot be kept: A sets row has no string id.');
    expect(await store.status()).toEqual({ counter: 0, at: null });
  });
});

describe('snapshots and the journal', () => {
  it('reads back the snapshot and every change after it, in this store and in a new one', async () => {
    const { dir, store } = await storeWithChanges(60);
    const expected = inKeyOrder(streamState(base, 60));
    expect(await store.status()).toEqual({ counter: 60, at: expected.at });
    expect(inKeyOrder((await store.read(null)).state)).toEqual(expected);
    const reopened = storeIn(dir);
    expect(await reopened.status()).toEqual({ counter: 60, at: expected.at });
    const read = await reopened.read(null);
    expect(read).toMatchObject({ damage: null, lostChanges: 0, counts: { myAnnotations: expected.rows.annotations.filter((a) => a['setId'] === MY_SET_ID).length } });
    expect(inKeyOrder(read.state)).toEqual(expected);
  });

  it('lists snapshots newest first with their counts, and reads one by id', async () => {
    const { store } = await storeWithChanges(45);
    const later = streamState(base, 45);
    const summary = await store.writeSnapshot(later);
    expect(summary).toEqual({ id: expect.stringMatching(/^000000000045-20261202T\d{6}Z$/) as string, at: later.at, counter: 45, counts: expect.any(Object) as object });
    const list = await store.list();
    expect(list.map((s) => s.counter)).toEqual([45, 42]);
    expect(list[1]).toMatchObject({ id: '000000000042-20261202T035000Z', counts: { articles: 3, myAnnotations: 5, reviewedSets: 1, reviewedAnnotations: 3 } });
    const older = await store.read(list[1]?.id ?? '');
    expect(older).toMatchObject({ damage: null, lostChanges: 0, counts: list[1]?.counts });
    expect(older.state).toEqual(inKeyOrder(base));
    await expect(store.read('000000000001-20261202T035000Z')).rejects.toThrow('There is no backup 000000000001-20261202T035000Z.');
  });

  it('refuses a snapshot that would take the copy back to an earlier change, and a state that is not one', async () => {
    const { store } = await storeWithChanges(50);
    await expect(store.writeSnapshot(base)).rejects.toThrow("The backup copy is at change 50, past this state's change 42: a snapshot cannot take the copy back.");
    const twice = { ...streamState(base, 50), rows: { ...base.rows, meta: [{ key: 'x' }, { key: 'x' }] } };
    await expect(store.writeSnapshot(twice)).rejects.toThrow('The backup copy could not be saved: two meta rows have the key ["x"].');
    expect((await store.list()).map((s) => s.counter)).toEqual([42]);
  });

  it('starts from a snapshot of a database that was ahead: the journal continues after it', async () => {
    const { dir, store } = await storeWithChanges(44);
    await expect(store.append(entry(58))).rejects.toThrow('it has change 44, this is change 58');
    await store.writeSnapshot(streamState(base, 57));
    await store.append(entry(58));
    expect(inKeyOrder((await storeIn(dir).read(null)).state)).toEqual(inKeyOrder(streamState(base, 58)));
  });
});

describe('compaction', () => {
  it('compacts the journal into a new snapshot in the background, keeping the journals a fallback needs', async () => {
    const { dir, store } = await storeWithChanges(72, { compactAfter: { entries: 10, bytes: 1 << 30 } });
    const counters = (await store.list()).map((s) => s.counter);
    expect(counters).toEqual([72, 62, 52, 42]);
    // Journals after the two newest snapshots stay: should the newest be damaged, the one before it restores everything.
    expect(await journalNames(dir)).toEqual(['journal-000000000062.jsonl', 'journal-000000000072.jsonl']);
    expect(inKeyOrder((await storeIn(dir).read(null)).state)).toEqual(inKeyOrder(streamState(base, 72)));
  });

  it("makes the last session's changes a snapshot of their own when the copy is next opened", async () => {
    const { dir, store } = await storeWithChanges(45);
    expect((await store.list()).map((s) => s.counter)).toEqual([42]);
    const nextSession = storeIn(dir);
    expect(await nextSession.status()).toEqual({ counter: 45, at: entry(45).at });
    await nextSession.idle();
    expect((await nextSession.list()).map((s) => s.counter)).toEqual([45, 42]);
    await nextSession.append(entry(46));
    expect(inKeyOrder((await storeIn(dir).read(null)).state)).toEqual(inKeyOrder(streamState(base, 46)));
  });

  it('compacts when the journal reaches its size in bytes', async () => {
    const { store } = await storeWithChanges(46, { compactAfter: { entries: 1000, bytes: 1000 } });
    expect((await store.list()).map((s) => s.counter)[0]).toBeGreaterThan(42);
  });

  it('rotates: the 10 newest snapshots and the newest of each of the last 30 days', async () => {
    let now = Date.parse('2026-12-02T12:00:00Z');
    const store = storeIn(await newFolder(), { now: () => new Date(now) });
    const day = 24 * 60 * 60 * 1000;
    let state: CopyState = { ...base, counter: 0, at: null };
    for (let i = 1; i <= 20; i++) {
      now += i <= 8 ? day : 60_000; // 8 days, one snapshot each, then 12 in the last day
      state = { ...state, counter: i, at: new Date(now).toISOString() };
      await store.writeSnapshot(state);
    }
    const kept = (await store.list()).map((s) => s.counter);
    expect(kept).toEqual([20, 19, 18, 17, 16, 15, 14, 13, 12, 11, 7, 6, 5, 4, 3, 2, 1]);
  });
});

describe('reading back through damage', () => {
  it('drops a torn last line silently, and appends after it as if it were not there', async () => {
    const { dir, store } = await storeWithChanges(50);
    await store.idle();
    const [journal] = await journalNames(dir);
    await appendFile(join(dir, journal ?? ''), journalLine(entry(51)).slice(0, 40));
    const reopened = storeIn(dir);
    const read = await reopened.read(null);
    expect(read).toMatchObject({ damage: null, lostChanges: 0 });
    expect(inKeyOrder(read.state)).toEqual(inKeyOrder(streamState(base, 50)));
    await reopened.append(entry(51));
    await reopened.idle();
    expect(inKeyOrder((await storeIn(dir).read(null)).state)).toEqual(inKeyOrder(streamState(base, 51)));
  });

  it('stops at a damaged line, says where and how many changes are lost, then repairs on the next write', async () => {
    const { dir, store } = await storeWithChanges(50);
    await store.idle();
    const [journal = ''] = await journalNames(dir);
    const lines = (await readFile(join(dir, journal), 'utf8')).split('\n');
    lines[4] = '{"counter": 47, "at": garbage';
    await writeFile(join(dir, journal), lines.join('\n'));
    const damaged = storeIn(dir);
    expect(await damaged.status()).toEqual({ counter: 46, at: streamEntry(46, article).at });
    const read = await damaged.read(null);
    expect(read.damage).toBe(`The journal ${journal} is damaged at line 5: not JSON.`);
    expect(read.lostChanges).toBe(4);
    expect(inKeyOrder(read.state)).toEqual(inKeyOrder(streamState(base, 46)));
    // The database (which has every change) sends its state; the damaged journal is set aside, not deleted.
    await damaged.writeSnapshot(streamState(base, 50));
    await damaged.append(entry(51));
    await damaged.idle();
    const repaired = await storeIn(dir).read(null);
    expect(repaired).toMatchObject({ damage: null, lostChanges: 0 });
    expect(inKeyOrder(repaired.state)).toEqual(inKeyOrder(streamState(base, 51)));
    // The damaged journal stays behind the new snapshot (it is read only should that snapshot be damaged).
    expect(await journalNames(dir)).toEqual([journal, 'journal-000000000050.jsonl']);
  });

  it('falls back to the previous good snapshot when the newest is damaged, and restores everything from the journals', async () => {
    const { dir, store } = await storeWithChanges(62, { compactAfter: { entries: 10, bytes: 1 << 30 } });
    const [newest] = await store.list();
    await store.idle();
    const setFile = join(dir, 'snapshots', newest?.id ?? '', 'sets', `${MY_SET_ID}.veritag.json`);
    await writeFile(setFile, (await readFile(setFile, 'utf8')).replace('"claim"', '"disputed"'));
    const reopened = storeIn(dir);
    const read = await reopened.read(null);
    expect(read.damage).toBe(`The snapshot ${newest?.id ?? ''} (change 62) is damaged: sets/${MY_SET_ID}.veritag.json does not match its SHA-256 in the manifest.`);
    expect(read.lostChanges).toBe(0);
    expect(inKeyOrder(read.state)).toEqual(inKeyOrder(streamState(base, 62)));
    await expect(reopened.read(newest?.id ?? '')).rejects.toThrow(`The backup ${newest?.id ?? ''} is damaged: sets/`);
    // The next change repairs the copy: a new snapshot, the damaged one set aside.
    await reopened.append(entry(63));
    await reopened.idle();
    expect(await readdir(join(dir, 'set-aside'))).toHaveLength(1);
    const repaired = await storeIn(dir).read(null);
    expect(repaired).toMatchObject({ damage: null, lostChanges: 0 });
    expect(inKeyOrder(repaired.state)).toEqual(inKeyOrder(streamState(base, 63)));
  });

  it('says how many changes are lost when no journal covers a damaged snapshot', async () => {
    const { dir, store } = await storeWithChanges(45);
    await store.writeSnapshot(streamState(base, 60));
    await store.idle();
    const newest = (await readdir(join(dir, 'snapshots'))).sort().at(-1) ?? '';
    await writeFile(join(dir, 'snapshots', newest, 'state.json'), 'damaged');
    const read = await storeIn(dir).read(null);
    expect(read.lostChanges).toBe(15);
    expect(inKeyOrder(read.state)).toEqual(inKeyOrder(streamState(base, 45)));
    expect(read.damage).toContain('state.json does not match its SHA-256 in the manifest');
  });
});

describe('imported files', () => {
  it("records each colleague's file opened, and says on reading whether it is still there unchanged", async () => {
    const dir = await newFolder();
    const files = await newFolder();
    const alice = join(files, 'alice.veritag.json');
    const bob = join(files, 'bob.veritag.json');
    await writeFile(alice, 'alice v1');
    await writeFile(bob, 'bob');
    let now = Date.parse('2026-12-02T10:00:00Z');
    const store = storeIn(dir, { now: () => new Date((now += 1000)) });
    await store.recordImportedFile(alice, new TextEncoder().encode('alice v0'));
    await store.recordImportedFile(bob, new TextEncoder().encode('bob'));
    await store.recordImportedFile(alice, new TextEncoder().encode('alice v1'));
    await writeFile(bob, 'bob, edited since');
    const { importedFiles } = await storeIn(dir).read(null);
    expect(importedFiles).toEqual([
      { path: alice, name: 'alice.veritag.json', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) as string, openedAt: '2026-12-02T10:00:03.000Z', unchanged: true },
      { path: bob, name: 'bob.veritag.json', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) as string, openedAt: '2026-12-02T10:00:02.000Z', unchanged: false },
    ]);
  });
});
