// The main window's construction options, kept apart from Electron itself so a unit
// test can pin down every security-relevant webPreference.
import type { BrowserWindowConstructorOptions } from 'electron';

export interface MainWindowContext {
  /** `app.isPackaged`: an installed app has no DevTools. */
  packaged: boolean;
  iconPath?: string;
}

export function mainWindowOptions(preloadPath: string, { packaged, iconPath }: MainWindowContext): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 860,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Veritag',
    backgroundColor: '#f7f5f0',
    ...(iconPath ? { icon: iconPath } : {}),
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: !packaged,
    },
  };
}
