// The stored selector ↔ resolved anchor conversion: annotations land on the right positions,
// a changed quote is flagged (not dropped), offsets past the text cannot be placed, and
// selections and single places round-trip through both representations.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textAndRange } from '../../../../test-support/text-arbitrary';
import type { Annotation } from '../../../shared/annotation';
import { codePointLength } from '../../../shared/code-points';
import {
  annotationKey,
  offsetAtPosition,
  positionAtOffset,
  resolveAnnotation,
  toResolvedAnchor,
  toTextSelection,
} from './anchor';
import { DocumentPositions } from './document-positions';
import { createReaderDocument } from './reader-document';

const TEXT = 'Headline 👍🏽\n\nAt least 139 people died.';
const positions = DocumentPositions.fromText(TEXT);
const doc = createReaderDocument(positions);

function annotation(start: number, end: number, exact: string): Annotation {
  return {
    id: 'a1', setId: 's1', document: 'sha256:x', label: 'casualty-figure', start, end, exact,
    prefix: '', suffix: '', note: '', created: '2026-11-22T00:00:00.000Z', modified: '2026-11-22T00:00:00.000Z',
  };
}

describe('anchor conversion', () => {
  it('places a matching annotation on the positions of its quote', () => {
    // "139 people" after "Headline 👍🏽\n\nAt least " (the emoji and its modifier are 2 code points).
    const start = codePointLength('Headline 👍🏽\n\nAt least ');
    const resolved = resolveAnnotation(positions, annotation(start, start + 10, '139 people'));
    expect(resolved?.flagged).toBe(false);
    expect(resolved?.key).toBe(annotationKey({ setId: 's1', id: 'a1' }));
    expect(doc.textBetween(resolved!.from, resolved!.to)).toBe('139 people');
  });

  it('round-trips a selection through both representations', () => {
    const anchor = toResolvedAnchor(positions, { start: 9, end: 16 });
    expect(toTextSelection(positions, anchor)).toEqual({ start: 9, end: 16, exact: '👍🏽\n\nAt ' });
    expect(toTextSelection(positions, { from: anchor.from, to: anchor.from })).toBeNull();
  });

  it('flags an annotation whose quote no longer matches, keeping it at its offsets', () => {
    const resolved = resolveAnnotation(positions, annotation(0, 8, 'Deadline'));
    expect(resolved?.flagged).toBe(true);
    expect(doc.textBetween(resolved!.from, resolved!.to)).toBe('Headline');
  });

  it('cannot place offsets outside the text', () => {
    expect(resolveAnnotation(positions, annotation(30, 400, 'gone'))).toBeNull();
  });

  it('converts single places both ways, clamping offsets to the text', () => {
    expect(positionAtOffset(positions, 9)).toBe(10);
    expect(offsetAtPosition(positions, 10)).toBe(9);
    // Inside the emoji's surrogate pair: the emoji's offset.
    expect(offsetAtPosition(positions, 11)).toBe(9);
    expect(positionAtOffset(positions, -5)).toBe(1);
    expect(positionAtOffset(positions, 1e9)).toBe(doc.content.size - 1);
  });

  it('round-trips random selections: the text between the positions is the selection’s exact', () => {
    fc.assert(
      fc.property(textAndRange({ loneSurrogates: false }), ({ text, from, to }) => {
        const map = DocumentPositions.fromText(text);
        const pmDoc = createReaderDocument(map);
        const selection = toTextSelection(map, { from: map.toPosition(from), to: map.toPosition(to) });
        if (selection === null) return;
        const anchor = toResolvedAnchor(map, selection);
        expect(pmDoc.textBetween(anchor.from, anchor.to, '\n')).toBe(selection.exact);
        expect(toTextSelection(map, anchor)).toEqual(selection);
        expect(offsetAtPosition(map, positionAtOffset(map, selection.start))).toBe(selection.start);
      }),
    );
  });
});
