// The application menu offers what the issue lists, and each item sends the renderer the
// command it names (Electron itself is not needed to check the template).
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import type { MenuCommand } from '../shared/ipc';
import { NO_UNDO, appMenuTemplate } from './app-menu';

const submenu = (items: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] => {
  const menu = items.find((item) => item.label === label);
  if (!menu || !Array.isArray(menu.submenu)) throw new Error(`no ${label} menu`);
  return menu.submenu;
};

function clickAll(items: MenuItemConstructorOptions[]): MenuCommand[] {
  const sent: MenuCommand[] = [];
  const template = appMenuTemplate((command) => sent.push(command), false);
  for (const item of items) {
    const same = template.flatMap((m) => (Array.isArray(m.submenu) ? m.submenu : [])).find((i) => i.label === item.label);
    (same?.click as (() => void) | undefined)?.();
  }
  return sent;
}

describe('appMenuTemplate', () => {
  const template = appMenuTemplate(() => undefined, false);

  it('has File, Edit and View menus with the expected items', () => {
    expect(template.map((m) => m.label)).toEqual(['&File', '&Edit', '&View']);
    const file = submenu(template, '&File');
    expect(file.map((i) => i.label ?? i.role ?? i.type)).toEqual([
      'Add Article…',
      'Paste as New Article',
      'separator',
      'Import Set…',
      'Export Set…',
      'Review Sets…',
      'Backups…',
      'separator',
      'Quit',
    ]);
    const edit = submenu(template, '&Edit');
    expect(edit.map((i) => i.label ?? i.role ?? i.type)).toEqual(['Undo', 'Redo', 'separator', 'copy', 'selectAll']);
    const view = submenu(template, '&View');
    expect(view.map((i) => i.label ?? i.role ?? i.type)).toContain('Toggle Dark Mode');
    expect(view.map((i) => i.role)).toEqual(expect.arrayContaining(['resetZoom', 'zoomIn', 'zoomOut']));
  });

  it('names in Undo and Redo what they would apply in the document shown', () => {
    const edit = submenu(appMenuTemplate(() => undefined, false, { undo: 'Edit note', redo: 'Tag as Claim' }), '&Edit');
    expect(edit.slice(0, 2).map((i) => i.label)).toEqual(['Undo Edit note', 'Redo Tag as Claim']);
    const onlyRedo = submenu(appMenuTemplate(() => undefined, false, { undo: null, redo: 'Accept B' }), '&Edit');
    expect(onlyRedo.slice(0, 2).map((i) => i.label)).toEqual(['Undo', 'Redo Accept B']);
  });

  it('leaves Undo and Redo keys to the page, which knows whether a text field has focus', () => {
    for (const item of submenu(template, '&Edit').slice(0, 2)) expect(item.registerAccelerator).toBe(false);
  });

  it('sends the renderer the command each item names', () => {
    const file = submenu(template, '&File').filter((i) => i.click);
    expect(clickAll(file)).toEqual(['add-article', 'paste-article', 'import-set', 'export-set', 'open-review', 'show-backups']);
    expect(clickAll(submenu(template, '&Edit').filter((i) => i.click))).toEqual(['undo', 'redo']);
    expect(clickAll(submenu(template, '&View').filter((i) => i.click))).toEqual(['toggle-dark-mode']);
  });

  it('gives every item that sends a command that command as its id (for finding it by id)', () => {
    const sending = template.flatMap((m) => (Array.isArray(m.submenu) ? m.submenu : [])).filter((i) => i.click);
    for (const entry of sending) expect(clickAll([entry])).toEqual([entry.id]);
    expect(sending.map((i) => i.id)).toHaveLength(new Set(sending.map((i) => i.id)).size);
  });

  it('offers no developer tools in a packaged app, and the DevTools toggle while developing', () => {
    const roles = (items: MenuItemConstructorOptions[]): unknown[] =>
      items.flatMap((item) => [item.role, ...(Array.isArray(item.submenu) ? roles(item.submenu) : [])]);
    for (const isMac of [false, true]) {
      const packaged = roles(appMenuTemplate(() => undefined, isMac));
      for (const role of ['toggleDevTools', 'reload', 'forceReload']) expect(packaged).not.toContain(role);
    }
    expect(roles(appMenuTemplate(() => undefined, false, NO_UNDO, true))).toContain('toggleDevTools');
  });

  it('adds the application menu on macOS', () => {
    expect(appMenuTemplate(() => undefined, true)[0]?.role).toBe('appMenu');
  });
});
