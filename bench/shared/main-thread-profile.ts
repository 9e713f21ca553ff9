// Where the page's main thread spends its time during one exchange, from Chromium's sampling
// profiler (CDP Profiler): hot functions overall, and for each busy stretch (a long task) its callers.
/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from '@playwright/test';

interface HotFunction {
  name: string;
  /** The source module (from the bundle's `// src/…` markers) or the built file, with the line. */
  where: string;
  selfMs: number;
  totalMs: number;
}

/** A run of samples without idle time: what a long task is made of. */
interface BusyStretch {
  /** Milliseconds after the profiler started. */
  startMs: number;
  ms: number;
  /** The app's own functions (src/…) under it, by inclusive time. */
  appFunctions: HotFunction[];
  /** Where the time itself was spent, by self time. */
  leaves: HotFunction[];
}

export interface ProfileSummary {
  sampledMs: number;
  bySelf: HotFunction[];
  byTotal: HotFunction[];
  stretches: BusyStretch[];
}

export interface RunningProfile {
  stop: () => Promise<ProfileSummary>;
}

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}

const TOP = 25;
const STRETCH_MIN_MS = 50;
const GENERIC = new Set(['(root)', '(program)', '(idle)', '(garbage collector)']);

/** Starts sampling the page's main thread; `rendererDir` holds the built files the page loads. */
export async function startProfile(page: Page, rendererDir: string): Promise<RunningProfile> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
  return {
    async stop() {
      const { profile } = await cdp.send('Profiler.stop');
      await cdp.detach();
      return summarize(profile.nodes, profile.samples ?? [], profile.timeDeltas ?? [], moduleResolver(rendererDir));
    },
  };
}

type Resolve = (frame: CallFrame) => string;

/** Names a frame by the source module its line falls in, read from the bundle's `// path` markers. */
function moduleResolver(rendererDir: string): Resolve {
  const markers = new Map<string, Array<{ line: number; module: string }>>();
  const markersOf = (file: string) => {
    let list = markers.get(file);
    if (list) return list;
    list = [];
    try {
      const lines = readFileSync(join(rendererDir, 'assets', file), 'utf8').split('\n');
      lines.forEach((text, line) => {
        const m = /^\/\/ ((?:src|node_modules)\/\S+)$/.exec(text);
        if (m?.[1]) list.push({ line, module: m[1] });
      });
    } catch {
      // Not one of the built files: the frame keeps its file name.
    }
    markers.set(file, list);
    return list;
  };
  return (frame) => {
    if (!frame.url) return '';
    const file = frame.url.replace(/^.*\//, '');
    const marker = markersOf(file).findLast((m) => m.line <= frame.lineNumber);
    const module = marker ? marker.module.replace(/^node_modules\/([^/]+).*$/, 'node_modules/$1') : file;
    return `${module} (${file}:${frame.lineNumber + 1})`;
  };
}

function summarize(
  nodes: readonly ProfileNode[],
  samples: readonly number[],
  deltas: readonly number[],
  resolve: Resolve,
): ProfileSummary {
  const parent = new Map<number, number>();
  const byId = new Map<number, ProfileNode>();
  for (const node of nodes) {
    byId.set(node.id, node);
    for (const child of node.children ?? []) parent.set(child, node.id);
  }
  const frames = new Map<string, CallFrame>();
  /** Each sample's stack as frame keys, leaf first. */
  const stackOf = (sample: number): string[] => {
    const keys: string[] = [];
    for (let id: number | undefined = sample; id !== undefined; id = parent.get(id)) {
      const node = byId.get(id);
      if (!node) break;
      const key = keyOf(node.callFrame);
      frames.set(key, node.callFrame);
      keys.push(key);
    }
    return keys;
  };
  // A sample stands for the time until the next one.
  const timed = samples.map((sample, i) => ({ stack: stackOf(sample), us: deltas[i + 1] ?? 0 }));
  const row = (key: string, self: Map<string, number>, total: Map<string, number>): HotFunction => {
    const frame = frames.get(key)!;
    return {
      name: frame.functionName || '(anonymous)',
      where: resolve(frame),
      selfMs: (self.get(key) ?? 0) / 1000,
      totalMs: (total.get(key) ?? 0) / 1000,
    };
  };
  const tally = (part: typeof timed) => {
    const self = new Map<string, number>();
    const total = new Map<string, number>();
    for (const { stack, us } of part) {
      const leaf = stack[0];
      if (leaf !== undefined) self.set(leaf, (self.get(leaf) ?? 0) + us);
      for (const key of new Set(stack)) total.set(key, (total.get(key) ?? 0) + us);
    }
    const rows = [...total.keys()].map((key) => row(key, self, total)).filter((r) => r.name !== '(root)');
    return rows;
  };

  const stretches: BusyStretch[] = [];
  let elapsedUs = 0;
  let from = -1;
  let fromUs = 0;
  const close = (to: number, endUs: number) => {
    const ms = (endUs - fromUs) / 1000;
    if (from >= 0 && ms >= STRETCH_MIN_MS) {
      const rows = tally(timed.slice(from, to));
      stretches.push({
        startMs: fromUs / 1000,
        ms,
        appFunctions: rows
          .filter((r) => r.where.startsWith('src/'))
          .sort((a, b) => b.totalMs - a.totalMs)
          .slice(0, 6),
        leaves: rows
          .filter((r) => r.name !== '(idle)')
          .sort((a, b) => b.selfMs - a.selfMs)
          .slice(0, 4),
      });
    }
    from = -1;
  };
  timed.forEach(({ stack }, i) => {
    const idle = frames.get(stack[0] ?? '')?.functionName === '(idle)';
    if (idle) close(i, elapsedUs);
    else if (from < 0) {
      from = i;
      fromUs = elapsedUs;
    }
    elapsedUs += timed[i]!.us;
  });
  close(timed.length, elapsedUs);

  const rows = tally(timed).filter((r) => !GENERIC.has(r.name) || r.name === '(program)' || r.name === '(garbage collector)');
  return {
    sampledMs: elapsedUs / 1000,
    bySelf: [...rows].sort((a, b) => b.selfMs - a.selfMs).slice(0, TOP),
    byTotal: [...rows].sort((a, b) => b.totalMs - a.totalMs).slice(0, TOP),
    stretches,
  };
}

function keyOf(frame: CallFrame): string {
  return `${frame.functionName}@${frame.url}:${frame.lineNumber}:${frame.columnNumber}`;
}
