// The one way end-to-end tests start Veritag. Electron mode when an Electron binary is
// installed; otherwise browser mode: Debian's Chromium loads the built renderer from a
// fixed https origin (standing in for app://veritag), and `window.veritag` is bridged to
// the real main-process handlers running in this Node process. Fresh profile per test.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test as base, chromium, _electron, type BrowserContext, type CDPSession, type ElectronApplication, type Page } from '@playwright/test';
import { loadAppAsset } from '../src/main/app-assets';
import { createIpcHandlers, type OpenDialogResult, type SaveDialogResult } from '../src/main/ipc-handlers';
import { dispatchInvoke, isTrustedSenderUrl } from '../src/main/ipc-registration';
import { INVOKE_VERBS, type MenuCommand } from '../src/shared/ipc';
import { killChromium } from './browser-process';
import { BRIDGE_OPTIONS, answerInvoke, installBridge } from './browser-bridge';
import { mountSmallDisk, type SmallDisk } from './small-disk';

export const ROOT = resolve(__dirname, '..');
const SEEDS_DIR = join(ROOT, 'seeds');
const RENDERER_DIR = join(ROOT, 'out', 'renderer');
const TEST_ORIGIN = 'https://app.veritag.test';
const CHROMIUM = process.env['VERITAG_CHROMIUM'] ?? '/usr/bin/chromium';
const SCREENSHOT_DIR = join(ROOT, 'test-results', 'screenshots');

/** The Electron executable, when one is installed (the npm wrapper alone is not enough). */
function electronBinary(): string | null {
  if (process.env['VERITAG_E2E_MODE'] === 'browser') return null;
  const pkg = join(ROOT, 'node_modules', 'electron');
  const pathFile = join(pkg, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(process.env['ELECTRON_OVERRIDE_DIST_PATH'] ?? join(pkg, 'dist'), readFileSync(pathFile, 'utf8'));
  return existsSync(binary) ? binary : null;
}

export interface StartOptions {
  /**
   * The app origin's storage quota in bytes, set before the page opens its database (DevTools
   * protocol, `Storage.overrideQuotaForOrigin`; browser mode only), until the app quits: a write
   * that would go over it fails with a real QuotaExceededError. (Not relative to the usage: opening
   * the database rewrites its log into smaller tables, so the usage at start is not the usage after.)
   */
  storageQuota?: number;
}

export interface VeritagApp {
  readonly mode: 'electron' | 'browser';
  readonly page: Page;
  /** The profile in use (Chromium's user-data folder, or Electron's userData). */
  readonly profileDir: string;
  /** The app origin's IndexedDB folder (LevelDB files) in the profile, for damaging it between runs. */
  readonly indexedDbDir: string;
  /** Kills the browser (or Electron) with SIGKILL, as a crash would; the app is down until start(). */
  crash: () => Promise<void>;
  /** Quits the app; it is down until start(). */
  quit: () => Promise<void>;
  /** Starts the app (down after crash() or quit()) on the same profile; returns the new page. */
  start: (options?: StartOptions) => Promise<Page>;
  /** Files the native open dialog returns next ([] = the user cancels). */
  answerOpenDialog: (filePaths: string[]) => Promise<void>;
  /** The path the native save dialog returns next (null = the user cancels). */
  answerSaveDialog: (filePath: string | null) => Promise<void>;
  /** Puts text on the clipboard the app reads. */
  setClipboardText: (text: string) => Promise<void>;
  /** Sends an application-menu command, as clicking the menu item does. */
  menu: (command: MenuCommand) => Promise<void>;
  /** Quits and starts again on the same profile; returns the new page. */
  restart: (options?: StartOptions) => Promise<Page>;
  /** Quits and starts as someone else: a new, empty profile (a colleague's computer). */
  switchToFreshProfile: () => Promise<Page>;
  /** Saves a screenshot under test-results/screenshots/ and returns its path. */
  screenshot: (name: string) => Promise<string>;
}

interface Session {
  page: Page;
  close: () => Promise<void>;
  /** Kills the app's processes with SIGKILL; resolves once they are gone and the session is closed. */
  crash: () => Promise<void>;
}

/**
 * The IndexedDB folder of the app origin in a profile, `<scheme>_<host>_<port>.indexeddb.leveldb` by
 * Chromium's naming. Electron keeps its default partition at the top of userData; its folder is
 * looked up (app://veritag should give app_veritag_0, but Electron does not run on this machine).
 */
function indexedDbDirOf(mode: 'electron' | 'browser', profileDir: string): string {
  if (mode === 'browser') return join(profileDir, 'Default', 'IndexedDB', 'https_app.veritag.test_0.indexeddb.leveldb');
  const root = join(profileDir, 'IndexedDB');
  const found = existsSync(root) ? readdirSync(root).find((name) => name.endsWith('.indexeddb.leveldb')) : undefined;
  return join(root, found ?? 'app_veritag_0.indexeddb.leveldb');
}

interface Fakes {
  dialog: OpenDialogResult;
  saveDialog: SaveDialogResult;
  clipboard: string;
}

/** Sets the origin's quota (0 would mean no limit); the override lasts as long as `cdp`. */
async function limitQuota(cdp: CDPSession, bytes: number): Promise<void> {
  if (bytes < 1) throw new Error('A quota of less than one byte means no limit to Chromium');
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: TEST_ORIGIN, quotaSize: bytes });
  const { overrideActive } = await cdp.send('Storage.getUsageAndQuota', { origin: TEST_ORIGIN });
  if (!overrideActive) throw new Error('Chromium did not take the quota override');
}

