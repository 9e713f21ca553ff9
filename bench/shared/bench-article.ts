// The benchmarks' long article, the same on every run: ~1 MB in 2,256 paragraphs made from the seed
// articles' words. The layer benchmark (through Vite) and the app benchmark (from the files) share it.
import { seededRandom } from '../../test-support/seeded-random';

const PARAGRAPHS = 2256;
const TEXT_SIZE = 1 << 20;

/** The paragraphs, joined by line breaks, of words drawn from `seedTexts` (in file-name order). */
export function benchArticleText(seedTexts: readonly string[]): string {
  const words = seedTexts.join(' ').split(/\s+/).filter(Boolean);
  if (words.length === 0) throw new Error('no seed articles found');
  const next = seededRandom(1);
  const average = TEXT_SIZE / PARAGRAPHS;
  const lines: string[] = [];
  for (let p = 0; p < PARAGRAPHS; p++) {
    const target = Math.round(average * (0.4 + 1.2 * next()));
    let line = '';
    while (line.length < target) line += (line ? ' ' : '') + words[Math.floor(next() * words.length)]!;
    lines.push(line);
  }
  return lines.join('\n');
}
