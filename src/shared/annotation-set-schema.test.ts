import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  FORMAT_ID,
  FORMAT_VERSION,
  MAX_REPORTED_PROBLEMS,
  annotationSetFileSchema,
  annotationSetJsonSchema,
  capProblems,
  isRfc3339Timestamp,
  validateAnnotationSet,
} from './annotation-set-schema';
import { isDocumentId } from './document-id';

const SCHEMA_PATH = resolve(__dirname, '../../docs/annotation-set.schema.json');
const REGENERATE = 'UPDATE_SCHEMA=1 npx vitest run --project node src/shared/annotation-set-schema.test.ts';
const DOC = 'sha256:3512107f0fd028c1d4ec09591afb6ee00109e29c146ebf2b5e8fb312b529cdda';
const ID = 'd3b0c442-98fc-4c1c-9d2b-7a0c3b5e2f10';

/** The spec's example, completed. */
function exampleFile(): Record<string, unknown> & {
  set: Record<string, unknown> & { annotator: Record<string, unknown> };
  documents: Array<Record<string, unknown>>;
  annotations: Array<Record<string, unknown>>;
} {
  return {
    format: FORMAT_ID,
    version: FORMAT_VERSION,
    set: {
      id: '0b6c1f8e-4e0a-4d55-9c61-2f3c1a7d9e10',
      name: 'Crocus coverage, first pass',
      annotator: { id: '6a1d3f0e-2b7c-4e59-8d14-93f0c2a6b7e8', name: 'Alice' },
    },
    exportedAt: '2026-11-22T10:00:00.000Z',
    documents: [
      {
        id: DOC,
        title: 'ISIS still threatens Putin, but Moscow accuses the US, UK and Ukraine',
        source: '002_82834744a2d41e0d.txt',
        length: 6967,
      },
    ],
    annotations: [
      {
        id: ID,
        document: DOC,
        label: 'casualty-figure',
        start: 633,
        end: 643,
        exact: '139 people',
        prefix: 'ttack which caused the death of ',
        suffix: ' and around a hundred injured st',
        note: 'TASS figure on 25 March',
        created: '2026-11-22T09:58:01.000Z',
        modified: '2026-11-22T09:58:01.000Z',
      },
    ],
  };
}

function errorsOf(value: unknown): string[] {
  const result = validateAnnotationSet(value);
  if (result.ok) throw new Error('expected the value to be rejected');
  return result.errors;
}

describe('the published JSON Schema', () => {
  it('is docs/annotation-set.schema.json, byte for byte', () => {
    const generated = `${JSON.stringify(annotationSetJsonSchema(), null, 2)}\n`;
    if (process.env['UPDATE_SCHEMA'] === '1') writeFileSync(SCHEMA_PATH, generated);
    const committed = readFileSync(SCHEMA_PATH, 'utf8');
    expect(
      committed === generated,
      `docs/annotation-set.schema.json is out of date with src/shared/annotation-set-schema.ts; regenerate it with ${REGENERATE}`,
    ).toBe(true);
  });

  it('is draft 2020-12, titled, and states the checks it cannot express', () => {
    const schema = annotationSetJsonSchema();
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema['title']).toBe('Veritag annotation set, version 1');
    expect(String(schema['description'])).toMatch(/unique.*listed in documents.*start < end/s);
  });

  it('describes provenance as an optional enumeration', () => {
    const items = (annotationSetJsonSchema()['properties'] as Record<string, { items: Record<string, unknown> }>)[
      'annotations'
    ]?.items;
    expect((items?.['properties'] as Record<string, unknown>)['provenance']).toMatchObject({
      type: 'string',
      enum: ['A', 'B', 'both', 'edited'],
    });
    expect(items?.['required']).not.toContain('provenance');
  });

  it('accepts unknown fields (no additionalProperties: false anywhere)', () => {
    expect(JSON.stringify(annotationSetJsonSchema())).not.toContain('additionalProperties');
  });

  it('has a document id pattern that agrees with isDocumentId', () => {
    const text = JSON.stringify(annotationSetJsonSchema());
    const pattern = /"pattern":"([^"]+)"/.exec(text)?.[1] ?? '';
    const regex = new RegExp(pattern.replaceAll('\\\\', '\\'));
    for (const id of [DOC, DOC.toUpperCase(), `${DOC}0`, DOC.slice(0, -1), 'sha256:', `x${DOC}`]) {
      expect(regex.test(id), id).toBe(isDocumentId(id));
    }
  });
});

