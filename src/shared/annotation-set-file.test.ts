import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedText } from '../../test-support/seed-files';
import type { Annotation } from './annotation';
import {
  buildAnnotationSetFile,
  exportFileName,
  parseAnnotationSetFile,
  serializeAnnotationSet,
} from './annotation-set-file';
import type { AnnotationSetFileInput } from './annotation-set-file';
import type { AnnotationSetFile } from './annotation-set-schema';
import { documentId } from './document-id';
import { CodePointIndex } from './code-points';
import { normalizeText } from './text-normalization';
import { TextPositionAnchor, selectorFor } from './text-selector';
import { serializeWebAnnotation } from './web-annotation';

const BAD_SETS = resolve(__dirname, '../../test-support/bad-sets');
const GOOD_SETS = resolve(__dirname, '../../test-support/good-sets');
const A0 = '(id d3b0c442-98fc-4c1c-9d2b-7a0c3b5e2f10)';
const A1 = '(id 5f1e7a3c-0b2d-4e8f-a6c9-1d4b7e0f3a52)';
const TIMESTAMP = 'must be an RFC 3339 timestamp with Z or an offset, like 2026-11-22T09:58:01.000Z';
const NOT_A_LABEL = '"opinion" is not a label (expected claim, attribution, casualty-figure or disputed)';
const NOT_A_PROVENANCE = '"C" is not a provenance (expected A, B, both or edited)';

/** Each bad file of test-support/bad-sets, the first problem reported and how many lines. */
const BAD_CASES: ReadonlyArray<{ file: string; first: string; lines: number }> = [
  { file: 'empty-file.json', first: 'not JSON: unexpected end of input at line 1 column 1', lines: 1 },
  { file: 'malformed-json.json', first: `not JSON: unexpected character '"' at line 7 column 5`, lines: 1 },
  { file: 'truncated.json', first: 'not JSON: unexpected end of input at line 31 column 7', lines: 1 },
  { file: 'trailing-comma.json', first: 'not JSON: trailing comma at line 18 column 21', lines: 1 },
  { file: 'not-an-object.json', first: 'file: must be a JSON object', lines: 1 },
  { file: 'wrong-format.json', first: 'format: expected "veritag.annotation-set"', lines: 1 },
  { file: 'missing-format.json', first: 'format: expected "veritag.annotation-set"', lines: 1 },
  { file: 'wrong-version.json', first: 'version: 99 is not supported (this app reads version 1)', lines: 1 },
  { file: 'unknown-label.json', first: `annotations[0] ${A0}: label: ${NOT_A_LABEL}`, lines: 1 },
  { file: 'unknown-provenance.json', first: `annotations[1] ${A1}: provenance: ${NOT_A_PROVENANCE}`, lines: 1 },
  { file: 'start-after-end.json', first: `annotations[0] ${A0}: end: must be greater than start (643)`, lines: 1 },
  { file: 'start-equals-end.json', first: `annotations[0] ${A0}: end: must be greater than start (633)`, lines: 1 },
  {
    file: 'end-past-document-length.json',
    first: `annotations[0] ${A0}: end: must be <= 6967, the length of its document`,
    lines: 1,
  },
  { file: 'negative-offset.json', first: `annotations[0] ${A0}: start: must be a whole number >= 0`, lines: 1 },
  { file: 'fractional-offset.json', first: `annotations[0] ${A0}: end: must be a whole number >= 0`, lines: 1 },
  {
    file: 'duplicate-annotation-id.json',
    first: `annotations[1] ${A0}: id: duplicate of annotations[0]`,
    lines: 1,
  },
  { file: 'duplicate-document-id.json', first: 'documents[1]: id: duplicate of documents[0]', lines: 1 },
  { file: 'missing-annotator-name.json', first: 'set.annotator.name: missing', lines: 1 },
  { file: 'missing-exact.json', first: `annotations[0] ${A0}: exact: missing`, lines: 1 },
  { file: 'missing-documents.json', first: 'documents: missing', lines: 3 },
  { file: 'empty-set-name.json', first: 'set.name: must not be empty', lines: 1 },
  { file: 'wrong-types.json', first: 'set.name: must be a string', lines: 4 },
  { file: 'prototype-keys.json', first: 'set.name: missing', lines: 2 },
  {
    file: 'undeclared-document.json',
    first: `annotations[1] ${A1}: document: not listed in documents`,
    lines: 1,
  },
  { file: 'bad-timestamp.json', first: `annotations[0] ${A0}: created: ${TIMESTAMP}`, lines: 1 },
  { file: 'timestamp-without-offset.json', first: `exportedAt: ${TIMESTAMP}`, lines: 1 },
  { file: 'impossible-date.json', first: `annotations[1] ${A1}: modified: ${TIMESTAMP}`, lines: 1 },
  {
    file: 'bad-document-id.json',
    first: 'documents[0]: id: must be "sha256:" followed by 64 lowercase hex digits',
    lines: 3,
  },
  {
    file: 'prefix-too-long.json',
    first: `annotations[0] ${A0}: prefix: must be at most 32 code points long (it has 52)`,
    lines: 1,
  },
  { file: 'several-problems.json', first: 'set.annotator.name: missing', lines: 5 },
  { file: 'too-many-problems.json', first: `annotations[0] (id bad-00): label: ${NOT_A_LABEL}`, lines: 51 },
  {
    file: 'w3c-without-extension.jsonld',
    first: 'veritag: missing (the set and its documents, as written by Veritag)',
    lines: 1,
  },
  {
    file: 'w3c-missing-position-selector.jsonld',
    first: 'first.items[0].target.selector: missing a TextPositionSelector',
    lines: 1,
  },
  {
    file: 'w3c-bad-source.jsonld',
    first: 'first.items[1].target.source: must be "urn:sha256:" followed by 64 lowercase hex digits',
    lines: 1,
  },
  {
    file: 'w3c-negative-offset.jsonld',
    first: `first.items[0] ${A0}: target.selector[TextPositionSelector].start: must be a whole number >= 0`,
    lines: 1,
  },
];

