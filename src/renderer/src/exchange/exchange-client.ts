// The UI thread's side of the exchange worker: one worker, requests answered by promise.
import type { ExchangeRequest, ExchangeResponse } from './exchange-worker';

type Pending = { resolve: (response: ExchangeResponse) => void; reject: (error: Error) => void };
type RequestBody = ExchangeRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();

function exchangeWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./exchange-worker.ts', import.meta.url), { type: 'module', name: 'veritag-exchange' });
  worker.onmessage = (event: MessageEvent<ExchangeResponse>) => {
    const waiting = pending.get(event.data.id);
    pending.delete(event.data.id);
    waiting?.resolve(event.data);
  };
  worker.onerror = (event) => {
    for (const waiting of pending.values()) waiting.reject(new Error(event.message || 'The file worker failed.'));
    pending.clear();
    worker?.terminate();
    worker = null;
  };
  return worker;
}

export function askExchangeWorker(body: RequestBody, transfer: Transferable[] = []): Promise<ExchangeResponse> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    exchangeWorker().postMessage({ ...body, id }, transfer);
  });
}
