// The reader's position arithmetic against ProseMirror's own document (one paragraph per line):
// every UTF-16 index of the text lands on the position where that text is, on the seeds, on tricky
// texts and on random ones (fast-check), and positions between paragraphs map to the next line.
import fc from 'fast-check';
import { describe, it, expect } from 'vitest';
import { textWithAstrals } from '../../../../test-support/text-arbitrary';
import { DocumentPositions } from './document-positions';
import { createReaderDocument } from './reader-document';

const TRICKY: Record<string, string> = {
  emoji: 'Like 👍🏽 this\nfamily 👨‍👩‍👧 here',
  cjk: '中文新闻\n莫斯科',
  combining: 'cafe\u0301 and re\u0301sume\u0301',
  astral: '𠀀𠀁 astral\n\n𠀂',
  emptyLines: '\n\na\n\n\nb\n',
  trailingNewline: 'one line\n',
  empty: '',
  onlyNewline: '\n',
  loneSurrogate: 'x\uD800y\n\uDC00z',
};

/** Reference: the position of every UTF-16 index, by walking the text as ProseMirror lays it out. */
function walk(text: string): number[] {
  const positions: number[] = [];
  let position = 1;
  for (const unit of text.split('')) {
    positions.push(position);
    position += unit === '\n' ? 2 : 1;
  }
  positions.push(position);
  return positions;
}

function expectAgreesWithProseMirror(text: string): void {
  const positions = DocumentPositions.fromText(text);
  const doc = createReaderDocument(positions);
  expect(positions.contentSize).toBe(doc.content.size);
  const reference = walk(text);
  const indexes = reference.map((_, index) => index);
  expect(indexes.map((index) => positions.toPosition(index))).toEqual(reference);
  expect(reference.map((position) => positions.toIndex(position))).toEqual(indexes);
  // Every position: inside a paragraph, the document's text before it is the text's; between two
  // paragraphs (or after the last), the index is where the next line starts (or the text's end).
  const lineStarts = text.split('\n').map((_, line, lines) => lines.slice(0, line).join('\n').length + (line > 0 ? 1 : 0));
  for (let position = 0; position <= doc.content.size; position++) {
    const resolved = doc.resolve(position);
    const expected =
      resolved.depth === 0
        ? (lineStarts[resolved.index()] ?? text.length)
        : doc.textBetween(0, position, '\n').length;
    expect(positions.toIndex(position)).toBe(expected);
  }
}

describe('DocumentPositions', () => {
  for (const [name, text] of Object.entries(TRICKY)) {
    it(`agrees with the reader's ProseMirror document: ${name}`, () => expectAgreesWithProseMirror(text));
  }

  it("agrees with the reader's ProseMirror document on random texts with astral characters and combining marks", () => {
    fc.assert(fc.property(textWithAstrals({ maxPieces: 30 }), (text) => expectAgreesWithProseMirror(text)));
  });

  it('maps the text end and the newline to the end of a paragraph, positions between paragraphs to the next line', () => {
    const positions = DocumentPositions.fromText('ab\n😀c');
    expect([2, 3, 5, 6].map((index) => positions.toPosition(index))).toEqual([3, 5, 7, 8]);
    expect(positions.contentSize).toBe(9);
    expect(positions.toIndex(9)).toBe(6);
    expect(positions.toIndex(4)).toBe(3);
    expect(positions.toIndex(0)).toBe(0);
  });

  it('has one empty paragraph for an empty text', () => {
    const positions = DocumentPositions.fromText('');
    expect(positions.lines).toEqual(['']);
    expect(positions.contentSize).toBe(2);
    expect([0, 1, 2].map((position) => positions.toIndex(position))).toEqual([0, 0, 0]);
    expect(positions.toPosition(0)).toBe(1);
  });

  it('throws a RangeError for out-of-range or fractional input', () => {
    const positions = DocumentPositions.fromText('abc');
    expect(() => positions.toPosition(-1)).toThrow(RangeError);
    expect(() => positions.toPosition(4)).toThrow(/UTF-16 index 4 is out of range/);
    expect(() => positions.toPosition(1.5)).toThrow(RangeError);
    expect(() => positions.toIndex(6)).toThrow(/position 6 is out of range/);
    expect(() => positions.toIndex(Number.NaN)).toThrow(RangeError);
  });
});
