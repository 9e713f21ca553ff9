// Timestamps of the steps inside one import or export, taken by wrapping browser APIs the app and
// the test bridge call (Worker, IndexedDB, atob), so the time can be split without touching app code.
import type { Page } from '@playwright/test';

export interface PhaseMark {
  name: string;
  /** Milliseconds after the operation's command. */
  atMs: number;
}

interface MarkState {
  marks: Array<{ name: string; at: number }>;
  /** Ends the current burst of add calls (reported once it is over). */
  flush: () => void;
}

type MarkWindow = Window & { __exchangeMarks?: MarkState };

/** Installs the wrappers; call once per page, before the first exchange (the worker starts lazily). */
export async function installPhaseMarks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as MarkWindow;
    if (w.__exchangeMarks) return;
    let adds = 0;
    let lastAdd = -Infinity;
    const state: MarkState = {
      marks: [],
      flush() {
        if (adds > 0) state.marks.push({ name: `… ${adds} IDBObjectStore.add calls done`, at: lastAdd });
        adds = 0;
      },
    };
    w.__exchangeMarks = state;
    const mark = (name: string) => state.marks.push({ name, at: performance.now() });

    const kind = (data: unknown) => (data && typeof data === 'object' && 'type' in data ? String(data.type) : '?');
    const NativeWorker = window.Worker;
    window.Worker = class extends NativeWorker {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        this.addEventListener('message', (event) => mark(`worker answer "${kind(event.data)}" received (deserialized)`));
      }
      override postMessage(message: unknown, options?: Transferable[] | StructuredSerializeOptions): void {
        mark(`worker request "${kind(message)}" posting`);
        super.postMessage(message, options as StructuredSerializeOptions);
        mark(`worker request "${kind(message)}" posted (serialized)`);
      }
    };

    const nativeAtob = window.atob.bind(window);
    window.atob = (data: string) => {
      mark(`test bridge: atob of ${(data.length / 1048576).toFixed(1)} MB base64 starts`);
      const result = nativeAtob(data);
      mark('test bridge: atob done, byte-copy loop starts');
      return result;
    };

    // Dexie keeps a bound IDBDatabase.transaction, so transactions are seen at their first request.
    const watched = new WeakSet<IDBTransaction>();
    const watch = (source: IDBObjectStore | IDBIndex, request: string) => {
      const store = source instanceof IDBIndex ? source.objectStore : source;
      const transaction = store.transaction;
      if (store.name !== 'annotations' || watched.has(transaction)) return;
      watched.add(transaction);
      const label = `IndexedDB ${transaction.mode} transaction on ${[...transaction.objectStoreNames].join(', ')}`;
      mark(`${label}: first request on annotations (${request})`);
      transaction.addEventListener('complete', () => mark(`${label} complete (committed)`));
    };
    for (const [proto, name] of [
      [IDBObjectStore.prototype, 'getAll'],
      [IDBObjectStore.prototype, 'openCursor'],
      [IDBObjectStore.prototype, 'get'],
      [IDBObjectStore.prototype, 'count'],
      [IDBIndex.prototype, 'getAll'],
      [IDBIndex.prototype, 'openCursor'],
      [IDBIndex.prototype, 'count'],
    ] as const) {
      const target = proto as unknown as Record<string, (...args: unknown[]) => unknown>;
      const native = target[name]!;
      target[name] = function (this: IDBObjectStore | IDBIndex, ...args: unknown[]) {
        watch(this, `${this instanceof IDBIndex ? 'index' : 'store'}.${name}`);
        return native.apply(this, args);
      };
    }

    // eslint-disable-next-line @typescript-eslint/unbound-method -- called below with .call(this)
    const nativeAdd = IDBObjectStore.prototype.add;
    IDBObjectStore.prototype.add = function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
      const now = performance.now();
      if (now - lastAdd > 50) {
        state.flush();
        watch(this, 'store.add');
        mark(`first IDBObjectStore.add on ${this.name}`);
      }
      const request = nativeAdd.call(this, value, key);
      adds++;
      lastAdd = performance.now();
      return request;
    };
  });
}

/** The marks taken since `from` (the operation's command), and forgets them. */
export async function takePhaseMarks(page: Page, from: number): Promise<PhaseMark[]> {
  const marks = await page.evaluate(() => {
    const state = (window as MarkWindow).__exchangeMarks;
    if (!state) return [];
    state.flush();
    const taken = state.marks.sort((a, b) => a.at - b.at);
    state.marks = [];
    return taken;
  });
  return marks.map((m) => ({ name: m.name, atMs: m.at - from }));
}
