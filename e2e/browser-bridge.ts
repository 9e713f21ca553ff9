// Browser mode's stand-in for the preload: installs `window.veritag` with the same verbs,
// each forwarded through a Playwright binding to the real main-process handlers.
// Bytes cross as base64 (Electron's IPC would carry them as structured clones).
import type { InvokeVerb } from '../src/shared/ipc';

export const INVOKE_BINDING = '__veritagInvoke';
export const MENU_HOOK = '__veritagMenuCommand';
const BYTES_TAG = '__veritagBytes';

/** Node side: turns Uint8Arrays into tagged base64 strings, recursively. */
export function encodeBytes(value: unknown): unknown {
  if (value instanceof Uint8Array) return { [BYTES_TAG]: Buffer.from(value).toString('base64') };
  if (Array.isArray(value)) return value.map(encodeBytes);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encodeBytes(v)]));
  }
  return value;
}

/** Page side (serialised into an init script; must be self-contained). */
export function installBridge({ verbs, binding, menuHook, tag }: { verbs: InvokeVerb[]; binding: string; menuHook: string; tag: string }) {
  const decode = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(decode);
    if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      const encoded = record[tag];
      if (typeof encoded === 'string') {
        const binary = atob(encoded);
        const bytes = new Uint8Array(binary.length);
        for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
        return bytes;
      }
      return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, decode(v)]));
    }
    return value;
  };
  const invoke = (window as unknown as Record<string, (verb: string, args: unknown[]) => Promise<unknown>>)[binding];
  const listeners = new Set<(command: unknown) => void>();
  const api: Record<string, unknown> = {};
  for (const verb of verbs) {
    api[verb] = async (...args: unknown[]) => {
      if (!invoke) throw new Error('the test bridge is missing');
      return decode(await invoke(verb, args));
    };
  }
  api['onMenuCommand'] = (listener: (command: unknown) => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  Object.defineProperty(window, 'veritag', { value: Object.freeze(api), enumerable: true });
  Object.defineProperty(window, menuHook, {
    value: (command: unknown) => listeners.forEach((listener) => listener(command)),
  });
}

export const BRIDGE_TAG = BYTES_TAG;
