// SIGKILL during compaction, for real: a child process runs the durable copy (bundled with esbuild,
// run by `node`) and appends changes while compactions run; it is killed at a moment seen on disk.
// Whatever the moment, the copy read back afterwards holds every change the child was told was
// saved, exactly as the stream made them, and the copy goes on taking changes.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { inKeyOrder, largeCopyState, streamEntry, streamState } from '../../test-support/copy-states';
import { DurableCopyStore } from './durable-copy-store';

/** A base big enough (its snapshot takes a while to write) that a kill lands inside a compaction. */
const base = largeCopyState(10_000);
const COMPACT_AFTER = 40;
let childScript = '';
/** Folders made by the tests (each snapshot of the base is some 4 MB), removed after them. */
const folders: string[] = [];

beforeAll(async () => {
  const out = await mkdtemp(join(tmpdir(), 'veritag-child-'));
  folders.push(out);
  childScript = join(out, 'durable-copy-child.cjs');
  await build({
    entryPoints: [resolve(__dirname, '../../test-support/durable-copy-child.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile: childScript,
    logLevel: 'silent',
  });
}, 60_000);

afterEach(async () => {
  await Promise.all(folders.splice(1).map((folder) => rm(folder, { recursive: true, force: true })));
});

afterAll(async () => {
  await Promise.all(folders.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
});

const snapshotEntries = (dir: string): string[] => (existsSync(join(dir, 'snapshots')) ? readdirSync(join(dir, 'snapshots')) : []);
const snapshotsWritten = (dir: string): number => snapshotEntries(dir).filter((name) => /^\d{12}-/.test(name)).length;
const writingSnapshot = (dir: string): boolean => snapshotEntries(dir).some((name) => name.startsWith('.tmp-'));

interface KillPoint {
  name: string;
  /** True once the moment to kill has come. */
  reached: (dir: string) => boolean;
  /** What must still be on disk right after the kill, proving it struck at that moment. */
  evidence: (dir: string) => boolean;
}

const KILL_POINTS: KillPoint[] = [
  {
    name: 'while the first compaction writes its snapshot (.tmp- folder)',
    reached: writingSnapshot,
    evidence: writingSnapshot,
  },
  {
    name: 'while the third compaction writes its snapshot, after two have replaced journals',
    reached: (dir) => snapshotsWritten(dir) >= 3 && writingSnapshot(dir),
    evidence: writingSnapshot,
  },
  {
    name: 'right after a compaction renamed its snapshot into place',
    reached: (dir) => snapshotsWritten(dir) >= 2,
    evidence: (dir) => snapshotsWritten(dir) >= 2,
  },
];

describe('SIGKILL during compaction', () => {
  it.each(KILL_POINTS)('restores every change saved: killed $name', async ({ reached, evidence }) => {
    const dir = await mkdtemp(join(tmpdir(), 'veritag-sigkill-'));
    folders.push(dir);
    const setup = new DurableCopyStore({ backupDir: dir });
    await setup.writeSnapshot(base);
    await setup.idle();

    const child = spawn(process.execPath, [childScript, dir, '100000', String(COMPACT_AFTER)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<NodeJS.Signals | null>((done) => child.on('exit', (_code, signal) => done(signal)));

    await expect.poll(() => reached(dir) || output.includes('done'), { interval: 1, timeout: 120_000 }).toBe(true);
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    expect(evidence(dir)).toBe(true);

    const acked = Math.max(base.counter, ...[...output.matchAll(/^acked (\d+)$/gm)].map((m) => Number(m[1])));
    expect(acked).toBeGreaterThan(base.counter + COMPACT_AFTER);
    const copy = new DurableCopyStore({ backupDir: dir });
    const read = await copy.read(null);
    expect(read).toMatchObject({ damage: null, lostChanges: 0 });
    // Every change acknowledged is there; at most the one in flight beyond it.
    expect(read.state.counter).toBeGreaterThanOrEqual(acked);
    expect(read.state.counter).toBeLessThanOrEqual(acked + 1);
    expect(inKeyOrder(read.state)).toEqual(inKeyOrder(streamState(base, read.state.counter)));
    // The copy goes on: the next change is taken and read back.
    const article = base.rows.documents[0] ?? {};
    await copy.append(streamEntry(read.state.counter + 1, article));
    await copy.idle();
    expect((await new DurableCopyStore({ backupDir: dir }).status()).counter).toBe(read.state.counter + 1);
    expect(writingSnapshot(dir)).toBe(false);
  }, 180_000);
});
