import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonPreview } from './json-preview';

/** What the preview must equal: JSON.stringify's text, cut to `limit` with an ellipsis. */
function stringifiedAndCut(value: unknown, limit: number): string {
  const text = JSON.stringify(value);
  return text.length > limit ? `${text.slice(0, limit - 1)}…` : text;
}

describe('jsonPreview', () => {
  it('is JSON.stringify’s text cut to the limit, for any JSON value and limit', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer({ min: 2, max: 200 }), (value, limit) => {
        expect(jsonPreview(value, limit)).toBe(stringifiedAndCut(value, limit));
      }),
      { numRuns: 500 },
    );
  });

  it('shows 40 characters by default', () => {
    expect(jsonPreview('opinion')).toBe('"opinion"');
    expect(jsonPreview({ a: [1, true, null], b: 'x' })).toBe('{"a":[1,true,null],"b":"x"}');
    expect(jsonPreview('x'.repeat(100))).toBe(`"${'x'.repeat(38)}…`);
    expect(jsonPreview(undefined)).toBe('undefined');
  });

  it('shows values nested a million deep, or a huge string or array, without reading them whole', () => {
    const deepArray = JSON.parse(`${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}`) as unknown;
    expect(jsonPreview(deepArray)).toBe(`${'['.repeat(39)}…`);
    const deepObject = JSON.parse(`${'{"k":'.repeat(100_000)}0${'}'.repeat(100_000)}`) as unknown;
    expect(jsonPreview(deepObject, 12)).toBe('{"k":{"k":{…');
    expect(jsonPreview('y'.repeat(50_000_000), 5)).toBe('"yyy…');
    expect(jsonPreview(new Array<number>(10_000_000).fill(7), 8)).toBe('[7,7,7,…');
  });
});
