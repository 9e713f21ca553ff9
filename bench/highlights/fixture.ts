/// <reference types="vite/client" />
// The benchmark's input, the same on every run: a ~1 MB article of 2,256 paragraphs made from the
// seed articles' words, and labelled spans over it in reader positions (some overlapping, some across lines).
import { LABEL_IDS } from '../../src/shared/labels';
import { seededRandom } from '../../test-support/seeded-random';
import { benchArticleText } from '../shared/bench-article';
import type { HighlightSpan } from '../../src/renderer/src/reader/highlight-span';

const seeds = import.meta.glob<string>('../../seeds/*.txt', { query: '?raw', import: 'default', eager: true });

export function benchText(): string {
  return benchArticleText(Object.keys(seeds).sort().map((path) => seeds[path]!));
}

/**
 * `count` spans over the paragraphs starting at `starts` (their positions): 10–240 characters
 * each, 3% running into the next paragraph, 10% muted, 1% flagged.
 */
export function benchSpans(lengths: readonly number[], starts: readonly number[], count: number, seed = 7): HighlightSpan[] {
  const next = seededRandom(seed);
  const spans: HighlightSpan[] = [];
  for (let i = 0; i < count; i++) {
    const p = Math.floor(next() * lengths.length);
    const length = lengths[p] ?? 0;
    const start = starts[p] ?? 0;
    if (length < 2) {
      i--;
      continue;
    }
    const fromOffset = Math.floor(next() * (length - 1));
    const span = 10 + Math.floor(next() * 230);
    const crosses = next() < 0.03 && p + 1 < lengths.length;
    const to = crosses ? (starts[p + 1] ?? 0) + 1 + Math.min(lengths[p + 1] ?? 0, 20) : start + 1 + Math.min(length, fromOffset + span);
    spans.push({
      key: `s${seed}-${i}`,
      label: LABEL_IDS[Math.floor(next() * LABEL_IDS.length)] ?? 'claim',
      from: start + 1 + fromOffset,
      to,
      muted: next() < 0.1,
      flagged: next() < 0.01,
    });
  }
  return spans;
}
