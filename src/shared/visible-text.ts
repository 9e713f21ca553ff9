// Names, titles and sources come from files anyone can write: a bidirectional override makes
// "Invoice \u202Eexe.txt" read "Invoice txt.exe", zero-width characters make "Al\u200Bice" look
// like "Alice". Wherever such text is shown, each of these characters is shown as what it is.
import { SHOWN_NAME_LENGTH, boundedText } from './bounded-text';
import { codePointName, previousCodePoint } from './code-points';

/**
 * What is never seen as itself: default-ignorable characters (zero-width spaces and joiners,
 * word joiner, byte-order mark, soft hyphen, variation selectors, Hangul fillers, tags…), the
 * bidirectional controls, control characters, line and paragraph separators, and the
 * interlinear-annotation marks. An emoji tag sequence (a subdivision flag) is matched whole first,
 * so that it is kept.
 */
const HIDDEN =
  /(\u{1F3F4}[\u{E0020}-\u{E007E}]+\u{E007F})|[\p{Default_Ignorable_Code_Point}\p{Bidi_Control}\p{Cc}\p{Zl}\p{Zp}\uFFF9-\uFFFB]/gu;
const ZWNJ = 0x200c;
const ZWJ = 0x200d;
const EMOJI_STYLE = /^[\uFE0E\uFE0F]$/u;
const VARIATION_SELECTOR = /^\p{Variation_Selector}$/u;
const MONGOLIAN_SELECTOR = /^[\u180B-\u180D\u180F]$/u;
const PRESENTED = /^[\p{Extended_Pictographic}\p{Emoji_Presentation}]$/u;
const KEYCAP_BASE = /^[0-9#*]$/u;
const KEYCAP = '\u20E3';
const PICTOGRAPH = /^[\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F]$/u;
const LETTER = /^[\p{L}\p{M}]$/u;
/** Scripts that never need a joiner between letters, and where one hides in a look-alike name. */
const NO_JOINERS = /^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Common}\p{Script=Inherited}]$/u;

/** A hidden character as shown: `⟨U+202E⟩`. */
function shownCharacter(codePoint: number): string {
  return `⟨${codePointName(codePoint)}⟩`;
}

/**
 * `text` with every character that would be unseen, or would rearrange what is seen, replaced by
 * its code point (`Invoice ⟨U+202E⟩exe.txt`), except where it does a visible job: a joiner inside
 * an emoji sequence or between letters of a script that joins (Arabic, Devanagari…), an emoji
 * presentation selector after an emoji (or in a keycap), a variation selector after an ideograph, a Mongolian
 * selector after a Mongolian letter, and subdivision flags.
 */
export function visibleText(text: string): string {
  return text.replace(HIDDEN, (match: string, flag: string | undefined, at: number) => {
    if (flag !== undefined) return match;
    const before = characterBefore(text, at);
    const after = String.fromCodePoint(text.codePointAt(at + match.length) ?? 0);
    return doesVisibleWork(match, before, after) ? match : shownCharacter(match.codePointAt(0) ?? 0);
  });
}

/** A name, title or source as shown: hidden characters made visible, cut after SHOWN_NAME_LENGTH code points. */
export function shownName(text: string): string {
  return visibleText(boundedText(text, SHOWN_NAME_LENGTH));
}

function doesVisibleWork(character: string, before: string, after: string): boolean {
  const cp = character.codePointAt(0);
  if (cp === ZWJ && PICTOGRAPH.test(before) && PICTOGRAPH.test(after)) return true;
  if (cp === ZWJ || cp === ZWNJ) return joinsLetters(before, after);
  if (EMOJI_STYLE.test(character)) return PRESENTED.test(before) || (KEYCAP_BASE.test(before) && after === KEYCAP);
  if (MONGOLIAN_SELECTOR.test(character)) return /^\p{Script=Mongolian}$/u.test(before);
  if (VARIATION_SELECTOR.test(character)) return /^\p{Ideographic}$/u.test(before);
  return false;
}

function joinsLetters(before: string, after: string): boolean {
  return [before, after].every((c) => LETTER.test(c) && !NO_JOINERS.test(c));
}

/** The code point just before UTF-16 index `at`, as a string ('' at the start). */
function characterBefore(text: string, at: number): string {
  if (at === 0) return '';
  return String.fromCodePoint(text.codePointAt(previousCodePoint(text, at)) ?? 0);
}
