// An Article is a library entry: the normalized text plus what the app derives from it (id,
// title, length, date); this module is the one way to build one from a file or pasted text.
import { derivePublishedOn, deriveTitle } from './article-metadata';
import { codePointLength } from './code-points';
import { documentId } from './document-id';
import { decodeArticleBytes, isBlank, normalizeText } from './text-normalization';

export type ArticleOrigin = 'bundled' | 'added' | 'pasted';

export interface Article {
  id: string;
  title: string;
  source: string;
  text: string;
  /** In Unicode code points. */
  length: number;
  /** `YYYY-MM-DD` when the text states a date near its start. */
  publishedOn: string | null;
  /** ISO 8601 timestamp (UTC). */
  addedAt: string;
  origin: ArticleOrigin;
}

export type ArticleResult = { ok: true; article: Article } | { ok: false; message: string };

const MEGABYTE = 1024 * 1024;

export const MAX_ARTICLE_BYTES = 20 * 1024 * 1024;

export function createArticle(input: {
  bytes: Uint8Array;
  source: string;
  origin: ArticleOrigin;
  now: Date;
}): ArticleResult {
  if (input.bytes.length > MAX_ARTICLE_BYTES) {
    return refuse(input.source, tooLargeMessage('file', input.bytes.length));
  }
  const decoded = decodeArticleBytes(input.bytes);
  if (!decoded.ok) return refuse(input.source, decoded.message);
  return { ok: true, article: buildArticle(decoded.text, input) };
}

export function createArticleFromText(input: {
  text: string;
  source: string;
  origin: ArticleOrigin;
  now: Date;
}): ArticleResult {
  const text = normalizeText(input.text);
  if (isBlank(text)) return refuse(input.source, 'The text is empty');
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_ARTICLE_BYTES) return refuse(input.source, tooLargeMessage('text', bytes));
  return { ok: true, article: buildArticle(text, input) };
}

/** True for a file name the library accepts as an article (`.txt` or `.md`, any case). */
export function isArticleFileName(name: string): boolean {
  return /.\.(?:txt|md)$/i.test(name);
}

function buildArticle(
  text: string,
  input: { source: string; origin: ArticleOrigin; now: Date },
): Article {
  return {
    id: documentId(text),
    title: deriveTitle(text),
    source: input.source,
    text,
    length: codePointLength(text),
    publishedOn: derivePublishedOn(text),
    addedAt: input.now.toISOString(),
    origin: input.origin,
  };
}

function refuse(source: string, reason: string): ArticleResult {
  return { ok: false, message: `${source}: ${reason}` };
}

/** The size in MB, rounded up to one decimal so that an oversize file never shows the limit. */
function tooLargeMessage(noun: 'file' | 'text', bytes: number): string {
  const mb = (Math.ceil((bytes / MEGABYTE) * 10) / 10).toFixed(1);
  return `The ${noun} is too large (${mb} MB; the limit is ${MAX_ARTICLE_BYTES / MEGABYTE} MB)`;
}
