// Builds `window.veritag` from a transport: one function per verb of the IPC contract,
// nothing else. The preload passes Electron's ipcRenderer; tests mirror it verb for verb.
import { INVOKE_VERBS, isMenuCommand, type MenuCommand, type VeritagApi, type InvokeVerb } from '../shared/ipc';

export interface VeritagTransport {
  invoke: (verb: InvokeVerb, ...args: unknown[]) => Promise<unknown>;
  onMenuCommand: (listener: (command: unknown) => void) => () => void;
}

export function createVeritagApi(transport: VeritagTransport): VeritagApi {
  const api: Record<string, unknown> = {};
  for (const verb of INVOKE_VERBS) {
    api[verb] = (...args: unknown[]) => transport.invoke(verb, ...args);
  }
  api['onMenuCommand'] = (listener: (command: MenuCommand) => void) =>
    transport.onMenuCommand((command) => {
      if (isMenuCommand(command)) listener(command);
    });
  return Object.freeze(api) as unknown as VeritagApi;
}
