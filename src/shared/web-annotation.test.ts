import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAnnotationSetFile, serializeAnnotationSet } from './annotation-set-file';
import type { AnnotationSetFile } from './annotation-set-schema';
import {
  WEB_ANNOTATION_CONTEXT,
  fromWebAnnotation,
  isWebAnnotationCollection,
  serializeWebAnnotation,
  toWebAnnotation,
  toWebAnnotationErrors,
} from './web-annotation';

const GOOD = resolve(__dirname, '../../test-support/good-sets/crocus-first-pass.veritag.json');
const FORMAT_DOC = resolve(__dirname, '../../docs/annotation-set.md');

function goodFile(): AnnotationSetFile {
  const result = parseAnnotationSetFile(readFileSync(GOOD, 'utf8'));
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.file;
}

/** A fresh, mutable copy of the good file's W3C form. */
function collection(): Record<string, unknown> & {
  first: { items: Array<Record<string, unknown> & { body: unknown[]; target: Record<string, unknown> }> };
} {
  return JSON.parse(serializeWebAnnotation(goodFile())) as ReturnType<typeof collection>;
}

function errorsOf(value: unknown): string[] {
  const result = fromWebAnnotation(value);
  if (result.ok) throw new Error('expected the conversion to fail');
  return result.errors;
}

