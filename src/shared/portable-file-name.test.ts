import { describe, expect, it } from 'vitest';
import { fileNameProblem, portableFileName } from './portable-file-name';

describe('fileNameProblem', () => {
  it('accepts ordinary names in any script', () => {
    for (const name of ['alice-2026-11-22.veritag.json', 'report.csv', 'Отчёт 2026.json', 'レビュー.jsonld', '.hidden.json', 'a', 'x'.repeat(255), 'CONSOLE.json', 'com10.txt', 'nul-test.json']) {
      expect(fileNameProblem(name), name).toBeNull();
    }
  });

  it.each([
    ['', 'is empty'],
    ['.', 'is only dots'],
    ['..', 'is only dots'],
    ['...', 'is only dots'],
    ['a/b.json', 'contains "/", which Windows, macOS or Linux do not allow in a file name'],
    ['..\\x.json', 'contains "\\", which Windows, macOS or Linux do not allow in a file name'],
    ['x.json:stream', 'contains ":", which Windows, macOS or Linux do not allow in a file name'],
    ['what?.json', 'contains "?", which Windows, macOS or Linux do not allow in a file name'],
    ['a\u0000b.json', 'contains a control character (U+0000)'],
    ['tab\there.json', 'contains a control character (U+0009)'],
    ['del\u007F.json', 'contains a control character (U+007F)'],
    ['x.json.', 'ends with a dot or a space, which Windows drops'],
    ['x.json ', 'ends with a dot or a space, which Windows drops'],
    ['CON', 'names the Windows device "CON"'],
    ['con.json', 'names the Windows device "con"'],
    ['Lpt1.veritag.json', 'names the Windows device "Lpt1"'],
    ['NUL .txt', 'names the Windows device "NUL"'],
    ['COM\u00B9.json', 'names the Windows device "COM\u00B9"'],
    ['conin$', 'names the Windows device "conin$"'],
    ['x'.repeat(256), 'is longer than 255 bytes in UTF-8 (256)'],
    ['é'.repeat(128), 'is longer than 255 bytes in UTF-8 (256)'],
  ])('%j %s', (name, problem) => {
    expect(fileNameProblem(name)).toBe(problem);
  });
});

describe('portableFileName', () => {
  it('gives back a usable name, and refuses another with a sentence naming the problem', () => {
    expect(portableFileName('alice.json')).toBe('alice.json');
    expect(() => portableFileName('x.json:stream')).toThrow(
      '“x.json:stream” cannot be used as a file name: it contains ":", which Windows, macOS or Linux do not allow in a file name.',
    );
  });
});
