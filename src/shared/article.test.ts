import { describe, it, expect } from 'vitest';
import { seedBytes, sha256Hex } from '../../test-support/seed-files';
import {
  createArticle,
  createArticleFromText,
  isArticleFileName,
} from './article';
import { MAX_ARTICLE_BYTES } from './file-limits';

const NOW = new Date('2026-11-22T10:00:00.000Z');
const utf8 = (s: string): Uint8Array<ArrayBuffer> => new TextEncoder().encode(s);

describe('createArticle', () => {
  it('builds the seed 002 article as the spec describes it', () => {
    const source = '002_82834744a2d41e0d.txt';
    const bytes = seedBytes(source);
    const result = createArticle({ bytes, source, origin: 'bundled', now: NOW });
    if (!result.ok) throw new Error(result.message);
    const { article } = result;
    expect(article.id).toBe(
      'sha256:3512107f0fd028c1d4ec09591afb6ee00109e29c146ebf2b5e8fb312b529cdda',
    );
    expect(article.title).toBe(
      'ISIS still threatens Putin, but Moscow accuses the US, UK and Ukraine',
    );
    expect(article.length).toBe(6967);
    expect(article.source).toBe(source);
    expect(article.origin).toBe('bundled');
    expect(article.addedAt).toBe('2026-11-22T10:00:00.000Z');
    expect(article.publishedOn).toBeNull();
    expect(article.text).toBe(new TextDecoder().decode(bytes));
  });

  it('normalizes before hashing, so CRLF and BOM variants get the same id', () => {
    const make = (bytes: Uint8Array) =>
      createArticle({ bytes, source: 'a.txt', origin: 'added', now: NOW });
    const lf = make(utf8('Headline here\nBody text.\n'));
    const bom = [0xef, 0xbb, 0xbf];
    const crlf = make(new Uint8Array([...bom, ...utf8('Headline here\r\nBody text.\r\n')]));
    if (!lf.ok || !crlf.ok) throw new Error('expected both to load');
    expect(crlf.article.id).toBe(lf.article.id);
    expect(crlf.article.text).toBe('Headline here\nBody text.\n');
    const expected = sha256Hex(utf8('Headline here\nBody text.\n'));
    expect(lf.article.id).toBe(`sha256:${expected}`);
  });

  it('counts length in code points', () => {
    const result = createArticle({
      bytes: utf8('Emoji 👍🏽 test\n'),
      source: 'e.md',
      origin: 'added',
      now: NOW,
    });
    expect(result.ok && result.article.length).toBe(14);
  });

  it('prefixes refusals with the source name', () => {
    const run = (bytes: Uint8Array) =>
      createArticle({ bytes, source: 'notes.txt', origin: 'added', now: NOW });
    expect(run(new Uint8Array())).toEqual({ ok: false, message: 'notes.txt: The file is empty' });
    expect(run(new Uint8Array([0x41, 0xff]))).toEqual({
      ok: false,
      message: 'notes.txt: This file is not UTF-8 text (invalid byte sequence at byte 1)',
    });
    expect(run(new Uint8Array([0x41, 0x00, 0x42]))).toMatchObject({ ok: false });
  });

  it('refuses files above the size limit, giving the size in MB', () => {
    const bytes = new Uint8Array(MAX_ARTICLE_BYTES + 1).fill(0x61);
    expect(createArticle({ bytes, source: 'big.txt', origin: 'added', now: NOW })).toEqual({
      ok: false,
      message: 'big.txt: The file is too large (20.1 MB; the limit is 20 MB)',
    });
  });
});

describe('createArticleFromText', () => {
  it('normalizes pasted text', () => {
    const result = createArticleFromText({
      text: '\uFEFFPasted headline\r\nBody.',
      source: 'Pasted text',
      origin: 'pasted',
      now: NOW,
    });
    if (!result.ok) throw new Error(result.message);
    expect(result.article.text).toBe('Pasted headline\nBody.');
    expect(result.article.title).toBe('Pasted headline');
    expect(result.article.origin).toBe('pasted');
  });

  it('refuses empty text', () => {
    expect(
      createArticleFromText({ text: ' \r\n ', source: 'Pasted text', origin: 'pasted', now: NOW }),
    ).toEqual({ ok: false, message: 'Pasted text: The text is empty' });
  });
});

describe('isArticleFileName', () => {
  it('accepts .txt and .md in any case', () => {
    expect(isArticleFileName('article.txt')).toBe(true);
    expect(isArticleFileName('NOTES.MD')).toBe(true);
    expect(isArticleFileName('a.b.Txt')).toBe(true);
  });

  it('rejects everything else', () => {
    expect(isArticleFileName('article.pdf')).toBe(false);
    expect(isArticleFileName('article.txt.zip')).toBe(false);
    expect(isArticleFileName('txt')).toBe(false);
    expect(isArticleFileName('.txt')).toBe(false);
  });
});
