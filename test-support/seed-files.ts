// Shared plumbing for tests (vitest and Playwright) that read the bundled seed files in
// seeds/, so each test states only its own checks.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Absolute path of the repository's seeds/ folder. */
export const SEEDS_DIR = resolve(__dirname, '../seeds');

/** The seed file names (`*.txt`), sorted. */
export function seedNames(): string[] {
  return readdirSync(SEEDS_DIR)
    .filter((name) => name.endsWith('.txt'))
    .sort();
}

/** The raw bytes of one seed file. */
export function seedBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(SEEDS_DIR, name)));
}

/** One seed file decoded as UTF-8, as is: no BOM stripping, no line-ending normalisation. */
export function seedText(name: string): string {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(seedBytes(name));
}

/** SHA-256 of the bytes as lowercase hex, via node:crypto (OpenSSL, independent of noble). */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
