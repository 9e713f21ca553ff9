// The UI thread's side of the exchange worker: one worker, requests answered by promise (slices of
// a long answer handed to the caller as they come).
import type { Annotation } from '../../../shared/annotation';
import type { ExchangeRequest, ExchangeResponse } from './exchange-worker';

type Final = Exclude<ExchangeResponse, { type: 'slice' }>;
type Pending = { resolve: (response: Final) => void; reject: (error: Error) => void; onSlice: (annotations: Annotation[]) => void };
type RequestBody = ExchangeRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();

function exchangeWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./exchange-worker.ts', import.meta.url), { type: 'module', name: 'veritag-exchange' });
  worker.onmessage = (event: MessageEvent<ExchangeResponse>) => {
    const response = event.data;
    const waiting = pending.get(response.id);
    if (response.type === 'slice') {
      waiting?.onSlice(response.annotations);
      return;
    }
    pending.delete(response.id);
    waiting?.resolve(response);
  };
  worker.onerror = (event) => {
    for (const waiting of pending.values()) waiting.reject(new Error(event.message || 'The file worker failed.'));
    pending.clear();
    worker?.terminate();
    worker = null;
  };
  return worker;
}

/** Sends `body` to the worker; `onSlice` hears each slice of annotations it sends before its answer. */
export function askExchangeWorker(body: RequestBody, onSlice: (annotations: Annotation[]) => void = () => undefined): Promise<Final> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject, onSlice });
    exchangeWorker().postMessage({ ...body, id });
  });
}
