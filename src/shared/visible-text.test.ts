import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shownName, visibleText } from './visible-text';

/** Characters that turn text around or hide in it (issue 9's list and the other default-ignorables). */
const HIDDEN = [
  0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069, 0x200e, 0x200f, 0x061c,
  0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x00ad, 0x034f, 0x115f, 0x3164, 0x180e, 0x2061, 0x2064,
  0xfe0f, 0xe0001, 0xe0041, 0x0000, 0x0007, 0x000a, 0x001b, 0x007f, 0x0085, 0x2028, 0x2029, 0xfff9,
];
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;

describe('visibleText', () => {
  it('shows the characters that rearrange or hide text as their code points', () => {
    expect(visibleText('Invoice \u202Eexe.txt')).toBe('Invoice ⟨U+202E⟩exe.txt');
    expect(visibleText('Al\u200Bi\u200Cc\u200De')).toBe('Al⟨U+200B⟩i⟨U+200C⟩c⟨U+200D⟩e');
    expect(visibleText('\uFEFFBOM\u2066isolate\u2069')).toBe('⟨U+FEFF⟩BOM⟨U+2066⟩isolate⟨U+2069⟩');
    expect(visibleText('two\nlines\u2028')).toBe('two⟨U+000A⟩lines⟨U+2028⟩');
  });

  it.each(HIDDEN.map((cp) => [cp.toString(16).toUpperCase().padStart(4, '0'), cp]))('shows U+%s between Latin letters', (hex, cp) => {
    expect(visibleText(`a${String.fromCodePoint(cp)}b`)).toBe(`a⟨U+${hex}⟩b`);
  });

  it('keeps what does a visible job: emoji sequences, joiners in scripts that join, variation selectors after ideographs', () => {
    for (const text of [
      'Family 👨‍👩‍👧 and 👍🏽',
      '❤️ and keycap 1️⃣',
      'Scotland 🏴󠁧󠁢󠁳󠁣󠁴󠁿',
      'می‌خواهم', // Persian: a zero-width non-joiner between two letters
      'क्‍ष', // Devanagari: a zero-width joiner after a virama
      '葛\u{E0100}城', // an ideographic variation sequence
      'ᠠ\u180B', // a Mongolian free variation selector
      'plain text, “quotes”, café, 中文, עברית, العربية',
    ]) {
      expect(visibleText(text), text).toBe(text);
    }
  });

  it('shows the same characters where they do no visible job', () => {
    expect(visibleText('\u200D👨')).toBe('⟨U+200D⟩👨');
    expect(visibleText('a\uFE0F1\uFE0F')).toBe('a⟨U+FE0F⟩1⟨U+FE0F⟩');
    expect(visibleText('Bob\u{E0100}')).toBe('Bob⟨U+E0100⟩');
    expect(visibleText('م\u200Cx')).toBe('م⟨U+200C⟩x');
    expect(visibleText('🏴\u{E0067}')).toBe('🏴⟨U+E0067⟩');
  });

  it('never lets a bidirectional control through, and leaves text without hidden characters as it is', () => {
    const hiddenClass = /[\p{Default_Ignorable_Code_Point}\p{Bidi_Control}\p{Cc}\p{Zl}\p{Zp}\uFFF9-\uFFFB]/u;
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite' }), fc.string({ unit: 'binary' }), (a, b) => {
        for (const text of [a, b, a + b]) {
          const shown = visibleText(text);
          expect(shown).not.toMatch(BIDI_CONTROLS);
          if (!hiddenClass.test(text)) expect(shown).toBe(text);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('shownName', () => {
  it('shows hidden characters and cuts a name after 300 code points', () => {
    expect(shownName('Invoice \u202Eexe.txt')).toBe('Invoice ⟨U+202E⟩exe.txt');
    expect(shownName('N'.repeat(300))).toBe('N'.repeat(300));
    expect(shownName(`${'N'.repeat(299)}\u202E${'x'.repeat(1000)}`)).toBe(`${'N'.repeat(299)}⟨U+202E⟩…`);
  });
});
