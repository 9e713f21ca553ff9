import { describe, it, expect } from 'vitest';
import { documentId, isDocumentId } from './document-id';
import { decodeArticleBytes } from './text-normalization';

// tsconfig.web.json type-checks tests without Node's types, so node:fs is reached untyped here.
interface SeedFs {
  readFileSync(path: URL): Uint8Array;
  readdirSync(path: URL): string[];
}
const seedFs = (
  globalThis as unknown as { process: { getBuiltinModule(id: 'node:fs'): SeedFs } }
).process.getBuiltinModule('node:fs');
const SEEDS = new URL('../../seeds/', import.meta.url);
const seedNames = (): string[] => seedFs.readdirSync(SEEDS).filter((n) => n.endsWith('.txt'));
const seedBytes = (name: string): Uint8Array => seedFs.readFileSync(new URL(name, SEEDS));

/** SHA-256 hex via WebCrypto (Node's OpenSSL-backed implementation, independent of noble). */
async function webCryptoSha256(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}


describe('documentId', () => {
  it('matches known SHA-256 vectors', () => {
    expect(documentId('')).toBe(
      'sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
    expect(documentId('abc')).toBe(
      'sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });

  it('hashes the UTF-8 bytes of the text', async () => {
    const text = 'café 😀 中';
    const expected = await webCryptoSha256(new TextEncoder().encode(text));
    expect(documentId(text)).toBe(`sha256:${expected}`);
  });

  it("equals Node's WebCrypto SHA-256 on every seed", async () => {
    for (const name of seedNames()) {
      const decoded = decodeArticleBytes(seedBytes(name));
      if (!decoded.ok) throw new Error(decoded.message);
      const expected = await webCryptoSha256(new TextEncoder().encode(decoded.text));
      expect(documentId(decoded.text)).toBe(`sha256:${expected}`);
      expect(isDocumentId(documentId(decoded.text))).toBe(true);
    }
  });

  it('gives the id quoted in the annotation-set spec for seed 002', () => {
    const text = new TextDecoder().decode(seedBytes('002_82834744a2d41e0d.txt'));
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
