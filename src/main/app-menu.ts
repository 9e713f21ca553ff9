// The application menu: File (Add article…, Paste as new article, Import/Export set…, Review, Backups…, Quit), Edit (Undo, Redo,
// named after what they would apply, Copy, Select All), View (zoom, dark mode; the DevTools toggle only while developing: a
// packaged app has none). Commands for the renderer go through `send`.
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand, UndoMenuLabels } from '../shared/ipc';

export const NO_UNDO: UndoMenuLabels = { undo: null, redo: null };

export function appMenuTemplate(
  send: (command: MenuCommand) => void,
  isMac: boolean,
  undo: UndoMenuLabels = NO_UNDO,
  developerTools = false,
): MenuItemConstructorOptions[] {
  /** An item that sends a command to the page; its id is the command, so tests can find and click it. */
  const item = (command: MenuCommand, label: string, accelerator: string): MenuItemConstructorOptions => ({
    id: command,
    label,
    accelerator,
    click: () => send(command),
  });
  return [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        item('add-article', 'Add Article…', 'CmdOrCtrl+O'),
        item('paste-article', 'Paste as New Article', 'CmdOrCtrl+Shift+V'),
        { type: 'separator' },
        item('import-set', 'Import Set…', 'CmdOrCtrl+I'),
        item('export-set', 'Export Set…', 'CmdOrCtrl+E'),
        item('open-review', 'Review Sets…', 'CmdOrCtrl+R'),
        item('show-backups', 'Backups…', 'CmdOrCtrl+Shift+B'),
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit', label: 'Quit' },
      ],
    },
    {
      label: '&Edit',
      submenu: [
        // The page handles these keys itself (annotation undo, or a text field's own undo);
        // the accelerators are only shown here, not registered.
        { ...item('undo', named('Undo', undo.undo), 'CmdOrCtrl+Z'), registerAccelerator: false },
        { ...item('redo', named('Redo', undo.redo), 'CmdOrCtrl+Shift+Z'), registerAccelerator: false },
        { type: 'separator' },
        { role: 'copy' },
        { role: 'selectAll' },
      ],
    },
    {
      label: '&View',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        item('toggle-dark-mode', 'Toggle Dark Mode', 'CmdOrCtrl+Shift+D'),
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(developerTools ? [{ type: 'separator' as const }, { role: 'toggleDevTools' as const }] : []),
      ],
    },
  ];
}

/** "Undo Edit note", or plain "Undo" when there is nothing (a text field may still have its own). */
const named = (verb: string, what: string | null): string => (what ? `${verb} ${what}` : verb);
