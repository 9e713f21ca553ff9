// Articles arrive as bare text files, often scraped; this derives a readable title and a
// publication date from the text itself without ever changing the text.
import { codePointLength, sliceCodePoints } from './code-points';

export const UNTITLED_ARTICLE = 'Untitled article';

const MAX_HEADLINE_LENGTH = 140;
const MAX_TITLE_LENGTH = 80;
const DATE_SEARCH_LENGTH = 400;
const ELLIPSIS = '…';

/** Scraper residue such as " date 2024-03-22" at the very start of an article. */
const DATE_TOKEN = /^\s*date \d{4}-\d{2}-\d{2}\s*/;

const DEBRIS_LINES: readonly RegExp[] = [
  /^image not found or type unknown$/i,
  /^advertisement$/i,
  /^skip to (?:main )?content$/i,
];

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'jr', 'sr', 'gen', 'gov', 'sen', 'rep', 'lt', 'col',
  'sgt', 'capt', 'inc', 'ltd', 'co', 'corp', 'vs', 'etc', 'no', 'approx', 'e.g', 'i.e',
]);

const MONTHS: readonly (readonly string[])[] = [
  ['january', 'jan'], ['february', 'feb'], ['march', 'mar'], ['april', 'apr'], ['may'],
  ['june', 'jun'], ['july', 'jul'], ['august', 'aug'], ['september', 'sept', 'sep'],
  ['october', 'oct'], ['november', 'nov'], ['december', 'dec'],
];

const MONTH = `((?:${MONTHS.flat().join('|')})(?![a-z]))`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(\\d{4})(?!\\d)';

/** A short first line that reads as a headline, else the first sentence cut to ~80 characters. */
export function deriveTitle(text: string): string {
  const line = firstContentLine(text);
  if (line === null) return UNTITLED_ARTICLE;
  if (isHeadline(line)) return line;
  return truncateAtWord(firstSentence(line), MAX_TITLE_LENGTH);
}

/** The first real date (`YYYY-MM-DD`) stated in the first ~400 characters, or null. */
export function derivePublishedOn(text: string): string | null {
  const found = findDates(sliceCodePoints(text, 0, DATE_SEARCH_LENGTH));
  return found[0]?.iso ?? null;
}

interface FoundDate {
  index: number;
  length: number;
  iso: string;
}

function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  for (const m of text.matchAll(/(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/g)) {
    push(found, m, m[1], m[2], m[3]);
  }
  for (const m of text.matchAll(new RegExp(`\\b${MONTH}\\.?\\s+${DAY},?\\s+${YEAR}`, 'gi'))) {
    push(found, m, m[3], monthNumber(m[1]), m[2]);
  }
  for (const m of text.matchAll(
    new RegExp(`(?<!\\d)${DAY}\\s+(?:of\\s+)?${MONTH}\\.?,?\\s+${YEAR}`, 'gi'),
  )) {
    push(found, m, m[3], monthNumber(m[2]), m[1]);
  }
  return found.sort((a, b) => a.index - b.index);
}

function push(
  found: FoundDate[],
  match: RegExpMatchArray,
  year: string | undefined,
  month: string | number | undefined,
  day: string | undefined,
): void {
  const iso = toIsoDate(Number(year), Number(month), Number(day));
  if (iso !== null) found.push({ index: match.index ?? 0, length: match[0].length, iso });
}

function monthNumber(name: string | undefined): number {
  const lower = (name ?? '').toLowerCase();
  return MONTHS.findIndex((names) => names.includes(lower)) + 1;
}

/** `YYYY-MM-DD` when the parts name a real calendar date, else null. */
export function toIsoDate(year: number, month: number, day: number): string | null {
  if (![year, month, day].every(Number.isInteger)) return null;
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function firstContentLine(text: string): string | null {
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = cleanLine(raw.replace(DATE_TOKEN, ''));
    if (line !== '' && !isDebris(line)) return line;
  }
  return null;
}

/** Collapses whitespace and drops Markdown heading marks and bold/underline wrappers. */
function cleanLine(raw: string): string {
  return raw
    .replace(/^\s*#{1,6}\s+/, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/\s+/g, ' ')
    .trim();
}

function isDebris(line: string): boolean {
  if (DEBRIS_LINES.some((pattern) => pattern.test(line))) return true;
  if (!/\p{L}/u.test(line)) return true;
  const dates = findDates(line);
  return dates.length > 0 && removeRanges(line, dates).replace(/[\s\p{P}]+/gu, '') === '';
}

function removeRanges(line: string, ranges: readonly FoundDate[]): string {
  let rest = line;
  for (const range of [...ranges].reverse()) {
    rest = rest.slice(0, range.index) + rest.slice(range.index + range.length);
  }
  return rest;
}

function isHeadline(line: string): boolean {
  if (codePointLength(line) > MAX_HEADLINE_LENGTH) return false;
  if (line.split(' ').length < 2) return false;
  if (/[.,;:]$/.test(line.replace(/["”’»)\]]+$/, ''))) return false;
  return firstSentence(line) === line;
}

/** The line up to its first sentence end (skipping abbreviations such as "U.S." or "Dr."). */
function firstSentence(line: string): string {
  for (const m of line.matchAll(/[.!?…]+["”’»)\]]*(?=\s|$)|[。！？]+[」』”’）]*/g)) {
    const index = m.index;
    const end = index + m[0].length;
    if (m[0].startsWith('.') && isAbbreviation(line.slice(0, index))) continue;
    if (/^\s+\p{Ll}/u.test(line.slice(end))) continue;
    return line.slice(0, end).trim();
  }
  return line;
}

function isAbbreviation(before: string): boolean {
  const word = /(\S+)$/.exec(before)?.[1] ?? '';
  const bare = word.replace(/^["“‘'(]+/, '');
  return /^(?:\p{L}\.)*\p{L}$/u.test(bare) || ABBREVIATIONS.has(bare.toLowerCase());
}

/** Cuts `text` to at most `max` code points at a word boundary and appends an ellipsis. */
export function truncateAtWord(text: string, max: number): string {
  if (codePointLength(text) <= max) return text;
  const head = sliceCodePoints(text, 0, max + 1);
  const lastSpace = head.lastIndexOf(' ');
  const cut = lastSpace > 0 ? head.slice(0, lastSpace) : sliceCodePoints(text, 0, max);
  const tidy = cut.replace(/[\s,;:\-–—(“"‘']+$/u, '');
  return (tidy === '' ? cut : tidy) + ELLIPSIS;
}
