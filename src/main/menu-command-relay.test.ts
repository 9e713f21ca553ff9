// Menu commands reach the page only once it has loaded; until then (start-up, a reload, a crash,
// no window at all) they wait, in order and each once, and none is dropped.
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { MENU_CHANNEL, type MenuCommand } from '../shared/ipc';
import { MenuCommandRelay, type MenuPage } from './menu-command-relay';

/** A window's page as the relay sees it: Electron's events, and what it was sent. */
class FakePage extends EventEmitter implements MenuPage {
  readonly received: MenuCommand[] = [];
  send(channel: string, command: MenuCommand): void {
    expect(channel).toBe(MENU_CHANNEL);
    this.received.push(command);
  }
  load(): void {
    this.emit('did-finish-load');
  }
  navigate(details: { isMainFrame: boolean; isSameDocument: boolean }): void {
    this.emit('did-start-navigation', details);
  }
}

const RELOAD = { isMainFrame: true, isSameDocument: false };

describe('MenuCommandRelay', () => {
  it('holds commands chosen while the page loads and delivers them in order once it has loaded', () => {
    const relay = new MenuCommandRelay();
    const page = new FakePage();
    relay.follow(page);
    relay.send('import-set');
    relay.send('toggle-dark-mode');
    expect(page.received).toEqual([]);
    page.load();
    expect(page.received).toEqual(['import-set', 'toggle-dark-mode']);
    relay.send('export-set');
    expect(page.received).toEqual(['import-set', 'toggle-dark-mode', 'export-set']);
  });

  it('holds commands chosen before there is any window, for the first page that loads', () => {
    const relay = new MenuCommandRelay();
    relay.send('add-article');
    const page = new FakePage();
    relay.follow(page);
    page.load();
    expect(page.received).toEqual(['add-article']);
  });

  it('keeps a command chosen again while waiting only once (the user repeats it because nothing happened)', () => {
    const relay = new MenuCommandRelay();
    const page = new FakePage();
    relay.follow(page);
    relay.send('import-set');
    relay.send('import-set');
    relay.send('export-set');
    relay.send('import-set');
    page.load();
    expect(page.received).toEqual(['import-set', 'export-set']);
  });

  it('holds commands while the page reloads, but not for in-page or subframe navigation', () => {
    const relay = new MenuCommandRelay();
    const page = new FakePage();
    relay.follow(page);
    page.load();
    page.navigate({ isMainFrame: true, isSameDocument: true });
    page.navigate({ isMainFrame: false, isSameDocument: false });
    relay.send('undo');
    expect(page.received).toEqual(['undo']);
    page.navigate(RELOAD);
    relay.send('open-review');
    expect(page.received).toEqual(['undo']);
    page.load();
    expect(page.received).toEqual(['undo', 'open-review']);
  });

  it('holds commands after the page crashed or the window closed, for the next page that loads', () => {
    const relay = new MenuCommandRelay();
    const first = new FakePage();
    relay.follow(first);
    first.load();
    first.emit('render-process-gone');
    relay.send('redo');
    first.load();
    expect(first.received).toEqual(['redo']);

    first.emit('destroyed');
    relay.send('paste-article');
    expect(first.received).toEqual(['redo']);
    const second = new FakePage();
    relay.follow(second);
    second.load();
    expect(second.received).toEqual(['paste-article']);
    // The old page's late events change nothing.
    first.navigate(RELOAD);
    relay.send('export-set');
    expect(second.received).toEqual(['paste-article', 'export-set']);
  });
});
