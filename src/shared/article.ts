// An Article is a library entry: the normalized text plus what the app derives from it (id,
// title, length, date); this module is the one way to build one from a file or pasted text.
import { derivePublishedOn, deriveTitle } from './article-metadata';
import { codePointLength } from './code-points';
import { documentId } from './document-id';
import { decodeArticleBytes, isBlank, normalizeText } from './text-normalization';
import { MAX_ARTICLE_BYTES, tooLargeReason } from './file-limits';

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

export function createArticle(input: {
  bytes: Uint8Array;
  source: string;
  origin: ArticleOrigin;
  now: Date;
}): ArticleResult {
  if (input.bytes.length > MAX_ARTICLE_BYTES) {
    return refuse(input.source, tooLargeReason('file', input.bytes.length, MAX_ARTICLE_BYTES));
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
  if (bytes > MAX_ARTICLE_BYTES) return refuse(input.source, tooLargeReason('text', bytes, MAX_ARTICLE_BYTES));
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
