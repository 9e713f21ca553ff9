// The exchange benchmark's results: one record per app run, medians over runs, the table printed
// to stdout and the JSON written to test-results/bench/exchange.json.
/// <reference types="node" />
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { LongTaskSummary } from '../shared/page-probes';
import { median } from '../shared/statistics';
import type { ProfileSummary } from '../shared/main-thread-profile';
import type { BridgeShare } from './bridge-share';
import type { PhaseMark } from './phase-marks';
import type { WriteFloor } from './write-floor';

type OutcomeKind = 'notice' | 'error' | 'timeout' | 'crash';

export interface OperationResult {
  outcome: OutcomeKind;
  /** The notice (or problem) the app showed. */
  message: string;
  /** From the command (menu / click) until the notice is in the page. */
  ms: number;
  /** Long tasks between the command and the notice. */
  longTasks: LongTaskSummary;
  /** Long tasks after the notice, until the main thread has been quiet for a second. */
  afterNotice: LongTaskSummary;
  /** From the command until the last of those long tasks ended (or the notice, if later). */
  settledMs: number;
  /** The longest time without an animation frame, command to settled. */
  longestFrameGapMs: number;
  /** Every long task, command to settled: when it started (ms after the command) and how long it took. */
  tasks: Array<{ atMs: number; ms: number }>;
  /** Profiling runs only: the steps inside the operation (see phase-marks.ts). */
  phases?: PhaseMark[];
  profile?: ProfileSummary;
}

/** An exchange: an operation with the test bridge's share told apart from the app's. */
export interface ExchangeOperation extends OperationResult {
  /** `ms` less the test bridge's transport time: what the app itself took (the handlers' time stays in). */
  appMs: number;
  /** Long tasks to the notice that are the app's own: not during a call across the test bridge. */
  appLongTasks: LongTaskSummary;
  /** What the browser-mode bridge cost in the operation, command to settled. */
  bridge: BridgeShare;
}

interface ExportedFileCheck {
  bytes: number;
  valid: boolean;
  annotations: number;
  /** Byte-identical to the imported file apart from `exportedAt`. */
  sameAsImported: boolean;
}

export interface AppRun {
  run: number;
  /** IndexedDB alone storing the same rows, just before the import (see write-floor.ts). */
  writeFloor: WriteFloor;
  import: ExchangeOperation;
  export: ExchangeOperation | null;
  exportedFile: ExportedFileCheck | null;
  pageErrors: string[];
}

export interface ExchangeReport {
  annotations: number;
  articles: number;
  fileBytes: number;
  fileMB: number;
  environment: { mode: string; userAgent: string; node: string };
  node: { runs: number; parseMs: number[]; serializeMs: number[]; parseMedianMs: number; serializeMedianMs: number } | null;
  runs: AppRun[];
  medians: { import: ExchangeMedianRow | null; export: ExchangeMedianRow | null };
  profile: AppRun | null;
}

export interface MedianRow {
  ms: number;
  settledMs: number;
  longTaskCount: number;
  longTaskTotalMs: number;
  longestTaskMs: number;
  afterNoticeTotalMs: number;
  afterNoticeLongestMs: number;
  longestFrameGapMs: number;
}

/** Medians over the runs whose operation ended with its notice; null when none did. */
export function medianRow(operations: ReadonlyArray<OperationResult | null>): MedianRow | null {
  const done = operations.filter((o): o is OperationResult => o !== null && o.outcome === 'notice');
  if (done.length === 0) return null;
  const of = (pick: (o: OperationResult) => number) => median(done.map(pick));
  return {
    ms: of((o) => o.ms),
    settledMs: of((o) => o.settledMs),
    longTaskCount: of((o) => o.longTasks.count),
    longTaskTotalMs: of((o) => o.longTasks.totalMs),
    longestTaskMs: of((o) => o.longTasks.longestMs),
    afterNoticeTotalMs: of((o) => o.afterNotice.totalMs),
    afterNoticeLongestMs: of((o) => o.afterNotice.longestMs),
    longestFrameGapMs: of((o) => o.longestFrameGapMs),
  };
}

export interface ExchangeMedianRow extends MedianRow {
  appMs: number;
  bridgeMs: number;
  appLongestTaskMs: number;
  bridgeLongestTaskMs: number;
}

/** medianRow with the medians of the bridge's share and the app's. */
export function exchangeMedianRow(operations: ReadonlyArray<ExchangeOperation | null>): ExchangeMedianRow | null {
  const row = medianRow(operations);
  const done = operations.filter((o): o is ExchangeOperation => o !== null && o.outcome === 'notice');
  if (row === null) return null;
  const of = (pick: (o: ExchangeOperation) => number) => median(done.map(pick));
  return {
    ...row,
    appMs: of((o) => o.appMs),
    bridgeMs: of((o) => o.bridge.transportMs),
    appLongestTaskMs: of((o) => o.appLongTasks.longestMs),
    bridgeLongestTaskMs: of((o) => o.bridge.longTasks.longestMs),
  };
}

