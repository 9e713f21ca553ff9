// A valid native annotation-set file of many annotations over the bundled seed articles, for the
// benchmarks and the fault tests: built with the app's own modules so ids, lengths and quotes match what it stores.
/// <reference types="node" />
import type { Annotation } from '../src/shared/annotation';
import { buildAnnotationSetFile, serializeAnnotationSet } from '../src/shared/annotation-set-file';
import type { AnnotationSetFile } from '../src/shared/annotation-set-schema';
import { createArticle, type Article } from '../src/shared/article';
import { LABEL_IDS, type LabelId } from '../src/shared/labels';
import { CodePointIndex } from '../src/shared/code-points';
import { TextPositionAnchor, selectorFor } from '../src/shared/text-selector';
import { seedBytes, seedNames } from './seed-files';
import { seededRandom } from './seeded-random';

export interface GeneratedSetFile {
  file: AnnotationSetFile;
  /** The file's bytes as serializeAnnotationSet writes them. */
  text: string;
  /** The seed articles as a fresh profile stores them. */
  articles: Article[];
}

export interface GenerateOptions {
  count: number;
  setName: string;
  annotatorName: string;
  /** Seed of the pseudo-random choices, so every run benchmarks the same file. */
  seed?: number;
}

interface Word {
  line: number;
  /** UTF-16 range of the text. */
  from: number;
  to: number;
}

const MAX_WORDS = 12;
const NOTE_SHARE = 0.15;
const NOTES = [
  'Check against the ministry bulletin.',
  'Figure differs from the wire report; ask the desk.',
  'Attribution is indirect ("sources say").',
  'Same claim repeated later in the piece.',
  'Disputed by the opposition spokesperson on the same day. Needs a second source before we rate it.',
  'Number rounded up?',
];
const FIRST_DAY = Date.UTC(2026, 0, 1);
const LAST_DAY = Date.UTC(2026, 10, 1);

/** The seed articles exactly as the app builds them on first run (source = file name). */
function seedArticles(now = new Date()): Article[] {
  return seedNames().map((name) => {
    const result = createArticle({ bytes: seedBytes(name), source: name, origin: 'bundled', now });
    if (!result.ok) throw new Error(result.message);
    return result.article;
  });
}

export function generateSetFile(options: GenerateOptions): GeneratedSetFile {
  const random = seededRandom(options.seed ?? 0x5e7f11e);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const uuid = () => pseudoUuid(random);
  const articles = seedArticles();
  const indexed = articles.map((article) => {
    return { article, root: CodePointIndex.of(article.text), words: wordsOf(article.text) };
  });
  const setId = uuid();
  const annotations: Annotation[] = [];
  for (let n = 0; n < options.count; n++) {
    const { article, root, words } = pick(indexed);
    const first = Math.floor(random() * words.length);
    const wanted = 1 + Math.floor(random() * MAX_WORDS);
    let last = first;
    while (last + 1 < words.length && last - first + 1 < wanted && words[last + 1]?.line === words[first]?.line) last++;
    const span = selectorFor(TextPositionAnchor.fromRange(root, { from: words[first]!.from, to: words[last]!.to }));
    const created = FIRST_DAY + Math.floor(random() * (LAST_DAY - FIRST_DAY));
    const modified = random() < 0.3 ? created + Math.floor(random() * 86_400_000) : created;
    annotations.push({
      id: uuid(),
      setId,
      document: article.id,
      label: pick<LabelId>(LABEL_IDS),
      ...span,
      note: random() < NOTE_SHARE ? pick(NOTES) : '',
      created: new Date(created).toISOString(),
      modified: new Date(modified).toISOString(),
    });
  }
  const file = buildAnnotationSetFile({
    set: { id: setId, name: options.setName, annotator: { id: uuid(), name: options.annotatorName } },
    documents: articles,
    annotations,
    exportedAt: new Date(),
  });
  return { file, text: serializeAnnotationSet(file), articles };
}

/** Every run of non-space characters, as a range of the text, with the line it is on. */
function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  let line = 0;
  let lineStart = 0;
  for (const content of text.split('\n')) {
    for (const match of content.matchAll(/\S+/gu)) {
      const from = lineStart + match.index;
      words.push({ line, from, to: from + match[0].length });
    }
    lineStart += content.length + 1;
    line++;
  }
  if (words.length === 0) throw new Error('A seed article has no words');
  return words;
}

/** A version-4-shaped UUID from the pseudo-random stream. */
function pseudoUuid(random: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
  hex[12] = '4';
  hex[16] = (Math.floor(random() * 4) + 8).toString(16);
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}
