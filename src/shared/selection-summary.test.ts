import { describe, it, expect } from 'vitest';
import { NO_SELECTION, describeSelection } from './selection-summary';

describe('describeSelection', () => {
  it('describes a selection by its code-point range and length', () => {
    expect(describeSelection({ start: 633, end: 643, exact: '139 people' })).toBe(
      '633–643 · 10 characters',
    );
  });

  it('uses the singular for one character', () => {
    expect(describeSelection({ start: 0, end: 1, exact: '😀' })).toBe('0–1 · 1 character');
  });

  it('says "No selection" for null or an empty selection', () => {
    expect(describeSelection(null)).toBe(NO_SELECTION);
    expect(describeSelection({ start: 5, end: 5, exact: '' })).toBe('No selection');
  });
});
