// The preload script: exposes the narrow `window.veritag` API (domain verbs only) in the
// isolated world; the renderer never sees ipcRenderer.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { MENU_CHANNEL, invokeChannel } from '../shared/ipc';
import { createVeritagApi } from './veritag-api';

contextBridge.exposeInMainWorld(
  'veritag',
  createVeritagApi({
    invoke: (verb, ...args) => ipcRenderer.invoke(invokeChannel(verb), ...args),
    onMenuCommand: (listener) => {
      const wrapped = (_event: IpcRendererEvent, command: unknown) => listener(command);
      ipcRenderer.on(MENU_CHANNEL, wrapped);
      return () => ipcRenderer.removeListener(MENU_CHANNEL, wrapped);
    },
  }),
);
