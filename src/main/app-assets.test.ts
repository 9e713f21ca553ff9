// The app:// asset resolver must serve only the built renderer, with the CSP attached.
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadAppAsset, resolveAppAssetPath } from './app-assets';
import { CONTENT_SECURITY_POLICY } from './content-security-policy';

const ORIGIN = 'app://veritag';
let root = '';

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'veritag-assets-'));
  await mkdir(join(root, 'assets'));
  await writeFile(join(root, 'index.html'), '<!doctype html>');
  await writeFile(join(root, 'assets', 'app.js'), 'export {}');
  await writeFile(join(root, '..', 'secret.txt'), 'outside');
});

describe('resolveAppAssetPath', () => {
  it('maps the origin root and paths under it', () => {
    expect(resolveAppAssetPath(root, ORIGIN, `${ORIGIN}/`)).toBe(join(root, 'index.html'));
    expect(resolveAppAssetPath(root, ORIGIN, `${ORIGIN}/assets/app.js?v=1`)).toBe(join(root, 'assets', 'app.js'));
  });

  it('refuses other origins and paths that climb out of the folder', () => {
    expect(resolveAppAssetPath(root, ORIGIN, 'app://other/index.html')).toBeNull();
    expect(resolveAppAssetPath(root, ORIGIN, 'https://veritag/index.html')).toBeNull();
    // The URL parser already folds dot segments, so this one stays inside the folder.
    expect(resolveAppAssetPath(root, ORIGIN, `${ORIGIN}/%2e%2e/secret.txt`)).toBe(join(root, 'secret.txt'));
    expect(resolveAppAssetPath(root, ORIGIN, `${ORIGIN}/..%2fsecret.txt`)).toBeNull();
    expect(resolveAppAssetPath(root, ORIGIN, `${ORIGIN}/%E0%A4%A`)).toBeNull();
    expect(resolveAppAssetPath(root, ORIGIN, 'not a url')).toBeNull();
  });
});

describe('loadAppAsset', () => {
  it('serves files with their type and the strict CSP', async () => {
    const page = await loadAppAsset(root, ORIGIN, `${ORIGIN}/index.html`);
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    const script = await loadAppAsset(root, ORIGIN, `${ORIGIN}/assets/app.js`);
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
  });

  it('answers 404 for missing or outside files', async () => {
    expect((await loadAppAsset(root, ORIGIN, `${ORIGIN}/missing.js`)).status).toBe(404);
    expect((await loadAppAsset(root, ORIGIN, `${ORIGIN}/%2e%2e/secret.txt`)).status).toBe(404);
  });
});

describe('CONTENT_SECURITY_POLICY', () => {
  it('allows only the app itself: no eval, no inline script, no remote origins', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|unsafe-inline|https?:|\*/);
  });
});
