// The guards on every web contents and on the session, driven through the events and handlers
// Electron calls (stand-ins that record what the guard registered; Electron itself is not needed).
import { EventEmitter } from 'node:events';
import type { Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { APP_ENTRY_URL, APP_ORIGIN } from './app-origin';
import { isTrustedSenderUrl } from './ipc-registration';
import { guardSession, guardWebContents } from './web-contents-guard';

/** As index.ts composes it: the app's own origin only. */
const isAppUrl = (url: string): boolean => isTrustedSenderUrl(url, [APP_ORIGIN]);

/** A web contents that emits Electron's events and keeps the window-open handler it was given. */
class FakeContents extends EventEmitter {
  openHandler: ((details: { url: string }) => { action: string }) | null = null;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.openHandler = handler;
  }
  /** Emits `name` with a fresh event; true when a listener prevented its default. */
  prevented(name: string, ...args: unknown[]): boolean {
    const event = { defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) };
    this.emit(name, event, ...args);
    return event.defaultPrevented;
  }
}

function guarded(): FakeContents {
  const contents = new FakeContents();
  guardWebContents(contents as unknown as WebContents, isAppUrl);
  return contents;
}

describe('guardWebContents', () => {
  it('lets the app navigate within itself and nowhere else', () => {
    const contents = guarded();
    expect(contents.prevented('will-navigate', APP_ENTRY_URL)).toBe(false);
    for (const url of ['https://example.com/', 'file:///etc/passwd', 'app://veritag.evil/index.html', 'javascript:alert(1)']) {
      expect(contents.prevented('will-navigate', url)).toBe(true);
    }
  });

  it('refuses redirects away from the app', () => {
    const contents = guarded();
    expect(contents.prevented('will-redirect', APP_ENTRY_URL)).toBe(false);
    expect(contents.prevented('will-redirect', 'https://example.com/')).toBe(true);
  });

  it('refuses every new window, even one on the app', () => {
    const contents = guarded();
    expect(contents.openHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(contents.openHandler?.({ url: APP_ENTRY_URL })).toEqual({ action: 'deny' });
  });

  it('refuses to attach any webview', () => {
    const contents = guarded();
    expect(contents.prevented('will-attach-webview', {}, { src: APP_ENTRY_URL })).toBe(true);
  });
});

describe('guardSession', () => {
  it('denies every permission request, check and device', () => {
    const handlers: Record<string, (...args: unknown[]) => unknown> = {};
    const session = {
      setPermissionRequestHandler: (handler: (...args: unknown[]) => unknown) => (handlers['request'] = handler),
      setPermissionCheckHandler: (handler: (...args: unknown[]) => unknown) => (handlers['check'] = handler),
      setDevicePermissionHandler: (handler: (...args: unknown[]) => unknown) => (handlers['device'] = handler),
    };
    guardSession(session as unknown as Session);
    for (const permission of ['media', 'notifications', 'clipboard-read', 'geolocation', 'openExternal']) {
      const callback = vi.fn();
      handlers['request']?.({}, permission, callback);
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
      expect(handlers['check']?.({}, permission, APP_ENTRY_URL)).toBe(false);
    }
    expect(handlers['device']?.({ deviceType: 'usb', origin: APP_ENTRY_URL })).toBe(false);
  });
});
