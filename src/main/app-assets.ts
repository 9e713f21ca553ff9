// Resolves a request on the app's origin to a file of the built renderer, refusing
// anything outside it. Shared by Electron's protocol handler and the browser-mode tests.
import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from './content-security-policy';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

export interface AppAssetResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/** Maps a URL on `origin` to a path under `rootDir`, or null when it points elsewhere. */
export function resolveAppAssetPath(rootDir: string, origin: string, url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.origin !== origin && `${parsed.protocol}//${parsed.host}` !== origin) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (pathname === '/' || pathname === '') pathname = '/index.html';
  const root = resolve(rootDir);
  const filePath = resolve(root, `.${pathname}`);
  if (filePath !== root && !filePath.startsWith(root + sep)) return null;
  return filePath;
}

/** Reads the asset for `url`, with its content type and the CSP; 404 when absent or outside. */
export async function loadAppAsset(rootDir: string, origin: string, url: string): Promise<AppAssetResponse> {
  const filePath = resolveAppAssetPath(rootDir, origin, url);
  const notFound: AppAssetResponse = {
    status: 404,
    headers: { 'content-type': 'text/plain; charset=utf-8' },
    body: Buffer.from('Not found'),
  };
  if (filePath === null) return notFound;
  try {
    const body = await readFile(filePath);
    return {
      status: 200,
      headers: {
        'content-type': CONTENT_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream',
        'content-security-policy': CONTENT_SECURITY_POLICY,
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-cache',
      },
      body,
    };
  } catch {
    return notFound;
  }
}
