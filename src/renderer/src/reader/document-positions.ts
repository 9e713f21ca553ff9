// The reader shows a text as one ProseMirror paragraph per line, so a place in the text (a UTF-16
// index) and a document position differ by the paragraph tokens before it: this is the only module
// that knows that arithmetic, and ProseMirror positions exist only inside the reader.
import { CodePointIndex } from '../../../shared/code-points';
import { firstIndexWhere } from '../../../shared/sorted-search';

export class DocumentPositions {
  /** The text, with its code points indexed. */
  readonly codePoints: CodePointIndex;
  /** The text's lines, one paragraph each (an empty line is an empty paragraph). */
  readonly lines: readonly string[];
  /** The ProseMirror document's `content.size`. */
  readonly contentSize: number;
  /** The UTF-16 index of each line's first character; paragraph i opens at position starts[i] + i. */
  private readonly starts: Float64Array;

  private constructor(text: string) {
    this.codePoints = CodePointIndex.of(text);
    this.lines = text.split('\n');
    this.starts = new Float64Array(this.lines.length);
    let start = 0;
    this.lines.forEach((line, i) => {
      this.starts[i] = start;
      start += line.length + 1;
    });
    // Each line adds its UTF-16 units plus an opening and a closing token.
    this.contentSize = text.length + this.lines.length + 1;
  }

  static fromText(text: string): DocumentPositions {
    return new DocumentPositions(text);
  }

  get text(): string {
    return this.codePoints.text;
  }

  /** The position of UTF-16 index `index` (0 ≤ index ≤ text length); a newline ends its line. */
  toPosition(index: number): number {
    checkRange('UTF-16 index', index, this.text.length);
    const line = firstIndexWhere(this.starts.length, (i) => (this.starts[i] ?? 0) > index) - 1;
    return index + line + 1;
  }

  /**
   * The UTF-16 index at position `position` (0 ≤ position ≤ contentSize). A position between two
   * paragraphs is the start of the next line, one after the last paragraph the text's end.
   */
  toIndex(position: number): number {
    checkRange('position', position, this.contentSize);
    if (position === this.contentSize) return this.text.length;
    const line = firstIndexWhere(this.starts.length, (i) => (this.starts[i] ?? 0) + i > position) - 1;
    const start = this.starts[line] ?? 0;
    return position === start + line ? start : position - line - 1;
  }
}

function checkRange(name: string, value: number, max: number): void {
  if (!Number.isInteger(value) || value < 0 || value > max) {
    throw new RangeError(`The ${name} ${value} is out of range: expected a whole number 0–${max}`);
  }
}
