// Browser mode's stand-in for the preload: installs `window.veritag` with the same verbs,
// each forwarded through a Playwright binding to the real main-process handlers.
// Bytes cross as base64 (Electron's IPC would carry them as structured clones). The page keeps a
// record of every call (window.__veritagBridgeCalls) so benchmarks can tell the bridge's own cost,
// which Electron would not have, from the app's.
import type { InvokeVerb } from '../src/shared/ipc';

const INVOKE_BINDING = '__veritagInvoke';
const MENU_HOOK = '__veritagMenuCommand';
export const BRIDGE_CALLS = '__veritagBridgeCalls';
const BYTES_TAG = '__veritagBytes';
/** Calls the page keeps (the latest), enough for any one benchmarked operation. */
const KEPT_CALLS = 500;

/** One call across the bridge, on the page's clock (ms). */
export interface BridgeCall {
  verb: string;
  /** When the app called the verb, and when it had the decoded answer. */
  start: number;
  end: number;
  /** The page's side of sending the arguments (Playwright serialises them synchronously in the call). */
  sendMs: number;
  /** The main-process handler itself: work Electron would do too. */
  handlerMs: number;
  /** Encoding the answer's bytes as base64 (Node) and decoding them (page). */
  encodeMs: number;
  decodeMs: number;
}

/** What the Node side answers: the handler's value, encoded, and what the handler and the encoding took. */
interface BridgeAnswer {
  value: unknown;
  handlerMs: number;
  encodeMs: number;
}

/** Node side: turns Uint8Arrays into tagged base64 strings, recursively. */
function encodeBytes(value: unknown): unknown {
  if (value instanceof Uint8Array) return { [BYTES_TAG]: Buffer.from(value).toString('base64') };
  if (Array.isArray(value)) return value.map(encodeBytes);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encodeBytes(v)]));
  }
  return value;
}

/** Node side: runs the handler and encodes its answer, timing both. */
export async function answerInvoke(handler: () => Promise<unknown>): Promise<BridgeAnswer> {
  const started = performance.now();
  const result = await handler();
  const handled = performance.now();
  const value = encodeBytes(result);
  return { value, handlerMs: handled - started, encodeMs: performance.now() - handled };
}

/** Page side (serialised into an init script; must be self-contained). */
export function installBridge({ verbs, binding, menuHook, tag, callsKey, keptCalls }: { verbs: InvokeVerb[]; binding: string; menuHook: string; tag: string; callsKey: string; keptCalls: number }) {
  const fromBase64 = (Uint8Array as unknown as { fromBase64?: (text: string) => Uint8Array }).fromBase64;
  const decodeBase64 = (encoded: string): Uint8Array => {
    if (fromBase64) return fromBase64(encoded);
    const binary = atob(encoded);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  };
  const decode = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(decode);
    if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      const encoded = record[tag];
      if (typeof encoded === 'string') return decodeBase64(encoded);
      return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, decode(v)]));
    }
    return value;
  };
  const invoke = (window as unknown as Record<string, (verb: string, args: unknown[]) => Promise<BridgeAnswer>>)[binding];
  const calls: BridgeCall[] = [];
  const listeners = new Set<(command: unknown) => void>();
  const api: Record<string, unknown> = {};
  for (const verb of verbs) {
    api[verb] = async (...args: unknown[]) => {
      if (!invoke) throw new Error('the test bridge is missing');
      const start = performance.now();
      const answering = invoke(verb, args);
      const sendMs = performance.now() - start;
      const answer = await answering;
      const decoding = performance.now();
      const value = decode(answer.value);
      const end = performance.now();
      calls.push({ verb, start, end, sendMs, handlerMs: answer.handlerMs, encodeMs: answer.encodeMs, decodeMs: end - decoding });
      if (calls.length > keptCalls) calls.splice(0, calls.length - keptCalls);
      return value;
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
  Object.defineProperty(window, callsKey, { value: calls });
}

/** installBridge's options but the verbs. */
export const BRIDGE_OPTIONS = { binding: INVOKE_BINDING, menuHook: MENU_HOOK, tag: BYTES_TAG, callsKey: BRIDGE_CALLS, keptCalls: KEPT_CALLS };
