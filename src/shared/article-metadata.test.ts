import { describe, it, expect } from 'vitest';
import { seedText as seed } from '../../test-support/seed-files';
import {
  UNTITLED_ARTICLE,
  derivePublishedOn,
  deriveTitle,
  toIsoDate,
  truncateAtWord,
} from './article-metadata';
import { codePointLength } from './code-points';

const SEED_TITLES: Record<string, string> = {
  '000_a5eaa27bae5a7720.txt':
    'Moscow, March 22, 2024 – “The Embassy is monitoring reports that extremists are…',
  '001_47c1a2bb5450bf50.txt':
    'Terror Strikes Moscow: ISIS Claims Responsibility for Deadly Concert Attack',
  '002_82834744a2d41e0d.txt':
    'ISIS still threatens Putin, but Moscow accuses the US, UK and Ukraine',
  '003_27051d107f60b0fe.txt':
    'A series of concerning incidents that began in early March 2024 attracted the…',
  '004_8fb2946df2c11959.txt':
    'The Islamic State (ISIS) claimed responsibility for the Moscow attack, in which…',
};

describe('deriveTitle', () => {
  it('gives the expected title for every seed', () => {
    for (const [name, title] of Object.entries(SEED_TITLES)) {
      expect(deriveTitle(seed(name))).toBe(title);
      expect(codePointLength(title)).toBeLessThanOrEqual(81);
    }
  });

  it('takes a short first line as the headline, skipping blank lines and debris', () => {
    expect(deriveTitle('\n\nImage not found or type unknown\n\n  Big   News Today  \n\nBody.'))
      .toBe('Big News Today');
    expect(deriveTitle('Is this the end?\nBody text.')).toBe('Is this the end?');
    expect(deriveTitle('Breaking: markets fall!\nBody text.')).toBe('Breaking: markets fall!');
    expect(deriveTitle('# A Markdown headline\n\nBody.')).toBe('A Markdown headline');
    expect(deriveTitle('March 22, 2024\nU.S. warns of attack in Moscow\nBody.')).toBe(
      'U.S. warns of attack in Moscow',
    );
  });

  it('skips a leading "date YYYY-MM-DD" token', () => {
    expect(deriveTitle(' date 2024-03-22 Embassy warns of concerts\nBody.')).toBe(
      'Embassy warns of concerts',
    );
  });

  it('falls back to the first sentence when the first line is prose', () => {
    expect(deriveTitle('The embassy issued a warning. It was brief.')).toBe(
      'The embassy issued a warning.',
    );
    expect(deriveTitle('Officials said the venue burned.\nMore.')).toBe(
      'Officials said the venue burned.',
    );
    expect(deriveTitle('Dr. Smith spoke to the U.S. press today. Then he left.')).toBe(
      'Dr. Smith spoke to the U.S. press today.',
    );
  });

  it('cuts a long first sentence at a word boundary with an ellipsis', () => {
    const long = `${'word '.repeat(40).trim()}.`;
    const title = deriveTitle(long);
    expect(title.endsWith('…')).toBe(true);
    expect(codePointLength(title)).toBeLessThanOrEqual(81);
    expect(title).toBe(`${'word '.repeat(16).trim()}…`);
  });

  it('falls back to "Untitled article" when there is nothing to use', () => {
    expect(deriveTitle('')).toBe(UNTITLED_ARTICLE);
    expect(deriveTitle('\n \n\t')).toBe(UNTITLED_ARTICLE);
    expect(deriveTitle('Image not found or type unknown\n')).toBe(UNTITLED_ARTICLE);
  });

  it('does not change the text', () => {
    const text = seed('001_47c1a2bb5450bf50.txt');
    const copy = text.slice();
    deriveTitle(text);
    expect(text).toBe(copy);
  });
});

describe('truncateAtWord', () => {
  it('keeps short text and never splits a surrogate pair', () => {
    expect(truncateAtWord('short', 80)).toBe('short');
    expect(truncateAtWord('😀'.repeat(100), 10)).toBe(`${'😀'.repeat(10)}…`);
    expect(truncateAtWord('alpha beta, gamma', 12)).toBe('alpha beta…');
  });
});

describe('derivePublishedOn', () => {
  it('reads the seeds', () => {
    expect(derivePublishedOn(seed('000_a5eaa27bae5a7720.txt'))).toBe('2024-03-22');
    expect(derivePublishedOn(seed('001_47c1a2bb5450bf50.txt'))).toBe('2024-03-22');
    expect(derivePublishedOn(seed('002_82834744a2d41e0d.txt'))).toBeNull();
    expect(derivePublishedOn(seed('003_27051d107f60b0fe.txt'))).toBeNull();
    expect(derivePublishedOn(seed('004_8fb2946df2c11959.txt'))).toBeNull();
  });

  it('reads ISO and English dates, full or abbreviated', () => {
    expect(derivePublishedOn('Posted 2023-11-05T10:00Z')).toBe('2023-11-05');
    expect(derivePublishedOn('Moscow, March 22, 2024 – text')).toBe('2024-03-22');
    expect(derivePublishedOn('Updated 22 March 2024')).toBe('2024-03-22');
    expect(derivePublishedOn('Sept. 3, 2021: report')).toBe('2021-09-03');
    expect(derivePublishedOn('on the 1st of Feb 2020')).toBe('2020-02-01');
    expect(derivePublishedOn('Dec 25 2019')).toBe('2019-12-25');
  });

  it('takes the earliest date in the text', () => {
    expect(derivePublishedOn('1 May 2020, revised 2021-01-01')).toBe('2020-05-01');
  });

  it('ignores impossible dates, bare months and dates beyond the first ~400 characters', () => {
    expect(derivePublishedOn('Filed 2024-02-31')).toBeNull();
    expect(derivePublishedOn('February 30, 2023')).toBeNull();
    expect(derivePublishedOn('February 29, 2024')).toBe('2024-02-29');
    expect(derivePublishedOn('early March 2024')).toBeNull();
    expect(derivePublishedOn('Marching 22, 2024')).toBeNull();
    expect(derivePublishedOn(`${'x'.repeat(500)} 2024-03-22`)).toBeNull();
    expect(derivePublishedOn('')).toBeNull();
  });
});

describe('toIsoDate', () => {
  it('validates real calendar dates', () => {
    expect(toIsoDate(2024, 2, 29)).toBe('2024-02-29');
    expect(toIsoDate(2023, 2, 29)).toBeNull();
    expect(toIsoDate(2024, 13, 1)).toBeNull();
    expect(toIsoDate(2024, 4, 31)).toBeNull();
    expect(toIsoDate(2024, 1, 0)).toBeNull();
  });
});
