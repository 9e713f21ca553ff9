import { mkdtempSync, readFileSync, readdirSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseAnnotationSetFile } from '../shared/annotation-set-file';
import { MAX_SET_FILE_BYTES } from '../shared/file-limits';
import { runCaptured } from './captured-io';

const GOOD_SETS = resolve(__dirname, '../../test-support/good-sets');
const BAD_SETS = resolve(__dirname, '../../test-support/bad-sets');
const GOOD_NATIVE = join(GOOD_SETS, 'crocus-first-pass.veritag.json');
const GOOD_W3C = join(GOOD_SETS, 'crocus-first-pass.veritag.jsonld');
const GOOD_UTF16 = join(GOOD_SETS, 'utf16-offsets.veritag.json');
const A0 = '(id d3b0c442-98fc-4c1c-9d2b-7a0c3b5e2f10)';
const SUMMARY = 'set "Crocus coverage, first pass" by Alice: 8 annotations on 2 documents';

const scratch = mkdtempSync(join(tmpdir(), 'veritag-validate-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** What the app reports for a file (its exchange worker decodes strictly, then parses). */
function appErrors(path: string): string[] {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(path));
  } catch {
    return ['not JSON: the file is not UTF-8 text'];
  }
  const result = parseAnnotationSetFile(text);
  if (result.ok) throw new Error(`${path} is valid`);
  return result.errors;
}

function lines(text: string): string[] {
  return text.split('\n').filter((line) => line !== '');
}

