import { describe, expect, it } from 'vitest';
import { MAX_SET_FILE_BYTES, fitsInBytes } from './file-limits';

describe('fitsInBytes', () => {
  it('measures a limit in UTF-8 bytes, not UTF-16 units', () => {
    expect(fitsInBytes('ééé', 6)).toBe(true);
    expect(fitsInBytes('ééé', 5)).toBe(false);
    expect(fitsInBytes('😀', 3)).toBe(false);
    expect(fitsInBytes('😀', 4)).toBe(true);
    expect(fitsInBytes('x'.repeat(MAX_SET_FILE_BYTES + 1), MAX_SET_FILE_BYTES)).toBe(false);
  });
});
