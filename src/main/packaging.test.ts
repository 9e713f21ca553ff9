// Guards electron-builder.yml: a packaged app must ship the seed articles where index.ts looks, a valid icon,
// and Electron's fuses flipped to what docs/security.md says.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url);
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

interface FileSet {
  from?: string;
  to?: string;
  filter?: string | string[];
}

interface BuilderConfig {
  appId?: string;
  icon?: string;
  directories?: { buildResources?: string; output?: string };
  extraResources?: Array<string | FileSet> | string | FileSet;
  linux?: { target?: unknown; icon?: string; category?: string };
  asar?: unknown;
  electronFuses?: Record<string, unknown> | null;
}

function readConfig(): BuilderConfig {
  const parsed: unknown = load(readFileSync(new URL('electron-builder.yml', ROOT), 'utf8'));
  if (typeof parsed !== 'object' || parsed === null) throw new Error('electron-builder.yml is not a mapping');
  return parsed;
}

function asArray<T>(value: T | T[] | undefined): T[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** Target names from any of electron-builder's forms: "deb", ["deb"], [{ target: "deb", arch: [...] }]. */
function targetNames(target: unknown): string[] {
  return asArray(target).map((entry) =>
    typeof entry === 'string' ? entry : String((entry as { target?: unknown }).target),
  );
}

/** Width and height from a PNG's IHDR chunk, which must come first after the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  expect(bytes.toString('latin1', 12, 16)).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('electron-builder.yml', () => {
  const config = readConfig();

  it('identifies the app', () => {
    expect(config.appId).toBe('app.veritag.workbench');
  });

  it('takes build resources from build/', () => {
    expect(config.directories?.buildResources).toBe('build');
  });

  it('ships the seed articles as extra resources under seeds/', () => {
    const sets = asArray(config.extraResources).map((entry): FileSet =>
      typeof entry === 'string' ? { from: entry, to: entry } : entry,
    );
    const seeds = sets.find((set) => set.from === 'seeds');
    expect(seeds).toBeDefined();
    expect(seeds?.to).toBe('seeds');
    expect(asArray(seeds?.filter)).toContain('*.txt');
    // The filter must actually match the articles in the repository.
    const seedFiles = readdirSync(new URL('seeds/', ROOT)).filter((name) => name.endsWith('.txt'));
    expect(seedFiles.length).toBeGreaterThan(0);
  });

  it('builds an AppImage and a deb on Linux', () => {
    const targets = targetNames(config.linux?.target);
    expect(targets).toContain('AppImage');
    expect(targets).toContain('deb');
  });

  it('packs the app into an asar archive', () => {
    expect(config.asar).toBe(true);
  });

  it("flips Electron's fuses: no Node mode, NODE_OPTIONS or --inspect; encrypted cookies; the app only from a validated asar", () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it("names only fuses electron-builder knows, so none is silently ignored", () => {
    const scheme = JSON.parse(readFileSync(new URL('node_modules/app-builder-lib/scheme.json', ROOT), 'utf8')) as {
      definitions: { FuseOptionsV1: { properties: Record<string, unknown> } };
    };
    const known = Object.keys(scheme.definitions.FuseOptionsV1.properties);
    expect(known.length).toBeGreaterThan(0);
    for (const fuse of Object.keys(config.electronFuses ?? {})) expect(known).toContain(fuse);
  });

  it('points at an icon that exists', () => {
    for (const icon of [config.icon, config.linux?.icon]) {
      if (icon !== undefined) expect(existsSync(fileURLToPath(new URL(icon, ROOT)))).toBe(true);
    }
  });
});

describe('build/icon.png', () => {
  const iconPath = fileURLToPath(new URL('build/icon.png', ROOT));

  it('exists', () => {
    expect(existsSync(iconPath)).toBe(true);
  });

  it('is a 512×512 PNG', () => {
    expect(pngSize(readFileSync(iconPath))).toEqual({ width: 512, height: 512 });
  });
});
