// The browser-mode test bridge's share of an exchange: the calls it carried (recorded by the page,
// e2e/browser-bridge.ts), what their transport cost, and which part of each long task was spent
// inside them, so the benchmark reports the app's own time and long tasks apart from the bridge's.
import type { Page } from '@playwright/test';
import { BRIDGE_CALLS, type BridgeCall } from '../../e2e/browser-bridge';
import { summarizeLongTasks, type LongTaskSummary } from '../shared/page-probes';

/** The test bridge's share of an operation (browser mode; none in Electron). */
export interface BridgeShare {
  calls: number;
  /** Wall time of the calls less the main-process handlers' own time: what only the bridge costs. */
  transportMs: number;
  /** The main-process handlers (reading, writing files): Electron does this too. */
  handlerMs: number;
  /** Parts of the transport: sending the arguments (page), base64 encoding (Node) and decoding (page). */
  sendMs: number;
  encodeMs: number;
  decodeMs: number;
  /** The parts of long tasks spent inside bridge calls (the app waits on them then). */
  longTasks: LongTaskSummary;
}

/** Long tasks shorter than this are not long tasks (the Long Tasks API's threshold). */
const LONG_TASK_MS = 50;

/**
 * The bridge calls made in [from, to) (on the page's clock), and `tasks` split between the bridge
 * and the app: the part of a long task inside a bridge call (sending its arguments, Playwright
 * delivering the answer, decoding it) is the bridge's, the rest the app's; each part counts as a
 * long task of its own length when that is 50 ms or more.
 */
export async function bridgeShare(
  page: Page,
  from: number,
  to: number,
  tasks: ReadonlyArray<{ atMs: number; ms: number }>,
): Promise<{ share: BridgeShare; appTasks: Array<{ atMs: number; ms: number }> }> {
  const all = await page.evaluate((key) => (window as unknown as Record<string, BridgeCall[] | undefined>)[key] ?? [], BRIDGE_CALLS);
  const calls = all.filter((c) => c.end > from && c.start < to);
  const inBridge = (t: { atMs: number; ms: number }) => {
    const start = from + t.atMs;
    const end = start + t.ms;
    const overlap = calls.reduce((sum, c) => sum + Math.max(0, Math.min(end, c.end) - Math.max(start, c.start)), 0);
    return Math.min(t.ms, overlap);
  };
  const bridgeTasks = tasks.map((t) => ({ atMs: t.atMs, ms: inBridge(t) })).filter((t) => t.ms >= LONG_TASK_MS);
  const appTasks = tasks.map((t) => ({ atMs: t.atMs, ms: t.ms - inBridge(t) })).filter((t) => t.ms >= LONG_TASK_MS);
  const sum = (pick: (c: BridgeCall) => number) => calls.reduce((total, c) => total + pick(c), 0);
  return {
    share: {
      calls: calls.length,
      transportMs: sum((c) => c.end - c.start - c.handlerMs),
      handlerMs: sum((c) => c.handlerMs),
      sendMs: sum((c) => c.sendMs),
      encodeMs: sum((c) => c.encodeMs),
      decodeMs: sum((c) => c.decodeMs),
      longTasks: summarizeLongTasks(bridgeTasks),
    },
    appTasks,
  };
}
