import { describe, it, expect } from 'vitest';
import { CodePointIndex } from './code-points';
import { snapSelection } from './selection-snapping';

/** Snaps the first occurrence of `selected` in `text` and returns the snapped text (or null). */
function snapText(text: string, selected: string, exact = false): string | null {
  const index = text.indexOf(selected);
  if (index < 0) throw new Error(`"${selected}" is not in the text`);
  const start = Array.from(text.slice(0, index)).length;
  const end = start + Array.from(selected).length;
  const range = snapSelection(CodePointIndex.of(text), start, end, { exact });
  return range && Array.from(text).slice(range.start, range.end).join('');
}

describe('snapSelection to words', () => {
  const sentence = 'Officials said at least 139 people died, and 1,500 were hurt.';

  it('extends a selection that cuts words at both ends', () => {
    expect(snapText(sentence, 'east 139 peo')).toBe('least 139 people');
    expect(snapText(sentence, 'fficials sai')).toBe('Officials said');
    expect(snapText(sentence, 'i')).toBe('Officials');
  });

  it('leaves whole words alone', () => {
    expect(snapText(sentence, '139 people')).toBe('139 people');
    expect(snapText(sentence, 'least')).toBe('least');
  });

  it('returns code-point offsets', () => {
    const root = CodePointIndex.of(sentence);
    expect(snapSelection(root, 19, 31, { exact: false })).toEqual({ start: 18, end: 34 });
  });

  it('never extends over punctuation or whitespace', () => {
    expect(snapText(sentence, 'died')).toBe('died');
    expect(snapText(sentence, 'ed,')).toBe('died,');
    expect(snapText(sentence, ', and')).toBe(', and');
    expect(snapText(sentence, 'hur')).toBe('hurt');
    expect(snapText('"quoted" text', 'uote')).toBe('quoted');
    expect(snapText('(Reuters) said', 'Reu')).toBe('Reuters');
    expect(snapText('a--b', 'a-')).toBe('a-');
  });

  it('trims surrounding spaces, tabs, newlines and no-break spaces', () => {
    expect(snapText(sentence, ' least ')).toBe('least');
    expect(snapText('one\n\n  two  \nthree', '\n  two  \n')).toBe('two');
    expect(snapText('x\u00a0139\u00a0y', '\u00a0139\u00a0')).toBe('139');
    expect(snapText('x\u3000word\u2003y', '\u3000wor')).toBe('word');
    expect(snapText('x\tword\u0085y', 'ord\u0085')).toBe('word');
  });

  it('trims before extending, so a trailing space does not pull in the next word', () => {
    expect(snapText(sentence, 'least ')).toBe('least');
    expect(snapText(sentence, ' 139')).toBe('139');
  });

  it('snaps a selection across a paragraph break and keeps the break inside', () => {
    const text = 'The attack killed 139 people.\n\nRussia blamed Ukraine.';
    expect(snapText(text, 'ople.\n\nRuss')).toBe('people.\n\nRussia');
    expect(snapText(text, '\n\nRussia')).toBe('Russia');
    expect(snapText(text, 'people.\n\n')).toBe('people.');
  });

  it('joins words across an apostrophe or hyphen between word characters', () => {
    expect(snapText("Ukraine's army", 'Ukrain')).toBe("Ukraine's");
    expect(snapText('Ukraine\u2019s army', 's arm')).toBe('Ukraine\u2019s army');
    expect(snapText("Ukraine's army", "'s")).toBe("Ukraine's");
    expect(snapText('claimed by ISIS-K on Friday', 'SIS')).toBe('ISIS-K');
    expect(snapText('claimed by ISIS-K on Friday', 'K')).toBe('ISIS-K');
    expect(snapText('a follow-up report', 'low-u')).toBe('follow-up');
    expect(snapText('a state-of-the-art hall', 'the')).toBe('state-of-the-art');
  });

  it('does not join across an apostrophe or hyphen at the edge of a word', () => {
    expect(snapText("the players' union", 'player')).toBe('players');
    expect(snapText("the players' union", "' uni")).toBe("' union");
    expect(snapText('pre- and post-war', 'pr')).toBe('pre');
    expect(snapText('pre- and post-war', 're-')).toBe('pre-');
    expect(snapText("'quoted'", 'uot')).toBe('quoted');
    expect(snapText('2019 - 2020', '9 -')).toBe('2019 -');
  });

  it('joins numbers across a comma or point between digits only', () => {
    expect(snapText(sentence, '500')).toBe('1,500');
    expect(snapText(sentence, '1,5')).toBe('1,500');
    expect(snapText('up 3.5 points', '.5')).toBe('3.5');
    expect(snapText('up 3.5 points', '3')).toBe('3.5');
    expect(snapText('in 2024. Then', '202')).toBe('2024');
    expect(snapText('in 2024. Then', '024.')).toBe('2024.');
    expect(snapText('red,blue', 'red')).toBe('red');
    expect(snapText('1, 2', '1')).toBe('1');
  });

  it('treats letters with combining marks and non-Latin scripts as word characters', () => {
    expect(snapText('a cafe\u0301 nearby', 'caf')).toBe('cafe\u0301');
    expect(snapText('в Красногорске сегодня', 'расно')).toBe('Красногорске');
    expect(snapText('莫斯科 音乐厅', '斯')).toBe('莫斯科');
  });

  it('handles astral characters next to words', () => {
    expect(snapText('👍🏽ok then', 'k')).toBe('ok');
    expect(snapText('👍🏽ok then', '🏽o')).toBe('🏽ok');
    expect(snapText('ok👍🏽 then', 'o')).toBe('ok');
    expect(snapText('x 𠀀𠀁𠀂 y', '𠀀𠀁')).toBe('𠀀𠀁');
    expect(snapText('𝐀𝐁𝐂 bold', '𝐁')).toBe('𝐀𝐁𝐂');
    expect(snapText('😀word😀', 'or')).toBe('word');
  });

  it('gives code-point offsets around astral characters', () => {
    const text = '😀😀 ab😀cd';
    const root = CodePointIndex.of(text);
    expect(snapSelection(root, 4, 5, { exact: false })).toEqual({ start: 3, end: 5 });
    expect(snapSelection(root, 7, 8, { exact: false })).toEqual({ start: 6, end: 8 });
    expect(snapSelection(root, 2, 6, { exact: false })).toEqual({ start: 3, end: 6 });
  });

  it('extends to the edges of the text', () => {
    expect(snapText('word', 'or')).toBe('word');
    expect(snapText('1,500', ',')).toBe('1,500');
  });

  it('returns null for whitespace only or an empty range', () => {
    const text = 'a \n\u00a0\t b';
    const root = CodePointIndex.of(text);
    expect(snapSelection(root, 1, 6, { exact: false })).toBeNull();
    expect(snapSelection(root, 0, 0, { exact: false })).toBeNull();
    expect(snapSelection(root, 3, 3, { exact: true })).toBeNull();
  });

  it('throws a RangeError for reversed, fractional or out-of-range input', () => {
    const text = 'abc';
    const root = CodePointIndex.of(text);
    expect(() => snapSelection(root, 2, 1, { exact: false })).toThrow(RangeError);
    expect(() => snapSelection(root, -1, 1, { exact: true })).toThrow(RangeError);
    expect(() => snapSelection(root, 0, 4, { exact: false })).toThrow(RangeError);
    expect(() => snapSelection(root, 0.5, 2, { exact: false })).toThrow(RangeError);
  });
});