describe('toWebAnnotation', () => {
  const file = goodFile();
  const web = toWebAnnotation(file);

  it('is one AnnotationCollection with one page of annotations', () => {
    expect(web['@context']).toBe(WEB_ANNOTATION_CONTEXT);
    expect(web.type).toBe('AnnotationCollection');
    expect(web.label).toBe('Crocus coverage, first pass');
    expect(web.total).toBe(8);
    expect(web.first.type).toBe('AnnotationPage');
    expect(web.first.items).toHaveLength(8);
  });

  it('maps the spec example to a tagging annotation with a comment', () => {
    expect(web.first.items[0]).toEqual({
      id: 'urn:uuid:d3b0c442-98fc-4c1c-9d2b-7a0c3b5e2f10',
      type: 'Annotation',
      motivation: 'tagging',
      creator: { type: 'Person', name: 'Alice', id: '6a1d3f0e-2b7c-4e59-8d14-93f0c2a6b7e8' },
      created: '2026-11-22T09:58:01.000Z',
      modified: '2026-11-22T09:58:01.000Z',
      body: [
        { type: 'TextualBody', purpose: 'tagging', value: 'casualty-figure' },
        { type: 'TextualBody', purpose: 'commenting', value: 'TASS figure on 25 March', format: 'text/plain' },
      ],
      target: {
        source: 'urn:sha256:3512107f0fd028c1d4ec09591afb6ee00109e29c146ebf2b5e8fb312b529cdda',
        selector: [
          {
            type: 'TextQuoteSelector',
            exact: '139 people',
            prefix: 'ttack which caused the death of ',
            suffix: ' and around a hundred injured st',
          },
          { type: 'TextPositionSelector', start: 633, end: 643 },
        ],
      },
    });
  });

  it('writes no commenting body for an empty note, and urn:veritag: for an id that is no UUID', () => {
    const legacy = web.first.items.find((item) => item.id === 'urn:veritag:legacy-7');
    expect(legacy?.body).toEqual([{ type: 'TextualBody', purpose: 'tagging', value: 'casualty-figure' }]);
  });

  it('carries provenance in a veritag object on the annotation, only when it has one', () => {
    expect(web.first.items.some((item) => 'veritag' in item)).toBe(false);
    const [first, second] = file.annotations;
    if (first === undefined || second === undefined) throw new Error('fixture');
    const reviewed = { ...file, annotations: [{ ...first, provenance: 'edited' as const }, second] };
    const [a, b] = toWebAnnotation(reviewed).first.items;
    expect(a?.veritag).toEqual({ provenance: 'edited' });
    expect(Object.keys(a ?? {}).at(-1)).toBe('veritag');
    expect(b && 'veritag' in b).toBe(false);
  });

  it('carries the native set and documents in the veritag extension', () => {
    const { annotations: _annotations, ...rest } = file;
    expect(web.veritag).toEqual(rest);
    expect(Object.keys(web.veritag)).toEqual(['format', 'version', 'set', 'exportedAt', 'documents']);
  });

  it('serializes deterministically with 2 spaces and a final newline', () => {
    const text = serializeWebAnnotation(file);
    expect(text).toBe(serializeWebAnnotation(goodFile()));
    expect(text.startsWith('{\n  "@context": "http://www.w3.org/ns/anno.jsonld",\n')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });
});

describe('isWebAnnotationCollection', () => {
  it('tells a collection from a native file and from other values', () => {
    expect(isWebAnnotationCollection(collection())).toBe(true);
    expect(isWebAnnotationCollection({ type: ['AnnotationCollection', 'Other'] })).toBe(true);
    expect(isWebAnnotationCollection(goodFile())).toBe(false);
    expect(isWebAnnotationCollection([{ type: 'AnnotationCollection' }])).toBe(false);
    expect(isWebAnnotationCollection(null)).toBe(false);
    expect(isWebAnnotationCollection(JSON.parse('{"__proto__": {"type": "AnnotationCollection"}}'))).toBe(false);
  });
});

describe('fromWebAnnotation', () => {
  it('gives back the native file', () => {
    const result = fromWebAnnotation(collection());
    expect(result.ok).toBe(true);
    if (result.ok) expect(JSON.stringify(result.value)).toBe(JSON.stringify(goodFile()));
  });

  it('accepts a single body object and a single selector list in any order', () => {
    const web = collection();
    const item = web.first.items[1];
    if (item === undefined) throw new Error('fixture');
    item.body = item.body[0] as unknown[];
    const selector = item.target['selector'] as unknown[];
    item.target['selector'] = [...selector].reverse();
    const result = fromWebAnnotation(web);
    expect(result.ok).toBe(true);
    if (result.ok) expect(JSON.stringify(result.value)).toBe(JSON.stringify(goodFile()));
  });

  it('gives back each annotation’s provenance, after modified', () => {
    const web = collection();
    const [a, b] = web.first.items;
    if (a === undefined || b === undefined) throw new Error('fixture');
    a['veritag'] = { provenance: 'both' };
    b['veritag'] = { provenance: 'B', other: 1 };
    const result = fromWebAnnotation(web);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [x, y, z] = (result.value as { annotations: Array<Record<string, unknown>> }).annotations;
    expect(x?.['provenance']).toBe('both');
    expect(Object.keys(x ?? {}).slice(-2)).toEqual(['modified', 'provenance']);
    expect(y?.['provenance']).toBe('B');
    expect(z && 'provenance' in z).toBe(false);
  });

  it('ignores an annotation’s veritag value that is not an object, or has no provenance', () => {
    const web = collection();
    const [a, b] = web.first.items;
    if (a === undefined || b === undefined) throw new Error('fixture');
    a['veritag'] = 'both';
    b['veritag'] = {};
    const result = fromWebAnnotation(web);
    expect(result.ok).toBe(true);
    if (result.ok) expect(JSON.stringify(result.value)).toBe(JSON.stringify(goodFile()));
  });

  it('refuses what is not a single-page collection written with the veritag extension', () => {
    expect(errorsOf({ type: 'Annotation' })).toEqual(['type: expected "AnnotationCollection"']);
    const linked = { ...collection(), first: 'https://example.org/page/1' };
    expect(errorsOf(linked)).toEqual(['first: must be an AnnotationPage object, not a link']);
    const paged = collection();
    Object.assign(paged.first, { next: 'https://example.org/page/2' });
    paged['total'] = 20;
    expect(errorsOf(paged)).toEqual([
      'first.next: collections of more than one page are not supported',
      'total: 20 does not match the 8 items of first.items',
    ]);
    const { veritag: _veritag, ...bare } = collection();
    expect(errorsOf(bare)).toEqual(['veritag: missing (the set and its documents, as written by Veritag)']);
    expect(errorsOf({ ...collection(), first: { type: 'AnnotationPage' } })).toEqual(['first.items: missing']);
  });

  it('names each problem by its W3C path', () => {
    const web = collection();
    const [a, b, c, d] = web.first.items;
    if (a === undefined || b === undefined || c === undefined || d === undefined) throw new Error('fixture');
    a.body = [...a.body, { type: 'TextualBody', purpose: 'tagging', value: 'claim' }];
    b.id = 'https://example.org/annotations/2';
    (c.target['selector'] as unknown[]).splice(0, 1);
    d['creator'] = { type: 'Person', name: 'Mallory', id: 'someone-else' };
    web.first.items.push('not an annotation' as never);
    web['total'] = 9;
    expect(errorsOf(web)).toEqual([
      'first.items[0].body: more than one TextualBody with purpose "tagging"',
      'first.items[1].id: must be urn:uuid:<id> or urn:veritag:<id>',
      'first.items[2].target.selector: missing a TextQuoteSelector',
      "first.items[3].creator: must be the set's annotator (veritag.set.annotator)",
      'first.items[8]: must be an object',
    ]);
  });

  it('reports an annotation without tagging body or target', () => {
    const web = collection();
    const item = web.first.items[0];
    if (item === undefined) throw new Error('fixture');
    item.body = [];
    delete (item as Record<string, unknown>)['target'];
    expect(errorsOf(web)).toEqual([
      'first.items[0].body: missing a TextualBody with purpose "tagging"',
      'first.items[0].target: missing',
    ]);
  });
});

describe('toWebAnnotationErrors', () => {
  it('points native errors at the collection', () => {
    expect(
      toWebAnnotationErrors([
        'set.annotator.name: missing',
        'documents[1]: id: duplicate of documents[0]',
        'annotations[3] (id d3b0): start: must be a whole number >= 0',
        'annotations[4] (id "a (b): c"): label: "x" is not a label',
        'annotations[5] (id e): id: duplicate of annotations[2]',
        'annotations[6]: note: must be a string',
        'annotations[7] (id f): provenance: "C" is not a provenance',
        '… and 3 more problems',
      ]),
    ).toEqual([
      'veritag.set.annotator.name: missing',
      'veritag.documents[1]: id: duplicate of veritag.documents[0]',
      'first.items[3] (id d3b0): target.selector[TextPositionSelector].start: must be a whole number >= 0',
      'first.items[4] (id "a (b): c"): body[tagging].value: "x" is not a label',
      'first.items[5] (id e): id: duplicate of first.items[2]',
      'first.items[6]: body[commenting].value: must be a string',
      'first.items[7] (id f): veritag.provenance: "C" is not a provenance',
      '… and 3 more problems',
    ]);
  });

  it('is what parseAnnotationSetFile reports for a W3C file', () => {
    const web = collection();
    (web['veritag'] as { set: { name: unknown } }).set.name = 7;
    const result = parseAnnotationSetFile(JSON.stringify(web));
    expect(result).toEqual({ ok: false, errors: ['veritag.set.name: must be a string'] });
  });
});

describe('docs/annotation-set.md', () => {
  it('shows a valid example in canonical form and its exact W3C conversion', () => {
    const blocks = [...readFileSync(FORMAT_DOC, 'utf8').matchAll(/```json\n([\s\S]*?)```/g)].map(
      (m) => m[1] ?? '',
    );
    expect(blocks).toHaveLength(2);
    const [native = '', w3c = ''] = blocks;
    const result = parseAnnotationSetFile(native);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(serializeAnnotationSet(result.file)).toBe(native);
    expect(serializeWebAnnotation(result.file)).toBe(w3c);
  });
});
