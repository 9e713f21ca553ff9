// Quote matching as annotation-set.md specifies it: the context score that ranks occurrences.
import { describe, it, expect } from 'vitest';
import { contextScore } from './quote-match';

describe('contextScore', () => {
  const text = 'Officials said 139 people died.';

  it('adds the common ending of the prefix and the common beginning of the suffix', () => {
    // "Officials said " ends like "Police said " by " said " (6); " died." starts like " died"
    // (5).
    expect(contextScore(text, { from: 15, to: 25 }, 'Police said ', ' died')).toBe(11);
    expect(contextScore(text, { from: 15, to: 25 }, 'Officials said ', ' died.')).toBe(21);
    expect(contextScore(text, { from: 15, to: 25 }, '', '')).toBe(0);
    expect(contextScore(text, { from: 15, to: 25 }, 'x', 'x')).toBe(0);
  });

  it('stops at the edges of the text', () => {
    expect(contextScore(text, { from: 0, to: 9 }, 'longer prefix ', '')).toBe(0);
    expect(contextScore(text, { from: 26, to: 31 }, '', '. And more')).toBe(0);
    expect(contextScore(text, { from: 26, to: 30 }, '', '. And more')).toBe(1);
  });

  it('counts code points, not UTF-16 units', () => {
    const emoji = 'a😀😀b😀X';
    // Before "b" (UTF-16 5): "a😀😀" ends like "z😀😀" by 2 code points; after it (6: "😀X"),
    // "😀Y" matches 1.
    expect(contextScore(emoji, { from: 5, to: 6 }, 'z😀😀', '😀Y')).toBe(3);
  });

  it('does not match half of a surrogate pair', () => {
    const emoji = 'a😀b';
    expect(contextScore(emoji, { from: 3, to: 4 }, '\uDE00', '')).toBe(0);
  });
});