function read(dir: string, name: string): string {
  return readFileSync(join(dir, name), 'utf8');
}

function parsed(text: string): AnnotationSetFile {
  const result = parseAnnotationSetFile(text);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.file;
}

function errorsOf(text: string): string[] {
  const result = parseAnnotationSetFile(text);
  if (result.ok) throw new Error('expected the file to be rejected');
  return result.errors;
}

/** What the app would hand buildAnnotationSetFile for a parsed file. */
function inputFrom(file: AnnotationSetFile, setId = 'local-set'): AnnotationSetFileInput {
  return {
    set: file.set,
    documents: file.documents,
    annotations: file.annotations.map((a) => ({ ...a, setId })),
    exportedAt: new Date(file.exportedAt),
  };
}

describe('bad annotation-set files', () => {
  it('has a case for every file in test-support/bad-sets', () => {
    expect(readdirSync(BAD_SETS).sort()).toEqual(BAD_CASES.map((c) => c.file).sort());
  });

  it.each(BAD_CASES)('rejects $file', ({ file, first, lines }) => {
    const errors = errorsOf(read(BAD_SETS, file));
    expect(errors[0]).toBe(first);
    expect(errors).toHaveLength(lines);
  });

  it('lists several problems together, in file order', () => {
    expect(errorsOf(read(BAD_SETS, 'several-problems.json'))).toEqual([
      'set.annotator.name: missing',
      'documents[0]: length: must be a whole number >= 0',
      `annotations[0] ${A0}: label: ${NOT_A_LABEL}`,
      `annotations[0] ${A0}: end: must be greater than start (643)`,
      `annotations[1] ${A1}: created: ${TIMESTAMP}`,
    ]);
  });

  it('stops at 50 problems and counts the rest', () => {
    const errors = errorsOf(read(BAD_SETS, 'too-many-problems.json'));
    expect(errors[49]).toBe(`annotations[49] (id bad-49): label: ${NOT_A_LABEL}`);
    expect(errors[50]).toBe('… and 10 more problems');
  });

  it('reports wrong types field by field', () => {
    expect(errorsOf(read(BAD_SETS, 'wrong-types.json'))).toEqual([
      'set.name: must be a string',
      'documents[0]: length: must be a whole number >= 0',
      `annotations[0] ${A0}: note: must be a string`,
      'annotations[1]: must be an object',
    ]);
  });

  it('never reads a field through a __proto__ key, nor pollutes a prototype', () => {
    expect(errorsOf(read(BAD_SETS, 'prototype-keys.json'))).toEqual([
      'set.name: missing',
      `annotations[0] ${A0}: exact: missing`,
    ]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('the good files', () => {
  const native = read(GOOD_SETS, 'crocus-first-pass.veritag.json');
  const w3c = read(GOOD_SETS, 'crocus-first-pass.veritag.jsonld');

  it('are valid, the native one in its canonical form', () => {
    expect(parseAnnotationSetFile(native)).toMatchObject({ ok: true, kind: 'native' });
    expect(parseAnnotationSetFile(w3c)).toMatchObject({ ok: true, kind: 'w3c' });
    expect(serializeAnnotationSet(parsed(native))).toBe(native);
    expect(serializeWebAnnotation(parsed(native))).toBe(w3c);
  });

  it('describe the seeds truly: ids, lengths, offsets and quotes', () => {
    const file = parsed(native);
    expect(file.documents.map((d) => d.source)).toEqual(['002_82834744a2d41e0d.txt', '004_8fb2946df2c11959.txt']);
    const texts = new Map(
      file.documents.map((d) => {
        const text = normalizeText(seedText(d.source));
        expect(documentId(text)).toBe(d.id);
        return [d.id, text] as const;
      }),
    );
    expect(file.annotations).toHaveLength(8);
    for (const a of file.annotations) {
      const text = texts.get(a.document) ?? '';
      const { start, end, exact, prefix, suffix } = a;
      expect(selectorFor(new TextPositionAnchor(CodePointIndex.of(text), start, end))).toEqual({ start, end, exact, prefix, suffix });
    }
    expect(file.annotations[0]).toMatchObject({ start: 633, end: 643, exact: '139 people' });
  });

  it('convert native → W3C → native without losing a byte', () => {
    expect(serializeAnnotationSet(parsed(serializeWebAnnotation(parsed(native))))).toBe(native);
    expect(parsed(w3c)).toEqual(parsed(native));
  });

  it('survive build → serialize → parse → build with identical bytes', () => {
    const first = serializeAnnotationSet(buildAnnotationSetFile(inputFrom(parsed(native))));
    const second = serializeAnnotationSet(buildAnnotationSetFile(inputFrom(parsed(first), 'other-set')));
    expect(second).toBe(first);
    expect(first).toBe(native);
  });

  it('drop unknown fields (and prototype keys at every depth) when re-serialized', () => {
    const text = read(GOOD_SETS, 'with-unknown-fields.veritag.json');
    expect(text).toContain('"__proto__"');
    const file = parsed(text);
    expect(serializeAnnotationSet(file)).toBe(native);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.getPrototypeOf(file.set)).toBe(Object.prototype);
    expect(file.set.name).toBe('Crocus coverage, first pass');
  });
});

describe('buildAnnotationSetFile', () => {
  const file = parsed(read(GOOD_SETS, 'crocus-first-pass.veritag.json'));
  const library = [
    ...file.documents.map((d) => ({ ...d, text: 'the article text is not part of the file' })),
    { id: `sha256:${'0'.repeat(64)}`, title: 'Not annotated', source: 'other.txt', length: 10 },
  ];

  it('lists exactly the documents referred to, sorted, and the annotations in the spec order', () => {
    const annotations: Annotation[] = inputFrom(file).annotations.map((a, i) => (i === 0 ? { ...a, orphan: 1 as const } : a));
    const built = buildAnnotationSetFile({
      ...inputFrom(file),
      documents: [...library].reverse(),
      annotations: annotations.reverse(),
    });
    expect(built).toEqual(file);
    expect(JSON.stringify(built)).not.toMatch(/setId|orphan|text/);
  });

  it('leaves out documents no annotation refers to', () => {
    const only004 = inputFrom(file).annotations.filter((a) => a.document === file.documents[1]?.id);
    const built = buildAnnotationSetFile({ ...inputFrom(file), documents: library, annotations: only004 });
    expect(built.documents.map((d) => d.source)).toEqual(['004_8fb2946df2c11959.txt']);
    expect(buildAnnotationSetFile({ ...inputFrom(file), annotations: [] }).documents).toEqual([]);
  });

  it('gives the same bytes apart from exportedAt when exported twice', () => {
    const once = serializeAnnotationSet(buildAnnotationSetFile(inputFrom(file)));
    const later = { ...inputFrom(file), exportedAt: new Date('2027-01-01T00:00:00Z') };
    const twice = serializeAnnotationSet(buildAnnotationSetFile(later));
    expect(twice.replace('2027-01-01T00:00:00.000Z', file.exportedAt)).toBe(once);
  });

  it('refuses to build a file that would name a document it cannot describe', () => {
    const input = { ...inputFrom(file), documents: file.documents.slice(0, 1) };
    expect(() => buildAnnotationSetFile(input)).toThrow(/no title, source and length for document sha256:a63a/);
  });
});

describe('serializeAnnotationSet', () => {
  const file = parsed(read(GOOD_SETS, 'crocus-first-pass.veritag.json'));

  it('writes keys in the spec order whatever order the object has', () => {
    const scrambled = JSON.parse(
      JSON.stringify(file, (_key, value: unknown) =>
        value !== null && typeof value === 'object' && !Array.isArray(value)
          ? Object.fromEntries(Object.entries(value).reverse())
          : value,
      ),
    ) as AnnotationSetFile;
    expect(Object.keys(scrambled)[0]).toBe('annotations');
    expect(serializeAnnotationSet(scrambled)).toBe(serializeAnnotationSet(file));
  });

  it('ends with a newline and indents by two spaces', () => {
    const text = serializeAnnotationSet(file);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')[1]).toBe('  "format": "veritag.annotation-set",');
  });
});

describe('provenance (reviewed sets)', () => {
  const native = read(GOOD_SETS, 'crocus-first-pass.veritag.json');
  const file = parsed(native);
  const PROVENANCES = ['A', 'B', 'both', 'edited', undefined, undefined, 'A', 'both'] as const;
  /** The good file as a reviewed set: every annotation but the 5th and 6th with a provenance. */
  const reviewed = (): AnnotationSetFileInput => {
    const input = inputFrom(file, 'reviewed-set');
    const annotations = input.annotations.map((a, i): Annotation => {
      const provenance = PROVENANCES[i];
      return provenance === undefined ? a : { ...a, provenance };
    });
    return { ...input, annotations };
  };

  it('is written after modified, and only for the annotations that have one', () => {
    const text = serializeAnnotationSet(buildAnnotationSetFile(reviewed()));
    expect(text.match(/"provenance"/g)).toHaveLength(6);
    expect(text).toContain('"modified": "2026-11-22T09:58:01.000Z",\n      "provenance": "A"\n    }');
    const built = buildAnnotationSetFile(reviewed());
    expect(built.annotations.map((a) => a.provenance)).toEqual([...PROVENANCES]);
    expect(Object.keys(built.annotations[0] ?? {}).slice(-2)).toEqual(['modified', 'provenance']);
    expect(Object.keys(built.annotations[4] ?? {})).not.toContain('provenance');
    expect(text.replace(/,\n {6}"provenance": "\w+"/g, '')).toBe(native);
  });

  it('leaves the bytes of a file without it exactly as before', () => {
    expect(serializeAnnotationSet(buildAnnotationSetFile(inputFrom(file)))).toBe(native);
    expect(native).not.toContain('provenance');
  });

  it('survives parse → build → serialize', () => {
    const text = serializeAnnotationSet(buildAnnotationSetFile(reviewed()));
    const again = parsed(text);
    expect(again.annotations.map((a) => a.provenance)).toEqual([...PROVENANCES]);
    expect(serializeAnnotationSet(buildAnnotationSetFile(inputFrom(again)))).toBe(text);
  });

  it('survives native → W3C → native without losing a byte', () => {
    const text = serializeAnnotationSet(buildAnnotationSetFile(reviewed()));
    const w3c = serializeWebAnnotation(parsed(text));
    expect(w3c.match(/"veritag": \{\n {10}"provenance"/g)).toHaveLength(6);
    const back = parseAnnotationSetFile(w3c);
    expect(back).toMatchObject({ ok: true, kind: 'w3c' });
    if (back.ok) expect(serializeAnnotationSet(back.file)).toBe(text);
  });

  it('is refused, with the W3C path, when not one of the four values', () => {
    const web = JSON.parse(serializeWebAnnotation(parsed(serializeAnnotationSet(buildAnnotationSetFile(reviewed()))))) as {
      first: { items: Array<{ veritag: { provenance: string } }> };
    };
    const item = web.first.items[1];
    if (item === undefined) throw new Error('fixture');
    item.veritag.provenance = 'C';
    expect(errorsOf(JSON.stringify(web))).toEqual([`first.items[1] ${A1}: veritag.provenance: ${NOT_A_PROVENANCE}`]);
  });
});

describe('exportFileName', () => {
  const date = new Date(2026, 10, 22, 23, 30);

  it.each([
    ['Alice', 'native', 'alice-2026-11-22.veritag.json'],
    ['Alice', 'w3c', 'alice-2026-11-22.veritag.jsonld'],
    ['  Jean-Pierre  Dupont ', 'native', 'jean-pierre-dupont-2026-11-22.veritag.json'],
    ['Zoë Ångström', 'native', 'zoe-angstrom-2026-11-22.veritag.json'],
    ['Łukasz Straße', 'native', 'lukasz-strasse-2026-11-22.veritag.json'],
    ['ＡＬＩＣＥ ①', 'native', 'alice-1-2026-11-22.veritag.json'],
    ['Анна', 'native', 'annotations-2026-11-22.veritag.json'],
    ['王芳', 'w3c', 'annotations-2026-11-22.veritag.jsonld'],
    ['', 'native', 'annotations-2026-11-22.veritag.json'],
    ['../../etc/passwd', 'native', 'etc-passwd-2026-11-22.veritag.json'],
  ] as const)('%j (%s) → %s', (name, kind, expected) => {
    expect(exportFileName(name, date, kind)).toBe(expected);
  });

  it('cuts a long name at 60 characters', () => {
    const name = exportFileName('a'.repeat(59) + ' bcd', date, 'native');
    expect(name).toBe(`${'a'.repeat(59)}-2026-11-22.veritag.json`);
  });

  it('refuses an invalid date', () => {
    expect(() => exportFileName('Alice', new Date(Number.NaN), 'native')).toThrow(RangeError);
  });
});
