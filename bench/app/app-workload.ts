// The app benchmark's data, the same on every run: the long article as a file to add, the user's own
// annotations on it (made by the app's factory from a seeded generator), and the spans the bench tags.
/// <reference types="node" />
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Annotation } from '../../src/shared/annotation';
import { newAnnotation } from '../../src/shared/annotation-factory';
import { CodePointIndex } from '../../src/shared/code-points';
import { LABEL_IDS } from '../../src/shared/labels';
import { normalizeText } from '../../src/shared/text-normalization';
import { TextPositionAnchor, selectorFor } from '../../src/shared/text-selector';
import { seedNames, seedText } from '../../test-support/seed-files';
import { seededRandom } from '../../test-support/seeded-random';
import { benchArticleText } from '../shared/bench-article';

export const ARTICLE_TITLE = 'The long report: Crocus City Hall, the seed articles’ words at length';
const ARTICLE_FILE = 'long-report.txt';
const ANNOTATION_SEED = 0xa11ce;
const NOTE_SHARE = 0.1;
const MAX_WORDS = 12;
const T0 = Date.UTC(2026, 11, 1, 9, 0, 0);

/** The article as the user's file holds it: a title line, then the 2,256 paragraphs. */
export function articleText(): string {
  return `${ARTICLE_TITLE}\n${benchArticleText(seedNames().map(seedText))}`;
}

/** Writes the article to `dir` as the .txt file the user adds; returns its path. */
export async function writeArticleFile(dir: string): Promise<string> {
  const path = join(dir, ARTICLE_FILE);
  await writeFile(path, articleText());
  return path;
}

/** A word of the article: its paragraph, and where it starts and ends in the text (UTF-16). */
interface Word {
  paragraph: number;
  start: number;
  end: number;
}

function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  let paragraph = 0;
  let lineStart = 0;
  for (const match of text.matchAll(/\S+|\n/g)) {
    if (match[0] === '\n') {
      paragraph++;
      lineStart = match.index + 1;
      continue;
    }
    // The title line (paragraph 0) is not annotated.
    if (paragraph > 0) words.push({ paragraph, start: match.index, end: match.index + match[0].length });
  }
  if (lineStart === 0) throw new Error('the article has a single line');
  return words;
}

/** A span of the text as the bench tags it: its paragraph, and its start and end within the paragraph (UTF-16). */
export interface TagTarget {
  paragraph: number;
  from: number;
  to: number;
  /** The words, as the selection must read. */
  text: string;
}

export interface Workload {
  annotations: Annotation[];
  tags: TagTarget[];
  /** Annotations that overlap the one before them in text order (for the record). */
  overlapping: number;
  withNotes: number;
}

/**
 * `count` annotations in set `setId` on `document` (whose stored text is `storedText`): spans of 1–12
 * whole words within a paragraph, the four labels, a note on one in ten, no two on the same span;
 * and `tagCount` spans for the bench to tag, spread over the first paragraphs, none already annotated.
 */
export function workload(storedText: string, document: string, setId: string, count: number, tagCount: number): Workload {
  const text = normalizeText(storedText);
  if (text !== storedText) throw new Error('the stored article is not normalised text');
  const words = wordsOf(text);
  const root = CodePointIndex.of(text);
  const next = seededRandom(ANNOTATION_SEED);
  const hex = (digits: number) => Array.from({ length: digits }, () => Math.floor(next() * 16).toString(16)).join('');
  const taken = new Set<string>();
  const annotations: Annotation[] = [];
  while (annotations.length < count) {
    const first = Math.floor(next() * words.length);
    const length = 1 + Math.floor(next() * MAX_WORDS);
    let last = first;
    while (last + 1 < words.length && last - first + 1 < length && words[last + 1]!.paragraph === words[first]!.paragraph) last++;
    const start = root.toCodePoint(words[first]!.start);
    const end = root.toCodePoint(words[last]!.end);
    const label = LABEL_IDS[Math.floor(next() * LABEL_IDS.length)]!;
    const note = next() < NOTE_SHARE ? `Checked against the wire copy (${annotations.length + 1}); the figure differs.` : '';
    const key = `${start}:${end}`;
    if (taken.has(key)) continue;
    taken.add(key);
    const i = annotations.length;
    annotations.push(
      newAnnotation({
        setId,
        document,
        label,
        selector: selectorFor(new TextPositionAnchor(root, start, end)),
        note,
        now: new Date(T0 + i * 1000),
        id: `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`,
      }),
    );
  }
  const ordered = [...annotations].sort((a, b) => a.start - b.start || a.end - b.end);
  const overlapping = ordered.filter((a, i) => i > 0 && a.start < ordered[i - 1]!.end).length;
  return { annotations, tags: tagTargets(text, words, root, taken, tagCount), overlapping, withNotes: annotations.filter((a) => a.note !== '').length };
}

/** Three words from the third of paragraphs 4, 11, 18, …, moved on a word while that span is annotated already. */
function tagTargets(text: string, words: readonly Word[], root: CodePointIndex, taken: ReadonlySet<string>, count: number): TagTarget[] {
  const targets: TagTarget[] = [];
  for (let i = 0; i < count; i++) {
    const paragraph = 4 + 7 * i;
    const inParagraph = words.filter((w) => w.paragraph === paragraph);
    const lineStart = text.lastIndexOf('\n', inParagraph[0]!.start) + 1;
    for (let w = 2; w + 2 < inParagraph.length; w++) {
      const from = inParagraph[w]!;
      const to = inParagraph[w + 2]!;
      if (taken.has(`${root.toCodePoint(from.start)}:${root.toCodePoint(to.end)}`)) continue;
      targets.push({ paragraph, from: from.start - lineStart, to: to.end - lineStart, text: text.slice(from.start, to.end) });
      break;
    }
  }
  if (targets.length !== count) throw new Error(`only ${targets.length} of ${count} spans to tag were found`);
  return targets;
}
