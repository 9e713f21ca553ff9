import { describe, expect, it } from 'vitest';
import { mainWindowOptions } from './window-options';

describe('mainWindowOptions', () => {
  const prefs = mainWindowOptions('/app/preload/index.cjs', { packaged: true }).webPreferences ?? {};

  it('isolates and sandboxes the renderer', () => {
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.webviewTag).toBe(false);
  });

  it('does not navigate when a file is dropped on the window', () => {
    expect(prefs.navigateOnDragDrop).toBe(false);
  });

  it('disables DevTools in a packaged app, and only there', () => {
    expect(prefs.devTools).toBe(false);
    expect(mainWindowOptions('/app/preload/index.cjs', { packaged: false }).webPreferences?.devTools).toBe(true);
  });

  it('enables no experimental or Blink features', () => {
    expect(prefs.experimentalFeatures).toBe(false);
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
  });

  it('uses the given preload script', () => {
    expect(prefs.preload).toBe('/app/preload/index.cjs');
  });
});
