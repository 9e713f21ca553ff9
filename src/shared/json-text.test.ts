import { describe, expect, it } from 'vitest';
import { parseJsonText } from './json-text';

function errorOf(text: string): string {
  const result = parseJsonText(text);
  if (result.ok) throw new Error(`expected ${JSON.stringify(text)} to be rejected`);
  return result.error;
}

describe('parseJsonText', () => {
  it('returns the value of valid JSON', () => {
    expect(parseJsonText('{"a": [1, 2.5e3, "x", true, null]}')).toEqual({
      ok: true,
      value: { a: [1, 2500, 'x', true, null] },
    });
    expect(parseJsonText(' \t\r\n"just a string" ')).toEqual({ ok: true, value: 'just a string' });
  });

  it('strips one leading BOM, but not a second one', () => {
    expect(parseJsonText('\uFEFF{"a": 1}')).toEqual({ ok: true, value: { a: 1 } });
    expect(errorOf('\uFEFF\uFEFF{}')).toBe('not JSON: unexpected character U+FEFF at line 1 column 1');
  });

  it('keeps __proto__ as an own property, never as a prototype', () => {
    const result = parseJsonText('{"__proto__": {"polluted": 1}}');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const value = result.value as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.hasOwn(value, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it.each([
    ['', 'unexpected end of input at line 1 column 1'],
    ['   \n', 'unexpected end of input at line 2 column 1'],
    ['{\n  "a": 1,\n    ', 'unexpected end of input at line 3 column 5'],
    ['{"a": [1, 2', 'unexpected end of input at line 1 column 12'],
    ['{"a": }', "unexpected character '}' at line 1 column 7"],
    ['{"a" 1}', "unexpected character '1' at line 1 column 6"],
    ['{a: 1}', "unexpected character 'a' at line 1 column 2"],
    ["{'a': 1}", `unexpected character "'" at line 1 column 2`],
    ['[1 2]', "unexpected character '2' at line 1 column 4"],
    ['[1,]', 'trailing comma at line 1 column 3'],
    ['{"a": 1,\n}', 'trailing comma at line 1 column 8'],
    ['[,]', "unexpected character ',' at line 1 column 2"],
    ['{,}', "unexpected character ',' at line 1 column 2"],
    ['{"a": 1}}', "unexpected character '}' at line 1 column 9"],
    ['{} x', "unexpected character 'x' at line 1 column 4"],
    ['[1] [2]', "unexpected character '[' at line 1 column 5"],
    ['"abc', 'unterminated string at line 1 column 1'],
    ['{"a": "line one\nline two"}', 'unterminated string at line 1 column 7'],
    ['["a\tb"]', 'unescaped control character U+0009 in string at line 1 column 4'],
    ['["a\\xb"]', "invalid escape '\\x' at line 1 column 4"],
    ['["\\u12G4"]', 'invalid unicode escape at line 1 column 3'],
    ['[01]', 'invalid number at line 1 column 2'],
    ['[1.]', 'invalid number at line 1 column 2'],
    ['[-]', 'invalid number at line 1 column 2'],
    ['[1e+]', 'invalid number at line 1 column 2'],
    ['[.5]', "unexpected character '.' at line 1 column 2"],
    ['[NaN]', "unexpected word 'NaN' at line 1 column 2"],
    ['[tru]', "unexpected word 'tru' at line 1 column 2"],
    ['{"a": undefined}', "unexpected word 'undefined' at line 1 column 7"],
    ['{"a": 1 // note\n}', 'comments are not allowed at line 1 column 9'],
    ['/* c */ {}', 'comments are not allowed at line 1 column 1'],
    ['{"a":\u00A01}', 'unexpected character U+00A0 at line 1 column 6'],
    ['{"😀": 1,,}', "unexpected character ',' at line 1 column 9"],
    ['[1,\r\n2,\r3 4]', "unexpected character '4' at line 3 column 3"],
  ])('rejects %j: %s', (text, expected) => {
    expect(errorOf(text)).toBe(`not JSON: ${expected}`);
  });

  it('handles nesting far deeper than a recursive parser could', () => {
    const depth = 200_000;
    expect(errorOf('['.repeat(depth))).toBe(
      `not JSON: unexpected end of input at line 1 column ${depth + 1}`,
    );
  });

  it('finds a problem exactly when JSON.parse rejects the text (mutation fuzz)', () => {
    const base =
      '{"format": "veritag.annotation-set", "n": [1, -2.5e-3, 0, true, false, null], ' +
      '"s": "a\\"b\\\\c\\u00e9\\n😀", "o": {"x": {}, "y": []}}';
    const alphabet = ['{', '}', '[', ']', ',', ':', '"', '\\', '-', '0', '1', '.', 'e', 'n', ' ', '\n', 'x', '/'];
    let seed = 12345;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let round = 0; round < 3000; round++) {
      let text = base;
      for (let edits = 1 + random(3); edits > 0; edits--) {
        const at = random(text.length + 1);
        const kind = random(3);
        const c = alphabet[random(alphabet.length)] ?? '';
        if (kind === 0) text = text.slice(0, at) + c + text.slice(at);
        else if (kind === 1) text = text.slice(0, at) + text.slice(at + 1);
        else text = text.slice(0, at) + c + text.slice(at + 1);
      }
      let parses = true;
      try {
        JSON.parse(text);
      } catch {
        parses = false;
      }
      const result = parseJsonText(text);
      expect(result.ok, text).toBe(parses);
      if (!result.ok) expect(result.error, text).toMatch(/^not JSON: [a-z].* at line \d+ column \d+$/);
    }
  });
});
