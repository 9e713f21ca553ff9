import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArguments } from './arguments';
import { runCaptured } from './captured-io';
import { USAGE } from './usage';

const { version } = JSON.parse(readFileSync(resolve(__dirname, '../../package.json'), 'utf8')) as { version: string };
const HINT = "Run 'veritag --help' for usage.\n";

describe('veritag --help and --version', () => {
  it.each([['--help'], ['-h'], ['help'], ['validate', '--help'], ['convert', '-h'], ['agreement', 'a', '--help']])(
    '%s prints the usage on standard output and exits 0',
    async (...argv) => {
      expect(await runCaptured(argv)).toEqual({ code: 0, stdout: USAGE, stderr: '' });
    },
  );

  it('documents every command, option and exit status', () => {
    for (const text of [
      'veritag validate FILE...',
      'veritag convert FILE --to w3c|native [-o OUT]',
      'veritag agreement A B [--json]',
      '-o, --output OUT',
      '--json',
      '0  success',
      '1  a file is invalid',
      '2  a usage error, or a path that cannot be read or written',
    ]) {
      expect(USAGE).toContain(text);
    }
  });

  it('prints the version from package.json', async () => {
    expect(await runCaptured(['--version'])).toEqual({ code: 0, stdout: `veritag ${version}\n`, stderr: '' });
  });
});

describe('usage errors exit 2', () => {
  it('with no arguments, prints the whole usage on standard error', async () => {
    expect(await runCaptured([])).toEqual({ code: 2, stdout: '', stderr: `veritag: no command given\n\n${USAGE}` });
  });

  it.each([
    [['frobnicate'], 'unknown command "frobnicate" (expected validate, convert or agreement)'],
    [['--json'], 'unknown option "--json" (a command comes first: validate, convert or agreement)'],
    [['validate'], 'validate: no FILE given'],
    [['validate', '--strict', 'a.json'], "validate: unknown option '--strict'"],
    [['convert', 'a.json'], 'convert: --to w3c or --to native is required'],
    [['convert', 'a.json', '--to', 'xml'], 'convert: --to must be w3c or native, not "xml"'],
    [['convert', 'a.json', '--to'], "convert: option '--to <value>' argument missing"],
    [['convert', '--to', 'w3c'], 'convert: no FILE given'],
    [['convert', 'a.json', 'b.json', '--to', 'w3c'], 'convert: one FILE at a time (also given: "b.json")'],
    [['convert', 'a.json', '--to', 'w3c', '-o', ''], 'convert: -o needs a file name'],
    [['agreement', 'a.json'], 'agreement: expected two files, A and B (got 1)'],
    [['agreement', 'a.json', 'b.json', 'c.json'], 'agreement: expected two files, A and B (got 3)'],
  ])('%j', async (argv, problem) => {
    expect(await runCaptured(argv)).toEqual({ code: 2, stdout: '', stderr: `veritag: ${problem}\n${HINT}` });
  });
});

describe('parseArguments', () => {
  it('reads each command', () => {
    expect(parseArguments(['validate', 'a.json', 'b.jsonld'])).toEqual({
      ok: true,
      command: { name: 'validate', files: ['a.json', 'b.jsonld'] },
    });
    expect(parseArguments(['convert', '--to=native', 'a.jsonld', '-o', 'a.json'])).toEqual({
      ok: true,
      command: { name: 'convert', file: 'a.jsonld', to: 'native', output: 'a.json' },
    });
    expect(parseArguments(['convert', 'a.json', '--to', 'w3c'])).toEqual({
      ok: true,
      command: { name: 'convert', file: 'a.json', to: 'w3c', output: null },
    });
    expect(parseArguments(['agreement', '--json', 'a.json', 'b.json'])).toEqual({
      ok: true,
      command: { name: 'agreement', a: 'a.json', b: 'b.json', json: true },
    });
  });

  it('takes a file name that starts with a dash after --', () => {
    expect(parseArguments(['validate', '--', '-odd.json'])).toEqual({
      ok: true,
      command: { name: 'validate', files: ['-odd.json'] },
    });
  });
});
