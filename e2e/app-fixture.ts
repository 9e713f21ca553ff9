// The one way end-to-end tests start Veritag. Electron mode when an Electron binary is
// installed; otherwise browser mode: Debian's Chromium loads the built renderer from a
// fixed https origin (standing in for app://veritag), and `window.veritag` is bridged to
// the real main-process handlers running in this Node process. Fresh profile per test.
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test as base, chromium, _electron, type BrowserContext, type ElectronApplication, type Page } from '@playwright/test';
import { loadAppAsset } from '../src/main/app-assets';
import { createIpcHandlers, type OpenDialogResult, type SaveDialogResult } from '../src/main/ipc-handlers';
import { dispatchInvoke, isTrustedSenderUrl } from '../src/main/ipc-registration';
import { INVOKE_VERBS, type MenuCommand } from '../src/shared/ipc';
import { BRIDGE_TAG, INVOKE_BINDING, MENU_HOOK, encodeBytes, installBridge } from './browser-bridge';

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

export interface VeritagApp {
  readonly mode: 'electron' | 'browser';
  readonly page: Page;
  /** Files the native open dialog returns next ([] = the user cancels). */
  answerOpenDialog: (filePaths: string[]) => Promise<void>;
  /** The path the native save dialog returns next (null = the user cancels). */
  answerSaveDialog: (filePath: string | null) => Promise<void>;
  /** Puts text on the clipboard the app reads. */
  setClipboardText: (text: string) => Promise<void>;
  /** Sends an application-menu command, as clicking the menu item does. */
  menu: (command: MenuCommand) => Promise<void>;
  /** Quits and starts again on the same profile; returns the new page. */
  restart: () => Promise<Page>;
  /** Quits and starts as someone else: a new, empty profile (a colleague's computer). */
  switchToFreshProfile: () => Promise<Page>;
  /** Saves a screenshot under test-results/screenshots/ and returns its path. */
  screenshot: (name: string) => Promise<string>;
}

interface Session {
  page: Page;
  close: () => Promise<void>;
}

interface Fakes {
  dialog: OpenDialogResult;
  saveDialog: SaveDialogResult;
  clipboard: string;
}

async function launchBrowser(profileDir: string, fake: Fakes): Promise<Session> {
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
  await context.exposeBinding(INVOKE_BINDING, async (source, verb: string, args: unknown[]) => {
    // The same sender check as ipc-registration: only the app's own top frame.
    if (source.frame.parentFrame() !== null || !isTrustedSenderUrl(source.frame.url(), [TEST_ORIGIN])) {
      throw new Error(`Refused ${verb} from an untrusted sender`);
    }
    return encodeBytes(await dispatchInvoke(handlers, verb, args));
  });
  await context.addInitScript(installBridge, { verbs: INVOKE_VERBS, binding: INVOKE_BINDING, menuHook: MENU_HOOK, tag: BRIDGE_TAG });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${TEST_ORIGIN}/index.html`);
  return { page, close: () => context.close() };
}

async function launchElectron(binary: string, profileDir: string): Promise<Session & { app: ElectronApplication }> {
  const app = await _electron.launch({
    executablePath: binary,
    args: [ROOT],
    cwd: ROOT,
    env: { ...process.env, VERITAG_USER_DATA: profileDir },
  });
  const page = await app.firstWindow();
  await page.setViewportSize({ width: 1280, height: 860 });
  return { app, page, close: () => app.close() };
}

export const test = base.extend<{ app: VeritagApp }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern; it has none.
  app: async ({}, use, testInfo) => {
    const profiles = [await mkdtemp(join(tmpdir(), 'veritag-profile-'))];
    let profileDir = profiles[0]!;
    const binary = electronBinary();
    const fake: Fakes = { dialog: { canceled: true, filePaths: [] }, saveDialog: { canceled: true }, clipboard: '' };
    let session: Session & { app?: ElectronApplication };
    const start = async () => (binary ? launchElectron(binary, profileDir) : launchBrowser(profileDir, fake));
    session = await start();

    const handle: VeritagApp = {
      mode: binary ? 'electron' : 'browser',
      get page() {
        return session.page;
      },
      async answerOpenDialog(filePaths) {
        fake.dialog = { canceled: filePaths.length === 0, filePaths };
        if (session.app) {
          await session.app.evaluate(({ dialog }, answer) => {
            dialog.showOpenDialog = () => Promise.resolve(answer);
          }, fake.dialog);
        }
      },
      async answerSaveDialog(filePath) {
        fake.saveDialog = filePath === null ? { canceled: true } : { canceled: false, filePath };
        if (session.app) {
          await session.app.evaluate(({ dialog }, answer) => {
            dialog.showSaveDialog = (() => Promise.resolve(answer)) as typeof dialog.showSaveDialog;
          }, fake.saveDialog);
        }
      },
      async setClipboardText(text) {
        fake.clipboard = text;
        if (session.app) await session.app.evaluate(({ clipboard }, t) => clipboard.writeText(t), text);
      },
      async menu(command) {
        if (session.app) {
          // Clicks the real menu item (its id is the command), through the main process's relay.
          await session.app.evaluate(({ Menu }, cmd) => {
            const item = Menu.getApplicationMenu()?.getMenuItemById(cmd);
            if (!item) throw new Error(`No menu item with id ${cmd}`);
            // Electron types click as Function; it takes the (optional) event, window and web contents.
            (item.click as () => void)();
          }, command);
        } else {
          await session.page.evaluate(([hook, cmd]) => (window as unknown as Record<string, (c: string) => void>)[hook]?.(cmd), [MENU_HOOK, command] as const);
        }
      },
      async restart() {
        await session.close();
        session = await start();
        return session.page;
      },
      async switchToFreshProfile() {
        await session.close();
        profileDir = await mkdtemp(join(tmpdir(), 'veritag-profile-'));
        profiles.push(profileDir);
        session = await start();
        return session.page;
      },
      async screenshot(name) {
        await mkdir(SCREENSHOT_DIR, { recursive: true });
        const path = join(SCREENSHOT_DIR, `${name}.png`);
        await session.page.screenshot({ path });
        return path;
      },
    };

    await use(handle);

    const slug = testInfo.titlePath.slice(1).join(' ').replace(/[^a-z0-9]+/gi, '-').toLowerCase();
    await handle.screenshot(`${slug}${testInfo.status === testInfo.expectedStatus ? '' : '-FAILED'}`).catch(() => undefined);
    await session.close();
    for (const dir of profiles) await rm(dir, { recursive: true, force: true });
  },
});

export { expect } from '@playwright/test';
