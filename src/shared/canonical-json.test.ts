// Canonical JSON: the same value gives the same text, whatever order its keys were set in.
import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json';

describe('canonicalJson', () => {
  it('sorts the keys of every object, nested ones and those in arrays too', () => {
    const a = { b: 1, a: [{ y: 2, x: 1 }], c: { e: null, d: 'd' } };
    const b = { c: { d: 'd', e: null }, a: [{ x: 1, y: 2 }], b: 1 };
    expect(canonicalJson(a)).toBe('{"a":[{"x":1,"y":2}],"b":1,"c":{"d":"d","e":null}}');
    expect(canonicalJson(b)).toBe(canonicalJson(a));
  });

  it('keeps a key named __proto__ as a key, and indents when asked', () => {
    const value = JSON.parse('{"z":1,"__proto__":{"polluted":true}}') as unknown;
    expect(canonicalJson(value)).toBe('{"__proto__":{"polluted":true},"z":1}');
    expect(canonicalJson({ b: [1], a: 2 }, 2)).toBe('{\n  "a": 2,\n  "b": [\n    1\n  ]\n}');
  });
});