async function launchBrowser(profileDir: string, fake: Fakes, options: StartOptions): Promise<Session> {
  const context: BrowserContext = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 860 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  await context.route(`${TEST_ORIGIN}/**`, async (route) => {
    const asset = await loadAppAsset(RENDERER_DIR, TEST_ORIGIN, route.request().url());
    await route.fulfill({ status: asset.status, headers: asset.headers, body: asset.body });
  });
  // Anything else (remote origins) is refused, as the app's CSP would.
  await context.route((url) => !url.href.startsWith(TEST_ORIGIN), (route) => route.abort('blockedbyclient'));
  const handlers = createIpcHandlers({
    seedsDir: SEEDS_DIR,
    showOpenDialog: () => Promise.resolve(fake.dialog),
    showSaveDialog: () => Promise.resolve(fake.saveDialog),
    readClipboardText: () => fake.clipboard,
    documentsDir: tmpdir(),
    backupDir: join(profileDir, 'Backups'),
  });
  await context.exposeBinding(BRIDGE_OPTIONS.binding, async (source, verb: string, args: unknown[]) => {
    // The same sender check as ipc-registration: only the app's own top frame.
    if (source.frame.parentFrame() !== null || !isTrustedSenderUrl(source.frame.url(), [TEST_ORIGIN])) {
      throw new Error(`Refused ${verb} from an untrusted sender`);
    }
    return answerInvoke(() => dispatchInvoke(handlers, verb, args));
  });
  await context.addInitScript(installBridge, { verbs: INVOKE_VERBS, ...BRIDGE_OPTIONS });
  const page = context.pages()[0] ?? (await context.newPage());
  // Before the page opens its database: IndexedDB caches the space it may use for up to 30 s.
  if (options.storageQuota !== undefined) await limitQuota(await context.newCDPSession(page), options.storageQuota);
  await page.goto(`${TEST_ORIGIN}/index.html`);
  const closed = new Promise<void>((resolve) => context.once('close', () => resolve()));
  return {
    page,
    close: () => context.close(),
    crash: async () => {
      await killChromium(profileDir);
      // Playwright sees its browser's pipe close and closes the context itself.
      await closed;
    },
  };
}

async function launchElectron(binary: string, profileDir: string, options: StartOptions): Promise<Session & { app: ElectronApplication }> {
  if (options.storageQuota !== undefined) throw new Error('A quota limit needs browser mode (Electron opens its window before it could be set)');
  const app = await _electron.launch({
    executablePath: binary,
    args: [ROOT],
    cwd: ROOT,
    env: { ...process.env, VERITAG_USER_DATA: profileDir },
  });
  const page = await app.firstWindow();
  await page.setViewportSize({ width: 1280, height: 860 });
  const closed = new Promise<void>((resolve) => app.once('close', () => resolve()));
  return {
    app,
    page,
    close: () => app.close(),
    crash: async () => {
      app.process().kill('SIGKILL');
      await closed;
    },
  };
}

interface FixtureOptions {
  /** Bytes of a tmpfs to put the first profile on (a real small disk; needs root), or null for the temp folder. */
  smallDisk: number | null;
}

