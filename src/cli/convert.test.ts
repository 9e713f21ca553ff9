import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCaptured } from './captured-io';

const GOOD_SETS = resolve(__dirname, '../../test-support/good-sets');
const NATIVE = join(GOOD_SETS, 'crocus-first-pass.veritag.json');
const W3C = join(GOOD_SETS, 'crocus-first-pass.veritag.jsonld');
const UNKNOWN_FIELDS = join(GOOD_SETS, 'with-unknown-fields.veritag.json');
const BAD = resolve(__dirname, '../../test-support/bad-sets/negative-offset.json');

const scratch = mkdtempSync(join(tmpdir(), 'veritag-convert-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('veritag convert', () => {
  it('native → W3C → native gives back the same bytes (through standard output)', async () => {
    const toW3c = await runCaptured(['convert', NATIVE, '--to', 'w3c']);
    expect(toW3c).toMatchObject({ code: 0, stderr: '' });
    expect(toW3c.stdout).toBe(readFileSync(W3C, 'utf8'));
    const w3cPath = join(scratch, 'round.jsonld');
    writeFileSync(w3cPath, toW3c.stdout);
    const back = await runCaptured(['convert', w3cPath, '--to', 'native']);
    expect(back).toMatchObject({ code: 0, stderr: '' });
    expect(back.stdout).toBe(readFileSync(NATIVE, 'utf8'));
  });

  it('writes the whole file with -o (and --output), leaving no temporary file behind', async () => {
    const out = join(scratch, 'written', 'alice.jsonld');
    rmSync(join(scratch, 'written'), { recursive: true, force: true });
    const missingFolder = await runCaptured(['convert', NATIVE, '--to', 'w3c', '-o', out]);
    expect(missingFolder.code).toBe(2);
    expect(missingFolder.stderr).toBe(`${out}: could not be written (ENOENT: no such file or directory)\n`);

    const out2 = join(scratch, 'alice.jsonld');
    const run = await runCaptured(['convert', NATIVE, '--to', 'w3c', '-o', out2]);
    expect(run).toEqual({
      code: 0,
      stdout: `${out2}: written (w3c, from native ${NATIVE}: 8 annotations on 2 documents)\n`,
      stderr: '',
    });
    expect(readFileSync(out2, 'utf8')).toBe(readFileSync(W3C, 'utf8'));
    const again = await runCaptured(['convert', out2, '--output', join(scratch, 'alice.json'), '--to', 'native']);
    expect(again.code).toBe(0);
    expect(readFileSync(join(scratch, 'alice.json'), 'utf8')).toBe(readFileSync(NATIVE, 'utf8'));
    expect(readdirSync(scratch).filter((name) => name.endsWith('.part'))).toEqual([]);
  });

  it('normalises when converting to the format a file already has (unknown fields dropped)', async () => {
    const run = await runCaptured(['convert', UNKNOWN_FIELDS, '--to', 'native']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(readFileSync(NATIVE, 'utf8'));
    const w3c = await runCaptured(['convert', W3C, '--to', 'w3c']);
    expect(w3c.stdout).toBe(readFileSync(W3C, 'utf8'));
  });

  it('refuses to write over its input, however the path is spelled, and leaves it unchanged', async () => {
    const input = join(scratch, 'input.json');
    writeFileSync(input, readFileSync(UNKNOWN_FIELDS));
    const link = join(scratch, 'link.json');
    symlinkSync(input, link);
    for (const output of [input, relative(process.cwd(), input), join(scratch, '.', 'input.json'), link]) {
      const run = await runCaptured(['convert', input, '--to', 'native', '-o', output]);
      expect(run.code, output).toBe(2);
      expect(run.stderr).toBe(
        `${output}: is the input file; convert writes to another file (or to standard output)\n`,
      );
    }
    expect(readFileSync(input)).toEqual(readFileSync(UNKNOWN_FIELDS));
  });

  it('exits 1 for an invalid input and writes nothing', async () => {
    const out = join(scratch, 'never.json');
    const run = await runCaptured(['convert', BAD, '--to', 'w3c', '-o', out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `${BAD}: annotations[0] (id d3b0c442-98fc-4c1c-9d2b-7a0c3b5e2f10): start: must be a whole number >= 0\n`,
    );
    expect(existsSync(out)).toBe(false);
  });

  it('exits 2 for a missing input', async () => {
    const run = await runCaptured(['convert', join(scratch, 'nope.json'), '--to', 'w3c']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
  });
});
