import { describe, it, expect } from 'vitest';
import { compareAnnotations } from './annotation-order';

describe('compareAnnotations', () => {
  const base = { document: 'sha256:bb', start: 10, end: 20, label: 'claim', id: 'm' };

  it('orders by document, start, end, label id, then id', () => {
    const list = [
      { ...base, id: 'n' },
      { ...base, label: 'attribution' },
      { ...base, end: 15 },
      { ...base, start: 5, end: 30 },
      { ...base, document: 'sha256:aa', start: 99 },
      base,
    ];
    expect([...list].sort(compareAnnotations)).toEqual([
      { ...base, document: 'sha256:aa', start: 99 },
      { ...base, start: 5, end: 30 },
      { ...base, end: 15 },
      { ...base, label: 'attribution' },
      base,
      { ...base, id: 'n' },
    ]);
  });

  it('compares strings ordinally, not by locale', () => {
    const ids = ['b', 'B', 'a', 'é', 'Z', '10', '9', '😀', '\uffff'];
    const sorted = ids
      .map((id) => ({ ...base, id }))
      .sort(compareAnnotations)
      .map((a) => a.id);
    expect(sorted).toEqual(['10', '9', 'B', 'Z', 'a', 'b', 'é', '😀', '\uffff']);
    const casualty = { ...base, label: 'casualty-figure' };
    expect(compareAnnotations(casualty, { ...base, label: 'claim' })).toBeLessThan(0);
  });

  it('ignores the document unless both have one', () => {
    const withoutDocument = { start: 1, end: 2, label: 'claim', id: 'z' };
    expect(compareAnnotations(withoutDocument, base)).toBeLessThan(0);
    expect(compareAnnotations(base, withoutDocument)).toBeGreaterThan(0);
  });

  it('returns 0 only for equal keys', () => {
    expect(compareAnnotations(base, { ...base })).toBe(0);
  });
});
