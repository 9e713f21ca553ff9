// Messages agree with their counts.
import { describe, expect, it } from 'vitest';
import { plural } from './plural';

describe('plural', () => {
  it('uses the singular for exactly one and the plural otherwise, with grouped digits', () => {
    expect(plural(1, 'annotation')).toBe('1 annotation');
    expect(plural(0, 'annotation')).toBe('0 annotations');
    expect(plural(2, 'article')).toBe('2 articles');
    expect(plural(12_345, 'annotation')).toBe('12,345 annotations');
    expect(plural(1, 'set of notes', 'sets of notes')).toBe('1 set of notes');
    expect(plural(3, 'set of notes', 'sets of notes')).toBe('3 sets of notes');
  });
});