export const test = base.extend<FixtureOptions & { app: VeritagApp }>({
  smallDisk: [null, { option: true }],
  app: async ({ smallDisk }, use, testInfo) => {
    let disk: SmallDisk | null = null;
    if (smallDisk !== null) {
      disk = await mountSmallDisk(smallDisk);
      await mkdir(join(disk.dir, 'profile'));
    }
    const profiles = disk ? [] : [await mkdtemp(join(tmpdir(), 'veritag-profile-'))];
    let profileDir = disk ? join(disk.dir, 'profile') : profiles[0]!;
    const binary = electronBinary();
    const mode = binary ? 'electron' : 'browser';
    const fake: Fakes = { dialog: { canceled: true, filePaths: [] }, saveDialog: { canceled: true }, clipboard: '' };
    const launch = (options: StartOptions = {}) => (binary ? launchElectron(binary, profileDir, options) : launchBrowser(profileDir, fake, options));
    let session: (Session & { app?: ElectronApplication }) | null = await launch();
    // Read through functions: TypeScript cannot see the closures below set it back to null.
    const isUp = (): boolean => session !== null;
    const running = () => {
      if (!session) throw new Error('Veritag is not running (start it again first)');
      return session;
    };
    const stop = async (how: 'close' | 'crash') => {
      const current = running();
      session = null;
      await current[how]();
    };
    const start = async (options?: StartOptions) => {
      if (isUp()) throw new Error('Veritag is already running');
      session = await launch(options);
      return session.page;
    };

    const handle: VeritagApp = {
      mode,
      get page() {
        return running().page;
      },
      get profileDir() {
        return profileDir;
      },
      get indexedDbDir() {
        return indexedDbDirOf(mode, profileDir);
      },
      crash: () => stop('crash'),
      quit: () => stop('close'),
      start,
      async answerOpenDialog(filePaths) {
        fake.dialog = { canceled: filePaths.length === 0, filePaths };
        if (session?.app) {
          await session.app.evaluate(({ dialog }, answer) => {
            dialog.showOpenDialog = () => Promise.resolve(answer);
          }, fake.dialog);
        }
      },
      async answerSaveDialog(filePath) {
        fake.saveDialog = filePath === null ? { canceled: true } : { canceled: false, filePath };
        if (session?.app) {
          await session.app.evaluate(({ dialog }, answer) => {
            dialog.showSaveDialog = (() => Promise.resolve(answer)) as typeof dialog.showSaveDialog;
          }, fake.saveDialog);
        }
      },
      async setClipboardText(text) {
        fake.clipboard = text;
        if (session?.app) await session.app.evaluate(({ clipboard }, t) => clipboard.writeText(t), text);
      },
      async menu(command) {
        const { app, page } = running();
        if (app) {
          // Clicks the real menu item (its id is the command), through the main process's relay.
          await app.evaluate(({ Menu }, cmd) => {
            const item = Menu.getApplicationMenu()?.getMenuItemById(cmd);
            if (!item) throw new Error(`No menu item with id ${cmd}`);
            // Electron types click as Function; it takes the (optional) event, window and web contents.
            (item.click as () => void)();
          }, command);
        } else {
          await page.evaluate(([hook, cmd]) => (window as unknown as Record<string, (c: string) => void>)[hook]?.(cmd), [BRIDGE_OPTIONS.menuHook, command] as const);
        }
      },
      async restart(options) {
        await stop('close');
        return start(options);
      },
      async switchToFreshProfile() {
        await stop('close');
        profileDir = await mkdtemp(join(tmpdir(), 'veritag-profile-'));
        profiles.push(profileDir);
        return start();
      },
      async screenshot(name) {
        await mkdir(SCREENSHOT_DIR, { recursive: true });
        const path = join(SCREENSHOT_DIR, `${name}.png`);
        await running().page.screenshot({ path });
        return path;
      },
    };

    await use(handle);

    const slug = testInfo.titlePath.slice(1).join(' ').replace(/[^a-z0-9]+/gi, '-').toLowerCase();
    if (isUp()) {
      await handle.screenshot(`${slug}${testInfo.status === testInfo.expectedStatus ? '' : '-FAILED'}`).catch(() => undefined);
      await stop('close');
    }
    for (const dir of profiles) await rm(dir, { recursive: true, force: true });
    await disk?.remove();
  },
});

export { expect } from '@playwright/test';
