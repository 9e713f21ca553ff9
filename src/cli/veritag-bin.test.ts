import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The program as `npx veritag` runs it: bin/veritag.cjs, which loads the bundle out/cli/veritag.cjs.
// The bundle is rebuilt first (about a second) so this tests the sources as they are, whatever
// ran before (npm install's prepare builds it too, but may be older than the sources).
const ROOT = resolve(__dirname, '../..');
const BIN = join(ROOT, 'bin/veritag.cjs');
const GOOD_SETS = join(ROOT, 'test-support/good-sets');
const NATIVE = join(GOOD_SETS, 'crocus-first-pass.veritag.json');
const W3C = join(GOOD_SETS, 'crocus-first-pass.veritag.jsonld');

const scratch = mkdtempSync(join(tmpdir(), 'veritag-bin-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function veritag(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

beforeAll(() => {
  const vite = join(ROOT, 'node_modules/vite/bin/vite.js');
  const build = spawnSync(process.execPath, [vite, 'build', '-c', 'vite.cli.config.ts', '--logLevel', 'warn'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`npm run build:cli failed:\n${build.stdout}\n${build.stderr}`);
}, 120_000);

describe('bin/veritag.cjs', () => {
  it('is one self-contained file: only Node built-ins are required', () => {
    const bundle = readFileSync(join(ROOT, 'out/cli/veritag.cjs'), 'utf8');
    const required = [...bundle.matchAll(/\brequire\(["']([^"']+)["']\)/g)].map((m) => m[1]);
    expect(required.length).toBeGreaterThan(0);
    for (const name of required) expect(name).toMatch(/^node:/);
  });

  it('validates files and exits 0', () => {
    const run = veritag('validate', NATIVE, W3C);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(
      `${NATIVE}: valid (native, set "Crocus coverage, first pass" by Alice: 8 annotations on 2 documents)\n` +
        `${W3C}: valid (w3c, set "Crocus coverage, first pass" by Alice: 8 annotations on 2 documents)\n`,
    );
  });

  it('exits 1 for an invalid file and 2 for a usage error', () => {
    const bad = join(ROOT, 'test-support/bad-sets/wrong-version.json');
    expect(veritag('validate', bad)).toEqual({
      status: 1,
      stdout: '',
      stderr: `${bad}: version: 99 is not supported (this app reads version 1)\n`,
    });
    expect(veritag().status).toBe(2);
  });

  it('exits 1, not 70 (an internal error), for a label nested 100,000 deep', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const path = join(scratch, 'deep-label.json');
    writeFileSync(path, readFileSync(NATIVE, 'utf8').replace('"label": "claim"', `"label": ${deep}`));
    const run = veritag('validate', path);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/: label: \[{39}… is not a label /);
  });

  it('converts and compares', () => {
    expect(veritag('convert', NATIVE, '--to', 'w3c').stdout).toBe(readFileSync(W3C, 'utf8'));
    const run = veritag('agreement', NATIVE, W3C, '--json');
    expect(run.status).toBe(0);
    const json = JSON.parse(run.stdout) as { corpus: { overall: { exactF1: number } } };
    expect(json.corpus.overall.exactF1).toBe(1);
  });

  it('says to run npm run build:cli when the bundle is missing, and exits 2', () => {
    mkdirSync(join(scratch, 'bin'));
    copyFileSync(BIN, join(scratch, 'bin/veritag.cjs'));
    const run = spawnSync(process.execPath, [join(scratch, 'bin/veritag.cjs'), '--help'], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain("Run 'npm run build:cli'");
  });
});
