// Electron entry point: one instance, one hardened window serving the renderer from
// app://veritag, the application menu, and the IPC handlers behind `window.veritag`.
import { join } from 'node:path';
import { BrowserWindow, Menu, app, clipboard, dialog, ipcMain, protocol, session } from 'electron';
import { APP_ENTRY_URL, APP_ORIGIN, APP_SCHEME } from './app-origin';
import { loadAppAsset } from './app-assets';
import { NO_UNDO, appMenuTemplate } from './app-menu';
import { createIpcHandlers } from './ipc-handlers';
import { isTrustedSenderUrl, registerIpcHandlers } from './ipc-registration';
import { MenuCommandRelay } from './menu-command-relay';
import { guardSession, guardWebContents } from './web-contents-guard';
import { mainWindowOptions } from './window-options';
import type { MenuCommand, UndoMenuLabels } from '../shared/ipc';

const devServerUrl = !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined;
const trustedOrigins = [APP_ORIGIN, ...(devServerUrl ? [new URL(devServerUrl).origin] : [])];
const isAppUrl = (url: string): boolean => isTrustedSenderUrl(url, trustedOrigins);

// Tests and power users may point the app at another profile folder.
const userDataOverride = process.env['VERITAG_USER_DATA'];
if (userDataOverride) app.setPath('userData', userDataOverride);

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true } },
]);

let mainWindow: BrowserWindow | null = null;
const menuCommands = new MenuCommandRelay();

function createMainWindow(): BrowserWindow {
  const iconPath = app.isPackaged ? undefined : join(app.getAppPath(), 'build', 'icon.png');
  const window = new BrowserWindow(mainWindowOptions(join(__dirname, '../preload/index.cjs'), { packaged: app.isPackaged, iconPath }));
  guardWebContents(window.webContents, isAppUrl);
  menuCommands.follow(window.webContents);
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    mainWindow = null;
  });
  void window.loadURL(devServerUrl ?? APP_ENTRY_URL);
  return window;
}

function sendMenuCommand(command: MenuCommand): void {
  menuCommands.send(command);
}

let undoLabels: UndoMenuLabels = NO_UNDO;

function buildMenu(): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(appMenuTemplate(sendMenuCommand, process.platform === 'darwin', undoLabels, !app.isPackaged)));
}

/** Renames Undo and Redo: the menu is built again, as menus cannot relabel an item in place on every platform. */
function showUndoLabels(labels: UndoMenuLabels): void {
  if (labels.undo === undoLabels.undo && labels.redo === undoLabels.redo) return;
  undoLabels = labels;
  buildMenu();
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, isAppUrl));

  void app.whenReady().then(() => {
    const rendererDir = join(__dirname, '../renderer');
    protocol.handle(APP_SCHEME, async (request) => {
      const asset = await loadAppAsset(rendererDir, APP_ORIGIN, request.url);
      return new Response(new Uint8Array(asset.body), { status: asset.status, headers: asset.headers });
    });
    guardSession(session.defaultSession);

    const seedsDir = app.isPackaged ? join(process.resourcesPath, 'seeds') : join(app.getAppPath(), 'seeds');
    registerIpcHandlers(
      ipcMain,
      createIpcHandlers({
        seedsDir,
        showOpenDialog: (options) =>
          mainWindow ? dialog.showOpenDialog(mainWindow, options) : dialog.showOpenDialog(options),
        showSaveDialog: (options) =>
          mainWindow ? dialog.showSaveDialog(mainWindow, options) : dialog.showSaveDialog(options),
        readClipboardText: () => clipboard.readText(),
        documentsDir: app.getPath('documents'),
        showUndoLabels,
        backupDir: join(app.getPath('userData'), 'Backups'),
      }),
      trustedOrigins,
    );

    buildMenu();
    mainWindow = createMainWindow();

    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) mainWindow = createMainWindow();
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
