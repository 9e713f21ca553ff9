// Reads the bundled seeds the way the spec defines a document's text, for comparisons.
import { deriveTitle } from '../src/shared/article-metadata';
import { normalizeText } from '../src/shared/text-normalization';
import { seedNames, seedText } from '../test-support/seed-files';

export interface SeedText {
  file: string;
  text: string;
  title: string;
}

export function seedTexts(): SeedText[] {
  return seedNames().map((file) => {
    const text = normalizeText(seedText(file));
    return { file, text, title: deriveTitle(text) };
  });
}
