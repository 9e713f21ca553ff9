// Importing a reviewed set: each annotation's provenance reaches the stored record, whether it is
// placed as is, re-anchored into an edited text or kept as an orphan; without one, none is added.
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../shared/annotation';
import { parseAnnotationSetFile, serializeAnnotationSet } from '../../../shared/annotation-set-file';
import type { AnnotationSetFile } from '../../../shared/annotation-set-schema';
import { documentId } from '../../../shared/document-id';
import { CodePointIndex, codePointLength } from '../../../shared/code-points';
import { TextPositionAnchor, selectorFor } from '../../../shared/text-selector';
import { serializeWebAnnotation } from '../../../shared/web-annotation';
import { applyImport, defaultDecision, planImport } from './import-plan';

const TEXT = 'Officials said 139 people died in the attack on Friday, and a hundred were injured.';
const EDITED = `Updated. ${TEXT}`;
const LOCAL = documentId(TEXT);
const MISSING = documentId('an article nobody here has');
const STAMP = '2026-11-22T09:58:01.000Z';
const NOW = new Date('2026-11-23T08:00:00.000Z');

/** One annotation of TEXT on `quote`, optionally with a provenance. */
function annotation(id: string, quote: string, fields: Partial<Annotation> = {}) {
  const start = TEXT.indexOf(quote);
  const selector = selectorFor(new TextPositionAnchor(CodePointIndex.of(TEXT), start, start + quote.length));
  return { id, document: LOCAL, label: 'claim', ...selector, note: '', created: STAMP, modified: STAMP, ...fields };
}

/** The reviewed set's file text: annotations on TEXT and one on an article the library lacks. */
function reviewedFileText(): string {
  const file = {
    format: 'veritag.annotation-set',
    version: 1,
    set: { id: 'reviewed-1', name: 'Crocus, reviewed', annotator: { id: 'rev', name: 'Reviewer' } },
    exportedAt: STAMP,
    documents: [
      { id: LOCAL, title: 'Attack', source: 'attack.txt', length: TEXT.length },
      { id: MISSING, title: 'Elsewhere', source: 'elsewhere.txt', length: 100 },
    ],
    annotations: [
      annotation('a', '139 people', { provenance: 'A' }),
      annotation('b', 'Friday', { provenance: 'both' }),
      annotation('c', 'a hundred', { provenance: 'edited' }),
      annotation('d', 'Officials'),
      annotation('e', 'Officials', { id: 'e', document: MISSING, provenance: 'B' }),
    ],
  };
  return JSON.stringify(file);
}

function parsed(text: string): AnnotationSetFile {
  const result = parseAnnotationSetFile(text);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.file;
}

function imported(file: AnnotationSetFile, text: string): readonly Annotation[] {
  const plan = planImport(file, 'reviewed.veritag.json', [{ id: LOCAL, title: 'Attack', source: 'attack.txt' }], []);
  return applyImport(file, plan, defaultDecision(plan), new Map([[LOCAL, text]]), NOW).write.annotations;
}

describe('applyImport of a reviewed set', () => {
  const expected = { a: 'A', b: 'both', c: 'edited', d: undefined, e: 'B' };

  it('keeps each annotation’s provenance, placed as is or kept as an orphan', () => {
    const stored = imported(parsed(reviewedFileText()), TEXT);
    expect(Object.fromEntries(stored.map((a) => [a.id, a.provenance]))).toEqual(expected);
    expect(stored.find((a) => a.id === 'd')).not.toHaveProperty('provenance');
    expect(stored.find((a) => a.id === 'e')).toMatchObject({ orphan: 1, provenance: 'B' });
  });

  it('keeps it through re-anchoring into an edited text', () => {
    const stored = imported(parsed(reviewedFileText()), EDITED);
    expect(stored.find((a) => a.id === 'a')).toMatchObject({ start: 24, exact: '139 people', provenance: 'A' });
    expect(Object.fromEntries(stored.map((a) => [a.id, a.provenance]))).toEqual(expected);
  });

  it('keeps it from the W3C form too', () => {
    const w3c = serializeWebAnnotation(parsed(reviewedFileText()));
    const stored = imported(parsed(w3c), TEXT);
    expect(Object.fromEntries(stored.map((a) => [a.id, a.provenance]))).toEqual(expected);
    expect(serializeAnnotationSet(parsed(w3c))).toBe(serializeAnnotationSet(parsed(reviewedFileText())));
  });
});

describe('applyImport of a file whose offsets count UTF-16 code units', () => {
  const text = 'Moscow 🇷🇺: officials said 139 people 😢 died; 👨‍👩‍👧 families waited outside.';
  const id = documentId(text);
  /** As a JavaScript tool writes it: `start` and `end` are UTF-16 indexes (indexOf, .length). */
  const utf16Annotation = (annotationId: string, quote: string) => {
    const start = text.indexOf(quote);
    return { id: annotationId, document: id, label: 'claim', start, end: start + quote.length, exact: quote, prefix: '', suffix: '', note: '', created: STAMP, modified: STAMP };
  };
  const fileText = JSON.stringify({
    format: 'veritag.annotation-set',
    version: 1,
    set: { id: 'utf16-set', name: 'Counted in UTF-16', annotator: { id: 'tool', name: 'A script' } },
    exportedAt: STAMP,
    documents: [{ id, title: 'Moscow', source: 'moscow.txt', length: codePointLength(text) }],
    annotations: [utf16Annotation('a', '139 people 😢 died'), utf16Annotation('b', '👨‍👩‍👧 families')],
  });

  it('is accepted, and each annotation is re-anchored by its quote onto code-point offsets', () => {
    const file = parsed(fileText);
    const plan = planImport(file, 'utf16.json', [{ id, title: 'Moscow', source: 'moscow.txt' }], []);
    const { write, report } = applyImport(file, plan, defaultDecision(plan), new Map([[id, text]]), NOW);
    const codePoints = Array.from(text);
    expect(write.annotations.map((a) => [a.id, a.end - a.start, codePoints.slice(a.start, a.end).join('')])).toEqual([
      ['a', 17, '139 people 😢 died'],
      ['b', 14, '👨‍👩‍👧 families'],
    ]);
    expect(write.annotations.every((a) => a.orphan === undefined)).toBe(true);
    expect(report).toMatchObject({ annotations: 2, reanchored: 2, orphaned: 0 });
  });
});