describe('validateAnnotationSet', () => {
  it('accepts the spec example and keeps the spec key order', () => {
    const result = validateAnnotationSet(exampleFile());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Object.keys(result.file)).toEqual(['format', 'version', 'set', 'exportedAt', 'documents', 'annotations']);
    expect(Object.keys(result.file.annotations[0] ?? {})).toEqual([
      'id', 'document', 'label', 'start', 'end', 'exact', 'prefix', 'suffix', 'note', 'created', 'modified',
    ]);
  });

  it('accepts an empty set, empty notes and context, and lists more documents than used', () => {
    const file = exampleFile();
    expect(validateAnnotationSet({ ...file, annotations: [] }).ok).toBe(true);
    Object.assign(file.annotations[0] ?? {}, { note: '', prefix: '', suffix: '' });
    file.documents.push({ id: `sha256:${'0'.repeat(64)}`, title: 'Other', source: 'other.txt', length: 0 });
    expect(validateAnnotationSet(file).ok).toBe(true);
  });

  it('accepts an optional provenance, keeping it after modified only when present', () => {
    const file = exampleFile();
    const first = file.annotations[0] ?? {};
    const { modified, ...rest } = first;
    file.annotations = [
      { provenance: 'A', ...first, id: 'a' },
      { ...first, id: 'b', provenance: 'B' },
      { ...rest, provenance: 'both', modified, id: 'c' },
      { ...first, id: 'd', provenance: 'edited' },
      { ...first, id: 'e' },
    ];
    const result = validateAnnotationSet(file);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.file.annotations.map((a) => a.provenance)).toEqual(['A', 'B', 'both', 'edited', undefined]);
    expect(Object.keys(result.file.annotations[0] ?? {}).slice(-2)).toEqual(['modified', 'provenance']);
    expect(Object.keys(result.file.annotations[2] ?? {}).slice(-2)).toEqual(['modified', 'provenance']);
    expect(Object.keys(result.file.annotations[4] ?? {})).not.toContain('provenance');
  });

  it('rejects a provenance that is not A, B, both or edited', () => {
    const file = exampleFile();
    const first = file.annotations[0] ?? {};
    const expected = '(expected A, B, both or edited)';
    file.annotations = [
      { ...first, id: 'a', provenance: 'C' },
      { ...first, id: 'b', provenance: 'a' },
      { ...first, id: 'c', provenance: null },
      { ...first, id: 'd', provenance: 1, start: -1 },
    ];
    expect(errorsOf(file)).toEqual([
      `annotations[0] (id a): provenance: "C" is not a provenance ${expected}`,
      `annotations[1] (id b): provenance: "a" is not a provenance ${expected}`,
      `annotations[2] (id c): provenance: null is not a provenance ${expected}`,
      'annotations[3] (id d): start: must be a whole number >= 0',
      `annotations[3] (id d): provenance: 1 is not a provenance ${expected}`,
    ]);
  });

  it('drops unknown fields and reorders keys in its output', () => {
    const file = exampleFile();
    const { annotator, ...set } = file.set;
    const shuffled = {
      annotations: file.annotations.map((a) => ({ zzz: 1, ...Object.fromEntries(Object.entries(a).reverse()) })),
      extra: { nested: true },
      set: { annotator: { name: annotator['name'], id: annotator['id'], email: 'a@example.org' }, ...set },
      ...Object.fromEntries(Object.entries(file).filter(([key]) => key !== 'set' && key !== 'annotations')),
    };
    const result = validateAnnotationSet(shuffled);
    expect(result.ok).toBe(true);
    if (result.ok) expect(JSON.stringify(result.file)).toBe(JSON.stringify(exampleFile()));
  });

  it('never lets __proto__, constructor or prototype keys reach a prototype', () => {
    const file = exampleFile();
    const text = JSON.stringify(file)
      .replace('{"format"', '{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},"format"')
      .replace('"annotator":{', '"annotator":{"__proto__":{"polluted":2},')
      .replace('"length":6967', '"length":6967,"__proto__":{"polluted":3},"prototype":{"polluted":3}')
      .replace('"label":', '"__proto__":{"polluted":4,"label":"claim"},"label":');
    const result = validateAnnotationSet(JSON.parse(text));
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const output = JSON.stringify(result.file);
    for (const key of ['__proto__', 'constructor', 'prototype', 'polluted']) {
      expect(output).not.toContain(key);
    }
    expect(result.file.annotations[0]?.label).toBe('casualty-figure');
  });

  it('does not take a field from a __proto__ object', () => {
    const file = exampleFile();
    const text = JSON.stringify({ ...file, set: { id: 'x', annotator: file.set.annotator } }).replace(
      '"set":{',
      '"set":{"__proto__":{"name":"Inherited"},',
    );
    expect(errorsOf(JSON.parse(text))).toEqual(['set.name: missing']);
  });

  it('reports a value that is not an object, a wrong format and a wrong version alone', () => {
    expect(errorsOf([])).toEqual(['file: must be a JSON object']);
    expect(errorsOf(null)).toEqual(['file: must be a JSON object']);
    expect(errorsOf({ format: 'other', version: 2 })).toEqual(['format: expected "veritag.annotation-set"']);
    expect(errorsOf({ ...exampleFile(), version: 99, set: 1 })).toEqual([
      'version: 99 is not supported (this app reads version 1)',
    ]);
    expect(errorsOf({ ...exampleFile(), version: '1' })).toEqual(['version: must be the number 1']);
    expect(errorsOf({ ...exampleFile(), version: undefined, exportedAt: 'now' })).toEqual([
      'version: missing',
      `exportedAt: must be an RFC 3339 timestamp with Z or an offset, like 2026-11-22T09:58:01.000Z`,
    ]);
  });

  it('names each annotation by index and id, quoting ids that are not plain', () => {
    const file = exampleFile();
    const first = file.annotations[0] ?? {};
    file.annotations = [
      { ...first, start: -1 },
      { ...first, id: 'has space (and parens)', start: -1 },
      { ...first, id: 42, start: -1 },
      { ...first, id: 'x'.repeat(100), start: -1 },
    ];
    expect(errorsOf(file)).toEqual([
      `annotations[0] (id ${ID}): start: must be a whole number >= 0`,
      'annotations[1] (id "has space (and parens)"): start: must be a whole number >= 0',
      'annotations[2]: id: must be a string',
      'annotations[2]: start: must be a whole number >= 0',
      `annotations[3] (id ${'x'.repeat(63)}…): start: must be a whole number >= 0`,
    ]);
  });

  it('checks offsets and quotes against each other and against the document', () => {
    const file = exampleFile();
    const first = file.annotations[0] ?? {};
    file.annotations = [
      { ...first, id: 'a', start: 10, end: 10 },
      { ...first, id: 'b', start: 6960, end: 6970 },
      { ...first, id: 'c', exact: '139 people!' },
      { ...first, id: 'd', document: `sha256:${'f'.repeat(64)}` },
      { ...first, id: 'e', exact: '😀😀😀😀😀😀😀😀😀😀' },
      { ...first, id: 'f', prefix: '😀'.repeat(32), suffix: 'é'.repeat(33) },
    ];
    expect(errorsOf(file)).toEqual([
      'annotations[0] (id a): end: must be greater than start (10)',
      'annotations[1] (id b): end: must be <= 6967, the length of its document',
      'annotations[3] (id d): document: not listed in documents',
      'annotations[5] (id f): suffix: must be at most 32 code points long (it has 33)',
    ]);
  });

  it('accepts an exact whose code points differ from end − start: the import re-anchors it by its quote', () => {
    const file = exampleFile();
    const first = file.annotations[0] ?? {};
    // Offsets counted in UTF-16 code units by another tool (the emoji is 2 units, 1 code point),
    // and offsets taken from an older edition of the article.
    file.annotations = [
      { ...first, id: 'utf16', exact: '139 people 😢', end: 645 },
      { ...first, id: 'older', exact: '139 people died', end: 643 },
    ];
    expect(validateAnnotationSet(file)).toMatchObject({ ok: true });
  });

  it('lists problems in file order, however zod found them', () => {
    const file = exampleFile();
    const first = file.annotations[0] ?? {};
    file.annotations = [{ ...first, modified: 'now', id: ID }, { ...first }];
    file.documents[0] = { ...file.documents[0], length: 1.5 };
    file.set.annotator = {};
    expect(errorsOf(file)).toEqual([
      'set.annotator.id: missing',
      'set.annotator.name: missing',
      'documents[0]: length: must be a whole number >= 0',
      `annotations[0] (id ${ID}): modified: must be an RFC 3339 timestamp with Z or an offset, like 2026-11-22T09:58:01.000Z`,
      `annotations[1] (id ${ID}): id: duplicate of annotations[0]`,
    ]);
  });

  it('caps the report at 50 problems', () => {
    const file = exampleFile();
    const first = file.annotations[0] ?? {};
    file.annotations = Array.from({ length: 70 }, (_, i) => ({ ...first, id: `a${i}`, label: 'opinion' }));
    const errors = errorsOf(file);
    expect(errors).toHaveLength(MAX_REPORTED_PROBLEMS + 1);
    expect(errors.at(-1)).toBe('… and 20 more problems');
    expect(capProblems(['a', 'b'])).toEqual(['a', 'b']);
    expect(capProblems(Array.from({ length: 51 }, String)).at(-1)).toBe('… and 1 more problem');
  });

  it.each([
    // Four problems per document (id, title, source, length), eleven per annotation (every field).
    ['documents', 60_000, { id: 'x', title: '', source: '', length: -1 }, 4],
    ['annotations', 30_000, { id: '', document: 'x', label: 'opinion', start: -1, end: -2, exact: '', prefix: 1, suffix: 2, note: 3, created: 'x', modified: 'y' }, 11],
  ])('reports hundreds of thousands of problems in %s without overflowing the stack', (key, count, item, each) => {
    const file = { ...exampleFile(), documents: [], annotations: [], [key]: Array.from({ length: count }, () => item) };
    expect(errorsOf(file).at(-1)).toBe(`… and ${count * each - MAX_REPORTED_PROBLEMS} more problems`);
  }, 60_000);

  it('agrees with annotationSetFileSchema used on its own', () => {
    const file = exampleFile();
    expect(annotationSetFileSchema.safeParse(file).success).toBe(true);
    const duplicate = { ...file, annotations: [file.annotations[0], file.annotations[0]] };
    const parsed = annotationSetFileSchema.safeParse(duplicate);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.message)).toEqual(['duplicate of annotations[0]']);
  });
});