describe('snapSelection in scripts written without spaces', () => {
  // Word boundaries come from Intl.Segmenter (ICU's dictionaries for Chinese, Japanese, Thai…),
  // not from runs of letters, which in these scripts are whole clauses.
  const chinese = '莫斯科克罗库斯城市大厅发生恐怖袭击，至少一百三十九人死亡。';
  const japanese = 'モスクワ郊外のコンサートホールで銃撃事件が発生し、少なくとも139人が死亡した。';
  const thai = 'การโจมตีที่มอสโกทำให้มีผู้เสียชีวิตอย่างน้อย 139 คน';

  it('keeps a selection of whole Chinese words as it is', () => {
    expect(snapText(chinese, '恐怖')).toBe('恐怖');
    expect(snapText(chinese, '城市大厅')).toBe('城市大厅');
    expect(snapText(chinese, '死亡')).toBe('死亡');
  });

  it('extends a selection that cuts a Chinese word to that word only', () => {
    expect(snapText(chinese, '怖袭')).toBe('恐怖袭击');
    expect(snapText(chinese, '斯科')).toBe('莫斯科');
    expect(snapText(chinese, '至')).toBe('至少');
  });

  it('snaps Japanese to words across kanji, kana and digits', () => {
    expect(snapText(japanese, '銃撃')).toBe('銃撃');
    expect(snapText(japanese, 'サート')).toBe('コンサートホール');
    expect(snapText(japanese, '郊')).toBe('郊外');
    expect(snapText(japanese, '39人')).toBe('139人');
  });

  it('snaps Thai to dictionary words, combining vowels included', () => {
    expect(snapText(thai, 'จม')).toBe('โจมตี');
    expect(snapText(thai, 'มอสโก')).toBe('มอสโก');
    expect(snapText(thai, 'วิตอย่')).toBe('ชีวิตอย่าง');
  });

  it('never extends over the ideographic comma or full stop', () => {
    expect(snapText(chinese, '击，至')).toBe('袭击，至少');
    expect(snapText(chinese, '亡。')).toBe('死亡。');
  });
});

describe('snapSelection in exact mode', () => {
  it('returns the range unchanged, even mid-word or with spaces', () => {
    const text = 'at least 139 people died';
    const root = CodePointIndex.of(text);
    expect(snapSelection(root, 4, 16, { exact: true })).toEqual({ start: 4, end: 16 });
    expect(snapText(text, ' 139 ', true)).toBe(' 139 ');
    expect(snapText(' \n ', ' \n ', true)).toBe(' \n ');
  });
});

describe('snapSelection on a long text', () => {
  it('finds the edges of a word longer than the stretch it first looks at', () => {
    const word = 'x'.repeat(5_000);
    const text = `a ${word} b`;
    expect(snapText(text, 'xxx')).toBe(word);
  });

  it('snaps in the middle of a 1 MB text without spaces', () => {
    const text = '恐怖袭击'.repeat(250_000);
    expect(snapSelection(CodePointIndex.of(text), 500_001, 500_002, { exact: false })).toEqual({ start: 500_000, end: 500_002 });
  });

  it('snaps near the end of a 1 MB text', () => {
    const text = 'word '.repeat(200_000) + 'final-answer';
    const root = CodePointIndex.of(text);
    const start = root.length - 5;
    expect(snapSelection(root, start, start + 2, { exact: false })).toEqual({
      start: root.length - 12,
      end: root.length,
    });
  });
});
