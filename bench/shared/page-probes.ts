// What the benchmark watches inside the app's page: main-thread long tasks (the "is the window
// frozen" number), animation-frame gaps, and the moment a notice appears, all on the page's clock.
import type { Page } from '@playwright/test';

export interface LongTaskSummary {
  count: number;
  totalMs: number;
  longestMs: number;
}

export type NoticeOutcome =
  | { kind: 'notice'; at: number; text: string }
  | { kind: 'error'; at: number; text: string }
  | { kind: 'timeout'; at: number; text: string };

interface ProbeState {
  longTasks: Array<{ start: number; duration: number }>;
  frames: number[];
  start: number | null;
  outcome: Promise<NoticeOutcome> | null;
}

type ProbeWindow = Window & { __exchangeBench?: ProbeState };

/**
 * Starts recording long tasks and (unless `frames` is false) animation frames; call once per page,
 * before measuring. Without frames the page is left to render only when it has something to show.
 */
export async function installProbes(page: Page, { frames = true }: { frames?: boolean } = {}): Promise<void> {
  await page.evaluate((recordFrames) => {
    const w = window as ProbeWindow;
    if (w.__exchangeBench) return;
    const state: ProbeState = { longTasks: [], frames: [], start: null, outcome: null };
    w.__exchangeBench = state;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) state.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask' });
    if (!recordFrames) return;
    const frame = (time: number) => {
      state.frames.push(time);
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  }, frames);
}

/**
 * Starts waiting for an info notice containing `expected` (or any new problem notice, or a
 * timeout). With `startOnClick`, the start is the next click anywhere in the page (captured
 * before the app sees it); otherwise it is now.
 */
export async function watchForNotice(page: Page, expected: string, options: { startOnClick: boolean; timeoutMs: number }): Promise<void> {
  await page.evaluate(
    ({ expected: wanted, startOnClick, timeoutMs }) => {
      const state = (window as ProbeWindow).__exchangeBench;
      if (!state) throw new Error('installProbes first');
      state.start = startOnClick ? null : performance.now();
      if (startOnClick) {
        document.addEventListener('click', () => void (state.start ??= performance.now()), { capture: true, once: true });
      }
      const problems = () => document.querySelector('[role="alert"][aria-label="Problems"]')?.textContent ?? '';
      const dialogs = () =>
        [...document.querySelectorAll('dialog[open]')].map((d) => d.textContent).filter((t) => /problem|could not|not valid/i.test(t));
      const problemsBefore = problems();
      state.outcome = new Promise<NoticeOutcome>((resolve) => {
        const check = (): NoticeOutcome | null => {
          const status = document.querySelector('[role="status"][aria-label="Notifications"]')?.textContent ?? '';
          if (status.includes(wanted)) return { kind: 'notice', at: performance.now(), text: status };
          const now = problems();
          if (now !== problemsBefore && now !== '') return { kind: 'error', at: performance.now(), text: now };
          const [dialog] = dialogs();
          if (dialog) return { kind: 'error', at: performance.now(), text: dialog };
          return null;
        };
        const observer = new MutationObserver(() => {
          const found = check();
          if (found) finish(found);
        });
        const timer = setTimeout(() => finish({ kind: 'timeout', at: performance.now(), text: problems() }), timeoutMs);
        const finish = (outcome: NoticeOutcome) => {
          observer.disconnect();
          clearTimeout(timer);
          resolve(outcome);
        };
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      });
    },
    { expected, ...options },
  );
}

/** Waits for the watch started by watchForNotice; returns its outcome and start. */
export async function noticeOutcome(page: Page): Promise<NoticeOutcome & { start: number }> {
  return page.evaluate(async () => {
    const state = (window as ProbeWindow).__exchangeBench;
    if (!state?.outcome) throw new Error('watchForNotice first');
    const outcome = await state.outcome;
    return { ...outcome, start: state.start ?? outcome.at };
  });
}

/**
 * Waits until the main thread has been free of long tasks for `quietMs` (at most `capMs` after
 * `from`), so work the app does after its notice is counted too. Returns when the waiting
 * stopped, and when the last long task since `from` ended (`from` when there was none).
 */
export async function waitForQuiet(page: Page, from: number, quietMs: number, capMs: number): Promise<{ now: number; lastEnd: number }> {
  return page.evaluate(
    ({ from: since, quietMs: quiet, capMs: cap }) =>
      new Promise<{ now: number; lastEnd: number }>((resolve) => {
        const state = (window as ProbeWindow).__exchangeBench;
        const poll = () => {
          const now = performance.now();
          const lastEnd = Math.max(since, ...(state?.longTasks ?? []).map((t) => t.start + t.duration));
          if (now - lastEnd >= quiet || now - since >= cap) resolve({ now, lastEnd });
          else setTimeout(poll, 100);
        };
        poll();
      }),
    { from, quietMs, capMs },
  );
}

/** Long tasks that started in [from, to), each as when it started (ms after `from`) and how long it took. */
export async function longTasksBetween(page: Page, from: number, to: number): Promise<Array<{ atMs: number; ms: number }>> {
  const tasks = await page.evaluate(() => (window as ProbeWindow).__exchangeBench?.longTasks ?? []);
  return tasks.filter((t) => t.start >= from && t.start < to).map((t) => ({ atMs: t.start - from, ms: t.duration }));
}

export function summarizeLongTasks(tasks: ReadonlyArray<{ ms: number }>): LongTaskSummary {
  const durations = tasks.map((t) => t.ms);
  return {
    count: durations.length,
    totalMs: durations.reduce((sum, d) => sum + d, 0),
    longestMs: durations.length === 0 ? 0 : Math.max(...durations),
  };
}

/** The longest time between consecutive animation frames in [from, to] (frames that never came count too). */
export async function longestFrameGap(page: Page, from: number, to: number): Promise<number> {
  const frames = await page.evaluate(() => (window as ProbeWindow).__exchangeBench?.frames ?? []);
  const inside = [from, ...frames.filter((t) => t > from && t < to), to];
  let longest = 0;
  for (let i = 1; i < inside.length; i++) longest = Math.max(longest, inside[i]! - inside[i - 1]!);
  return longest;
}