describe('isRfc3339Timestamp', () => {
  it.each([
    '2026-11-22T10:00:00Z',
    '2026-11-22T10:00:00.000Z',
    '2026-11-22T10:00:00.123456789Z',
    '2026-11-22t10:00:00z',
    '2026-11-22T10:00:00+05:30',
    '2026-11-22T10:00:00.5-08:00',
    '2024-02-29T23:59:59Z',
    '2000-02-29T00:00:00Z',
  ])('accepts %s', (value) => {
    expect(isRfc3339Timestamp(value)).toBe(true);
  });

  it.each([
    '2026-11-22T10:00:00',
    '2026-11-22 10:00:00Z',
    '2026-11-22',
    '2026-11-22T10:00Z',
    '2026-11-22T10:00:00+0530',
    '2026-11-22T10:00:00+05',
    '2026-11-22T10:00:00.Z',
    '2026-13-01T00:00:00Z',
    '2026-02-29T00:00:00Z',
    '1900-02-29T00:00:00Z',
    '2026-04-31T00:00:00Z',
    '2026-11-22T24:00:00Z',
    '2026-11-22T10:60:00Z',
    '2026-11-22T10:00:60Z',
    '2026-11-22T10:00:00+24:00',
    '22/11/2026 09:58',
    ' 2026-11-22T10:00:00Z',
  ])('rejects %s', (value) => {
    expect(isRfc3339Timestamp(value)).toBe(false);
  });
});
