// The application menu: File (Add article…, Paste as new article, Import/Export set…, Quit), Edit (Undo, Redo,
// named after what they would apply, Copy, Select All), View (zoom, dark mode). Commands for the renderer go through `send`.
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand, UndoMenuLabels } from '../shared/ipc';

export const NO_UNDO: UndoMenuLabels = { undo: null, redo: null };

export function appMenuTemplate(
  send: (command: MenuCommand) => void,
  isMac: boolean,
  undo: UndoMenuLabels = NO_UNDO,
): MenuItemConstructorOptions[] {
  return [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        { label: 'Add Article…', accelerator: 'CmdOrCtrl+O', click: () => send('add-article') },
        { label: 'Paste as New Article', accelerator: 'CmdOrCtrl+Shift+V', click: () => send('paste-article') },
        { type: 'separator' },
        { label: 'Import Set…', accelerator: 'CmdOrCtrl+I', click: () => send('import-set') },
        { label: 'Export Set…', accelerator: 'CmdOrCtrl+E', click: () => send('export-set') },
        { label: 'Review Sets…', accelerator: 'CmdOrCtrl+R', click: () => send('open-review') },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit', label: 'Quit' },
      ],
    },
    {
      label: '&Edit',
      submenu: [
        // The page handles these keys itself (annotation undo, or a text field's own undo);
        // the accelerators are only shown here, not registered.
        { label: named('Undo', undo.undo), accelerator: 'CmdOrCtrl+Z', registerAccelerator: false, click: () => send('undo') },
        { label: named('Redo', undo.redo), accelerator: 'CmdOrCtrl+Shift+Z', registerAccelerator: false, click: () => send('redo') },
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
        { label: 'Toggle Dark Mode', accelerator: 'CmdOrCtrl+Shift+D', click: () => send('toggle-dark-mode') },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
  ];
}

/** "Undo Edit note", or plain "Undo" when there is nothing (a text field may still have its own). */
const named = (verb: string, what: string | null): string => (what ? `${verb} ${what}` : verb);
