// The stored selector ↔ resolved anchor conversion: annotations land on the right positions,
// a changed quote is flagged (not dropped), and offsets past the text cannot be placed.
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../shared/annotation';
import { OffsetMap } from '../../../shared/offset-map';
import { annotationKey, resolveAnnotation, toResolvedAnchor, toTextSelection } from './anchor';
import { createReaderDocument } from './reader-document';

const TEXT = 'Headline 👍🏽\n\nAt least 139 people died.';
const map = OffsetMap.fromText(TEXT);
const doc = createReaderDocument(map);

function annotation(start: number, end: number, exact: string): Annotation {
  return {
    id: 'a1', setId: 's1', document: 'sha256:x', label: 'casualty-figure', start, end, exact,
    prefix: '', suffix: '', note: '', created: '2026-11-22T00:00:00.000Z', modified: '2026-11-22T00:00:00.000Z',
  };
}

describe('anchor conversion', () => {
  it('places a matching annotation on the positions of its quote', () => {
    // "139 people" after "Headline 👍🏽\n\nAt least " (the emoji and its modifier are 2 code points).
    const start = [...'Headline 👍🏽\n\nAt least '].length;
    const resolved = resolveAnnotation(TEXT, map, annotation(start, start + 10, '139 people'));
    expect(resolved?.flagged).toBe(false);
    expect(resolved?.key).toBe(annotationKey({ setId: 's1', id: 'a1' }));
    expect(doc.textBetween(resolved!.from, resolved!.to)).toBe('139 people');
  });

  it('round-trips a selection through both representations', () => {
    const anchor = toResolvedAnchor(map, 9, 16);
    const selection = toTextSelection(doc, map, anchor);
    expect(selection).toEqual({ start: 9, end: 16, exact: '👍🏽\n\nAt ' });
  });

  it('flags an annotation whose quote no longer matches, keeping it at its offsets', () => {
    const resolved = resolveAnnotation(TEXT, map, annotation(0, 8, 'Deadline'));
    expect(resolved?.flagged).toBe(true);
    expect(doc.textBetween(resolved!.from, resolved!.to)).toBe('Headline');
  });

  it('cannot place offsets outside the text', () => {
    expect(resolveAnnotation(TEXT, map, annotation(30, 400, 'gone'))).toBeNull();
  });
});
