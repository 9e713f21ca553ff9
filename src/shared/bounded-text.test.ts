import { describe, expect, it } from 'vitest';
import { boundedText, hasLongRun } from './bounded-text';

describe('boundedText', () => {
  it('keeps text of at most `limit` code points, and cuts longer text after `limit` with an ellipsis', () => {
    expect(boundedText('short', 5)).toBe('short');
    expect(boundedText('shorter', 5)).toBe('short…');
    expect(boundedText('😀😀😀', 3)).toBe('😀😀😀');
    expect(boundedText('😀😀😀😀', 3)).toBe('😀😀😀…');
    expect(boundedText('x'.repeat(100_000), 300)).toBe(`${'x'.repeat(300)}…`);
  });
});

describe('hasLongRun', () => {
  it('finds a run of characters without white space of at least the length given', () => {
    expect(hasLongRun('a b c', 2)).toBe(false);
    expect(hasLongRun('ab cd', 2)).toBe(true);
    expect(hasLongRun('x '.repeat(1000), 2)).toBe(false);
    expect(hasLongRun(`word ${'ش'.repeat(1000)} word`, 1000)).toBe(true);
    expect(hasLongRun(`word ${'ش'.repeat(999)}\n${'ش'.repeat(999)}`, 1000)).toBe(false);
  });
});
