// How large a file the app accepts, in one place for the main process, the renderer and the
// command line, with the wording of the refusal.
import { utf8ByteLength } from './code-points';

const MEGABYTE = 1024 * 1024;

/** Articles: plain text, far larger than any news article. */
export const MAX_ARTICLE_BYTES = 20 * MEGABYTE;

/** Annotation-set files (native or W3C). */
export const MAX_SET_FILE_BYTES = 200 * MEGABYTE;

/**
 * "The file is too large (25.1 MB; the limit is 20 MB)". The size is rounded up to one decimal,
 * so an oversize file never reads as equal to the limit.
 */
export function tooLargeReason(noun: 'file' | 'text', bytes: number, limit: number): string {
  const mb = (Math.ceil((bytes / MEGABYTE) * 10) / 10).toFixed(1);
  return `The ${noun} is too large (${mb} MB; the limit is ${Math.round(limit / MEGABYTE)} MB)`;
}

/** True when `text` takes at most `limit` bytes in UTF-8: a file's size limit is in bytes, not UTF-16 units. */
export function fitsInBytes(text: string, limit: number): boolean {
  // Each UTF-16 unit is at least one byte, so a longer string cannot fit, and is not measured.
  return text.length <= limit && utf8ByteLength(text) <= limit;
}
