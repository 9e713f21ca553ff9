// Annotations store code-point offsets into the text while the reader (ProseMirror, one paragraph
// per line) speaks in document positions; this maps between the two in O(log n) per query.
import { isBmpOnly, isPairStart } from './code-points';
import { lastAtOrBelow } from './sorted-search';

interface LineInfo {
  /** Code-point offset of the line's first character (L_i). */
  offset: number;
  /** Position of the paragraph's opening token (P_i); its content starts at P_i + 1. */
  position: number;
  /** Length of the line in code points. */
  cpLength: number;
  /** UTF-16 index of each surrogate pair's start in the line; empty for a pure-BMP line. */
  pairStarts: readonly number[];
}

export class OffsetMap {
  readonly lines: readonly string[];
  /** Length of the whole text in code points. */
  readonly length: number;
  /** The ProseMirror document's `content.size`. */
  readonly contentSize: number;
  private readonly infos: readonly LineInfo[];
  private readonly offsets: Float64Array;
  private readonly positions: Float64Array;
  /** UTF-16 index in the full text of each line's first character. */
  private readonly utf16Starts: Float64Array;
  /** Length of the whole text in UTF-16 code units. */
  private readonly utf16Length: number;

  private constructor(lines: readonly string[]) {
    const infos: LineInfo[] = [];
    let offset = 0;
    let position = 0;
    for (const line of lines) {
      const pairStarts = isBmpOnly(line) ? [] : findPairStarts(line);
      const cpLength = line.length - pairStarts.length;
      infos.push({ offset, position, cpLength, pairStarts });
      offset += cpLength + 1;
      position += line.length + 2;
    }
    this.lines = lines;
    this.infos = infos;
    this.offsets = Float64Array.from(infos, (info) => info.offset);
    this.positions = Float64Array.from(infos, (info) => info.position);
    this.utf16Starts = Float64Array.from(infos, (info, i) => info.position - i);
    this.length = offset - 1;
    this.utf16Length = position - lines.length - 1;
    this.contentSize = position;
  }

  static fromText(text: string): OffsetMap {
    return new OffsetMap(text.split('\n'));
  }

  /** Index of the line holding `offset`; the newline after a line belongs to that line. */
  lineOf(offset: number): number {
    checkRange('offset', offset, this.length);
    return lastAtOrBelow(this.offsets, offset);
  }

  /** Code-point offset where line `index` starts (L_i). */
  lineStart(index: number): number {
    return this.info(index).offset;
  }

  /** Position of paragraph `index`'s opening token (P_i); its content starts one after. */
  paragraphStart(index: number): number {
    return this.info(index).position;
  }

  /** ProseMirror position of code-point offset `offset` (0 ≤ offset ≤ length). */
  toPosition(offset: number): number {
    const info = this.info(this.lineOf(offset));
    const cp = offset - info.offset;
    return info.position + 1 + cp + countBelow(info.pairStarts, (start, k) => start - k < cp);
  }

  /**
   * Code-point offset of ProseMirror position `position` (0 ≤ position ≤ contentSize). A position
   * between paragraphs maps to the start of the next line (or the text's end after the last),
   * and one inside a surrogate pair rounds down to the pair's start.
   */
  toOffset(position: number): number {
    checkRange('position', position, this.contentSize);
    if (position === this.contentSize) return this.length;
    const info = this.info(lastAtOrBelow(this.positions, position));
    if (position === info.position) return info.offset;
    return unitToOffset(info, position - info.position - 1);
  }

  /** UTF-16 index in the full text of code-point offset `offset` (0 ≤ offset ≤ length). */
  toUtf16Index(offset: number): number {
    return this.toPosition(offset) - 1 - this.lineOf(offset);
  }

  /**
   * Code-point offset of UTF-16 index `index` in the full text (0 ≤ index ≤ the text's UTF-16
   * length); an index between the two halves of a surrogate pair rounds down to the pair's start.
   */
  fromUtf16Index(index: number): number {
    checkRange('UTF-16 index', index, this.utf16Length);
    const line = lastAtOrBelow(this.utf16Starts, index);
    return unitToOffset(this.info(line), index - (this.utf16Starts[line] ?? 0));
  }

  private info(index: number): LineInfo {
    const info = this.infos[index];
    if (info === undefined) {
      const count = this.infos.length;
      throw new RangeError(`Line ${index} is out of range (the text has ${count} lines)`);
    }
    return info;
  }
}

/** Code-point offset of UTF-16 index `unit` within a line, rounding down inside a pair. */
function unitToOffset(info: LineInfo, unit: number): number {
  let pairsBefore = countBelow(info.pairStarts, (start) => start < unit);
  if (pairsBefore > 0 && info.pairStarts[pairsBefore - 1] === unit - 1) {
    unit--;
    pairsBefore--;
  }
  return info.offset + unit - pairsBefore;
}

function findPairStarts(line: string): number[] {
  const starts: number[] = [];
  for (let i = 0; i < line.length - 1; i++) {
    if (isPairStart(line, i)) {
      starts.push(i);
      i++;
    }
  }
  return starts;
}

function checkRange(name: string, value: number, max: number): void {
  if (!Number.isInteger(value) || value < 0 || value > max) {
    throw new RangeError(`The ${name} ${value} is out of range: expected a whole number 0–${max}`);
  }
}


/** How many leading elements satisfy `test`, which must hold for a prefix of the array only. */
function countBelow(
  sorted: readonly number[],
  test: (value: number, index: number) => boolean,
): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (test(sorted[mid] ?? Infinity, mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
