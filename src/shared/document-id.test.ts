import { describe, it, expect } from 'vitest';
import { seedBytes, seedNames, seedText, sha256Hex } from '../../test-support/seed-files';
import { documentId, isDocumentId } from './document-id';
import { decodeArticleBytes } from './text-normalization';

describe('documentId', () => {
  it('matches known SHA-256 vectors', () => {
    expect(documentId('')).toBe(
      'sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
    expect(documentId('abc')).toBe(
      'sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });

  it('hashes the UTF-8 bytes of the text', () => {
    const text = 'café 😀 中';
    const expected = sha256Hex(new TextEncoder().encode(text));
    expect(documentId(text)).toBe(`sha256:${expected}`);
  });

  it("equals node:crypto's SHA-256 on every seed", () => {
    for (const name of seedNames()) {
      const decoded = decodeArticleBytes(seedBytes(name));
      if (!decoded.ok) throw new Error(decoded.message);
      const expected = sha256Hex(new TextEncoder().encode(decoded.text));
      expect(documentId(decoded.text)).toBe(`sha256:${expected}`);
      expect(isDocumentId(documentId(decoded.text))).toBe(true);
    }
  });

  it('gives the id quoted in the annotation-set spec for seed 002', () => {
    const text = seedText('002_82834744a2d41e0d.txt');
    expect(documentId(text)).toBe(
      'sha256:3512107f0fd028c1d4ec09591afb6ee00109e29c146ebf2b5e8fb312b529cdda',
    );
  });

  it('recognizes id-shaped strings only', () => {
    expect(isDocumentId(`sha256:${'a'.repeat(64)}`)).toBe(true);
    expect(isDocumentId(`sha256:${'A'.repeat(64)}`)).toBe(false);
    expect(isDocumentId('sha256:abc')).toBe(false);
  });
});