describe('veritag validate', () => {
  it('prints one summary line per valid file, native or W3C, and exits 0', async () => {
    const files = readdirSync(GOOD_SETS).sort().map((name) => join(GOOD_SETS, name));
    const run = await runCaptured(['validate', ...files]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(lines(run.stdout)).toEqual([
      `${GOOD_NATIVE}: valid (native, ${SUMMARY})`,
      `${GOOD_W3C}: valid (w3c, ${SUMMARY})`,
      `${GOOD_UTF16}: valid (native, set "Crocus, counted in UTF-16" by A script: 2 annotations on 1 document)`,
      `${join(GOOD_SETS, 'with-unknown-fields.veritag.json')}: valid (native, ${SUMMARY})`,
    ]);
  });

  it('accepts a file whose offsets were counted in UTF-16 code units (end − start is not the quote’s code points)', async () => {
    const file = JSON.parse(readFileSync(GOOD_UTF16, 'utf8')) as {
      annotations: Array<{ start: number; end: number; exact: string }>;
    };
    const lengths = file.annotations.map((a) => [a.end - a.start, [...a.exact].length]);
    expect(lengths).toEqual([[18, 17], [32, 29]]);
    expect(await runCaptured(['validate', GOOD_UTF16])).toMatchObject({ code: 0, stderr: '' });
  });

  it('counts in the singular for one annotation on one document', async () => {
    const file = JSON.parse(readFileSync(GOOD_NATIVE, 'utf8')) as {
      documents: unknown[];
      annotations: Array<{ document: string }>;
    };
    const first = file.annotations[0];
    file.annotations = first === undefined ? [] : [first];
    file.documents = file.documents.filter((d) => (d as { id: string }).id === first?.document);
    const path = join(scratch, 'one.json');
    writeFileSync(path, JSON.stringify(file));
    const run = await runCaptured(['validate', path]);
    expect(run.stdout).toBe(
      `${path}: valid (native, set "Crocus coverage, first pass" by Alice: 1 annotation on 1 document)\n`,
    );
  });

  it.each(readdirSync(BAD_SETS).sort())(
    'rejects bad-sets/%s with exit 1 and the app’s messages, each after the file name',
    async (name) => {
      const path = join(BAD_SETS, name);
      const run = await runCaptured(['validate', path]);
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe(appErrors(path).map((error) => `${path}: ${error}\n`).join(''));
    },
  );

  it('reports the canonical messages of the spec (spot checks)', async () => {
    const expected: Record<string, string> = {
      'empty-file.json': 'not JSON: unexpected end of input at line 1 column 1',
      'trailing-comma.json': 'not JSON: trailing comma at line 18 column 21',
      'wrong-version.json': 'version: 99 is not supported (this app reads version 1)',
      'negative-offset.json': `annotations[0] ${A0}: start: must be a whole number >= 0`,
      'missing-annotator-name.json': 'set.annotator.name: missing',
      'w3c-missing-position-selector.jsonld': 'first.items[0].target.selector: missing a TextPositionSelector',
    };
    for (const [name, message] of Object.entries(expected)) {
      const run = await runCaptured(['validate', join(BAD_SETS, name)]);
      expect(lines(run.stderr)[0], name).toBe(`${join(BAD_SETS, name)}: ${message}`);
    }
    const several = await runCaptured(['validate', join(BAD_SETS, 'several-problems.json')]);
    expect(lines(several.stderr)).toHaveLength(5);
    const many = await runCaptured(['validate', join(BAD_SETS, 'too-many-problems.json')]);
    expect(lines(many.stderr).at(-1)).toBe(`${join(BAD_SETS, 'too-many-problems.json')}: … and 10 more problems`);
  });

  it('rejects a file that is not UTF-8 with exit 1', async () => {
    const path = join(scratch, 'latin1.json');
    writeFileSync(path, Buffer.concat([Buffer.from('{"format": "caf'), Buffer.from([0xe9]), Buffer.from('"}')]));
    const run = await runCaptured(['validate', path]);
    expect(run).toEqual({ code: 1, stdout: '', stderr: `${path}: not JSON: the file is not UTF-8 text\n` });
  });

  it('shows bidirectional, zero-width and control characters in names as their code points', async () => {
    const file = JSON.parse(readFileSync(GOOD_NATIVE, 'utf8')) as { set: { name: string; annotator: { name: string } } };
    file.set.name = 'Invoice \u202Eexe.txt';
    file.set.annotator.name = 'Al\u200Bice\u001b[2J';
    const path = join(scratch, 'hidden-characters.json');
    writeFileSync(path, JSON.stringify(file));
    const run = await runCaptured(['validate', path]);
    expect(run.stdout).toBe(
      `${path}: valid (native, set "Invoice ⟨U+202E⟩exe.txt" by Al⟨U+200B⟩ice⟨U+001B⟩[2J: 8 annotations on 2 documents)\n`,
    );
  });

  it('accepts a file that starts with a byte-order mark', async () => {
    const path = join(scratch, 'bom.json');
    writeFileSync(path, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(GOOD_NATIVE)]));
    expect((await runCaptured(['validate', path])).code).toBe(0);
  });

  it('refuses a file over 200 MB with exit 1', async () => {
    const path = join(scratch, 'huge.json');
    writeFileSync(path, '');
    truncateSync(path, MAX_SET_FILE_BYTES + 1); // sparse: takes no disk space
    const real = await runCaptured(['validate', path]);
    expect(real).toEqual({
      code: 1,
      stdout: '',
      stderr: `${path}: The file is too large (200.1 MB; the limit is 200 MB)\n`,
    });
  });

  it('exits 2 for a path that cannot be read, and still checks the other files', async () => {
    const missing = join(scratch, 'no-such-file.json');
    const run = await runCaptured(['validate', GOOD_NATIVE, missing, join(BAD_SETS, 'wrong-version.json')]);
    expect(run.code).toBe(2);
    expect(lines(run.stdout)).toEqual([`${GOOD_NATIVE}: valid (native, ${SUMMARY})`]);
    expect(lines(run.stderr)).toEqual([
      `${missing}: could not be read (ENOENT: no such file or directory)`,
      `${join(BAD_SETS, 'wrong-version.json')}: version: 99 is not supported (this app reads version 1)`,
    ]);
  });

  it('exits 2 for a folder', async () => {
    const run = await runCaptured(['validate', scratch]);
    expect(run).toEqual({ code: 2, stdout: '', stderr: `${scratch}: could not be read (is a directory)\n` });
  });

  describe('a hostile file is reported like any invalid one (exit 1), never an internal error', () => {
    /** Nesting far deeper than any stack: an array in an array, 100,000 times. */
    const DEEP = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const DEEP_SHOWN = `${'['.repeat(39)}…`;

    /** The good file's text with the first `"key": value` replaced by `"key": <DEEP>`. */
    function deepened(path: string, key: string, name: string): string {
      const text = readFileSync(path, 'utf8');
      const field = new RegExp(`"${key}": ("[^"]*"|\\d+)`);
      expect(text, key).toMatch(field);
      const out = join(scratch, name);
      writeFileSync(out, text.replace(field, `"${key}": ${DEEP}`));
      return out;
    }

    it.each([
      ['a native label', GOOD_NATIVE, 'label', `annotations[0] ${A0}: label: ${DEEP_SHOWN} is not a label (expected claim, attribution, casualty-figure or disputed)`],
      ['a W3C label', GOOD_W3C, 'value', `first.items[0] (id d3b0c442-98fc-4c1c-9d2b-7a0c3b5e2f10): body[tagging].value: ${DEEP_SHOWN} is not a label (expected claim, attribution, casualty-figure or disputed)`],
      ['the W3C total', GOOD_W3C, 'total', `total: ${DEEP_SHOWN} does not match the 8 items of first.items`],
    ])('%s nested 100,000 deep', async (_, good, key, message) => {
      const path = deepened(good, key, `deep-${key}.json`);
      expect(await runCaptured(['validate', path])).toEqual({ code: 1, stdout: '', stderr: `${path}: ${message}\n` });
    });

    it('a provenance nested 100,000 deep', async () => {
      const text = readFileSync(GOOD_NATIVE, 'utf8').replace('"modified": "', `"provenance": ${DEEP}, "modified": "`);
      const path = join(scratch, 'deep-provenance.json');
      writeFileSync(path, text);
      expect(await runCaptured(['validate', path])).toEqual({
        code: 1,
        stdout: '',
        stderr: `${path}: annotations[0] ${A0}: provenance: ${DEEP_SHOWN} is not a provenance (expected A, B, both or edited)\n`,
      });
    });

    it('50,000 annotations that each break the rules relating fields: the first 50 problems, then a count', async () => {
      const file = JSON.parse(readFileSync(GOOD_NATIVE, 'utf8')) as { annotations: Array<Record<string, unknown>> };
      const [first] = file.annotations;
      // The same id, an end not after its start, on a document not listed: three problems each (the first, two).
      const bad = { ...first, id: 'same', start: 5, end: 5, document: `sha256:${'0'.repeat(64)}` };
      file.annotations = Array.from({ length: 50_000 }, () => bad);
      const path = join(scratch, 'many-problems.json');
      writeFileSync(path, JSON.stringify(file));
      const run = await runCaptured(['validate', path]);
      expect(run.code).toBe(1);
      expect(lines(run.stderr)).toHaveLength(51);
      expect(lines(run.stderr)[0]).toBe(`${path}: annotations[0] (id same): document: not listed in documents`);
      expect(lines(run.stderr).at(-1)).toBe(`${path}: … and ${50_000 * 3 - 1 - 50} more problems`);
    }, 60_000);
  });

  it('exits 1 when some files are valid and others invalid', async () => {
    const run = await runCaptured(['validate', GOOD_NATIVE, join(BAD_SETS, 'wrong-format.json')]);
    expect(run.code).toBe(1);
    expect(lines(run.stdout)).toHaveLength(1);
  });
});
