// Reads the bundled seeds the way the spec defines a document's text, for comparisons.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { deriveTitle } from '../src/shared/article-metadata';
import { normalizeText } from '../src/shared/text-normalization';
import { SEEDS_DIR } from './app-fixture';

export interface SeedText {
  file: string;
  text: string;
  title: string;
}

export function seedTexts(): SeedText[] {
  return readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const text = normalizeText(readFileSync(join(SEEDS_DIR, file), 'utf8'));
      return { file, text, title: deriveTitle(text) };
    });
}