const ms = (value: number) => (Number.isFinite(value) ? `${Math.round(value).toLocaleString('en-US')} ms` : '—');
const pad = (cells: readonly string[], widths: readonly number[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');

export function formatTable(report: ExchangeReport): string {
  const lines: string[] = [];
  const n = report.annotations.toLocaleString('en-US');
  lines.push(
    `Exchange benchmark: ${n} annotations on ${report.articles} seed articles, file ${report.fileMB.toFixed(1)} MB ` +
      `(${report.environment.mode} mode, median of ${report.runs.length} app runs, fresh profile each)`,
  );
  const widths = [22, 11, 11, 11, 24, 18, 18, 10];
  lines.push(pad(['', 'to notice', 'app alone', 'bridge', 'app long tasks', 'bridge long tasks', 'after notice', 'frame gap'], widths));
  lines.push(pad(['', '', '(− bridge)', 'transport', 'count / total / longest', 'count / longest', 'total / longest', 'longest'], widths));
  const tasks = (t: LongTaskSummary) => `${t.count} / ${ms(t.totalMs)} / ${ms(t.longestMs)}`;
  const operationRow = (label: string, o: ExchangeOperation | null) =>
    o === null
      ? pad([label, 'not run'], widths)
      : o.outcome !== 'notice'
        ? pad([label, `${o.outcome.toUpperCase()} after ${ms(o.ms)}: ${o.message.slice(0, 160)}`], widths)
        : pad(
            [
              label,
              ms(o.ms),
              ms(o.appMs),
              ms(o.bridge.transportMs),
              tasks(o.appLongTasks),
              `${o.bridge.longTasks.count} / ${ms(o.bridge.longTasks.longestMs)}`,
              `${ms(o.afterNotice.totalMs)} / ${ms(o.afterNotice.longestMs)}`,
              ms(o.longestFrameGapMs),
            ],
            widths,
          );
  const medianLine = (label: string, m: ExchangeMedianRow | null) =>
    m === null
      ? pad([label, 'no completed run'], widths)
      : pad(
          [
            label,
            ms(m.ms),
            ms(m.appMs),
            ms(m.bridgeMs),
            `– / – / ${ms(m.appLongestTaskMs)}`,
            `– / ${ms(m.bridgeLongestTaskMs)}`,
            `${ms(m.afterNoticeTotalMs)} / ${ms(m.afterNoticeLongestMs)}`,
            ms(m.longestFrameGapMs),
          ],
          widths,
        );
  lines.push(medianLine('Import, median', report.medians.import));
  lines.push(medianLine('Export, median', report.medians.export));
  for (const run of report.runs) {
    lines.push(operationRow(`  import, run ${run.run}`, run.import));
    lines.push(operationRow(`  export, run ${run.run}`, run.export));
  }
  if (report.node) {
    const runs = report.node.runs;
    lines.push(`Node, median of ${runs}: parseAnnotationSetFile ${ms(report.node.parseMedianMs)}, serializeAnnotationSet ${ms(report.node.serializeMedianMs)}`);
  }
  for (const run of report.runs) {
    const floor = run.writeFloor;
    lines.push(
      `Run ${run.run} IndexedDB floor: ${floor.rows.toLocaleString('en-US')} rows stored raw in one transaction in ${ms(floor.ms)} ` +
        `(main thread ${ms(floor.mainThreadMs)}); the app's import alone took ${(run.import.appMs / floor.ms).toFixed(2)}× that`,
    );
    const f = run.exportedFile;
    if (f) {
      const verdict = f.valid ? `valid, ${f.annotations.toLocaleString('en-US')} annotations` : 'INVALID';
      lines.push(`Run ${run.run} export: ${(f.bytes / 1024 / 1024).toFixed(1)} MB, ${verdict}, ${f.sameAsImported ? 'same bytes as imported (but exportedAt)' : 'DIFFERS from the imported file'}`);
    }
    for (const [label, o] of [['import', run.import], ['export', run.export]] as const) {
      if (!o || o.outcome !== 'notice') continue;
      const b = o.bridge;
      lines.push(
        `Run ${run.run} ${label} across the test bridge: ${b.calls} calls, transport ${ms(b.transportMs)} (page send ${ms(b.sendMs)}, ` +
          `base64 encode ${ms(b.encodeMs)} + decode ${ms(b.decodeMs)}), main-process handlers ${ms(b.handlerMs)}; all long tasks to notice ${tasks(o.longTasks)}`,
      );
    }
    if (run.pageErrors.length > 0) lines.push(`Run ${run.run} page errors: ${run.pageErrors.join(' | ')}`);
  }
  if (report.profile) lines.push(...formatProfile(report.profile));
  return lines.join('\n');
}

function formatProfile(run: AppRun): string[] {
  const lines: string[] = [];
  for (const [label, o] of [['import', run.import], ['export', run.export]] as const) {
    if (!o) continue;
    const events = [
      ...(o.phases ?? []).map((p) => ({ atMs: p.atMs, text: p.name })),
      ...o.tasks.map((t) => ({ atMs: t.atMs, text: `LONG TASK ${ms(t.ms)} (until ${ms(t.atMs + t.ms)})` })),
      { atMs: o.ms, text: `notice: ${o.message.slice(0, 120)}` },
    ].sort((a, b) => a.atMs - b.atMs);
    lines.push(`Timeline of one ${label} (ms after the command):`);
    for (const e of events) lines.push(`  ${ms(e.atMs).padStart(10)}  ${e.text}`);
    if (!o.profile) continue;
    lines.push(`Profile of one ${label} (main thread, sampled ${ms(o.profile.sampledMs)}): busy stretches of 50 ms or more`);
    for (const s of o.profile.stretches) {
      lines.push(`  ${ms(s.ms).padStart(10)} busy from ${ms(s.startMs)} after the profiler started`);
      for (const f of s.appFunctions) lines.push(`  ${ms(f.totalMs).padStart(14)} in   ${f.name}  ${f.where}`);
      for (const f of s.leaves) lines.push(`  ${ms(f.selfMs).padStart(14)} self ${f.name}  ${f.where}`);
    }
  }
  return lines;
}

export async function writeReport(path: string, report: ExchangeReport): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, `${JSON.stringify(report, null, 2)}\n`);
}
