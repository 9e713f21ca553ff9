// The app benchmark's results: every sample per annotation count, medians, the table printed with
// each cell's ratio to N = 0 in the same run, and the whole written to bench/results.json.
/// <reference types="node" />
import { writeFile } from 'node:fs/promises';
import type { HeapUsage } from './app-probes';
import { median } from '../shared/statistics';

export interface OpenSample {
  textMs: number;
  highlightsMs: number | null;
  /** The longest main-thread task from the click until the page had been quiet for a second. */
  longestTaskMs: number;
  longTasks: number;
}

export interface TagSample {
  words: string;
  paintedMs: number;
  committedMs: number;
  savedMs: number;
  longestTaskMs: number;
  longTasks: number;
}

interface ScrollSample {
  ms: number;
  frames: number;
  scrollHeight: number;
  stepPx: number;
  /** Long tasks (over 50 ms) while scrolling, and the longest. */
  longTasks: number;
  longestTaskMs: number;
}

export interface CountResult {
  annotations: number;
  overlapping: number;
  withNotes: number;
  /** From the app's start on the seeded profile until it was quiet: the restore of the copy (setup, not a measure). */
  restoreMs: number;
  /** The machine's load average (1, 5, 15 minutes) when the measuring began: other work on it slows every number. */
  loadAverage: number[];
  opens: OpenSample[];
  tags: TagSample[];
  scroll: ScrollSample | null;
  domElements: number;
  heap: HeapUsage | null;
  medians: Medians;
  pageErrors: string[];
  /** BENCH_PROFILE=1: where the main thread spent one more open and tag (see bench/shared/main-thread-profile.ts). */
  profile?: unknown;
}

type Medians = Record<MeasureKey, number | null>;

const MEASURES = [
  ['openTextMs', 'open: text painted', 'ms'],
  ['openHighlightsMs', 'open: first highlights painted', 'ms'],
  ['openLongestTaskMs', 'longest task during open', 'ms'],
  ['tagPaintedMs', 'tag: highlight painted', 'ms'],
  ['tagCommittedMs', 'tag: committed', 'ms'],
  ['tagSavedMs', 'tag: "Saved" shown', 'ms'],
  ['tagLongestTaskMs', 'longest task while tagging', 'ms'],
  ['scrollLongTasks', 'scroll through: tasks over 50 ms', 'count'],
  ['scrollLongestTaskMs', 'scroll through: longest task', 'ms'],
  ['domElements', 'DOM elements', 'count'],
  ['blinkHeapMB', 'Blink heap after GC', 'MB'],
  ['v8HeapMB', 'V8 heap after GC', 'MB'],
] as const;
type MeasureKey = (typeof MEASURES)[number][0];

export interface AppReport {
  benchmark: 'app';
  date: string;
  environment: { mode: string; chromium: string; node: string; platform: string; cpus: number; cpuModel: string; memoryGB: number };
  workload: { article: string; characters: number; utf8Bytes: number; paragraphs: number; runs: number; tags: number; counts: number[]; seeding: string };
  results: CountResult[];
  table: string;
}

const medianOf = (values: ReadonlyArray<number | null>): number | null => {
  const known = values.filter((v): v is number => v !== null && Number.isFinite(v));
  return known.length === 0 ? null : median(known);
};

export function mediansOf(result: Omit<CountResult, 'medians'>): Medians {
  const mb = (bytes: number | null | undefined) => (bytes === null || bytes === undefined ? null : bytes / 1024 / 1024);
  return {
    openTextMs: medianOf(result.opens.map((o) => o.textMs)),
    openHighlightsMs: medianOf(result.opens.map((o) => o.highlightsMs)),
    openLongestTaskMs: medianOf(result.opens.map((o) => o.longestTaskMs)),
    tagPaintedMs: medianOf(result.tags.map((t) => t.paintedMs)),
    tagCommittedMs: medianOf(result.tags.map((t) => t.committedMs)),
    tagSavedMs: medianOf(result.tags.map((t) => t.savedMs)),
    tagLongestTaskMs: medianOf(result.tags.map((t) => t.longestTaskMs)),
    scrollLongTasks: result.scroll?.longTasks ?? null,
    scrollLongestTaskMs: result.scroll?.longestTaskMs ?? null,
    domElements: result.domElements,
    blinkHeapMB: mb(result.heap?.embedderBytes),
    v8HeapMB: mb(result.heap?.usedBytes),
  };
}

function format(value: number | null, unit: 'ms' | 'count' | 'MB'): string {
  if (value === null) return '—';
  if (unit === 'MB') return `${value.toFixed(0)} MB`;
  if (unit === 'count') return Math.round(value).toLocaleString('en-US');
  return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${Math.round(value)} ms`;
}

/** Rows = measures, columns = annotation counts; beside each count's value, its ratio to the first count's. */
export function formatTable(report: Omit<AppReport, 'table'>): string {
  const { results, environment, workload } = report;
  const base = results[0];
  const header = ['', ...results.map((r) => `N = ${r.annotations.toLocaleString('en-US')}`)];
  const rows = MEASURES.map(([key, label, unit]) => [
    label,
    ...results.map((r, i) => {
      const value = r.medians[key];
      const baseValue = base?.medians[key] ?? null;
      const ratio = i > 0 && value !== null && baseValue !== null && baseValue > 0 ? ` (${(value / baseValue).toFixed(2)}×)` : '';
      return `${format(value, unit)}${ratio}`;
    }),
  ]);
  const widths = header.map((_, c) => Math.max(...[header, ...rows].map((row) => (row[c] ?? '').length)));
  const line = (cells: readonly string[]) => cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
  return [
    `App benchmark: a ${(workload.utf8Bytes / 1024 / 1024).toFixed(2)} MB article (${workload.paragraphs.toLocaleString('en-US')} paragraphs) with N annotations of your own, fresh profile per N;`,
    `medians of ${workload.runs} opens and ${workload.tags} tags; ratio to N = ${base?.annotations ?? 0} in brackets. ${environment.mode} mode, ${environment.chromium}, ${environment.cpus} cores,`,
    `load average at each N's start ${results.map((r) => r.loadAverage[0]?.toFixed(1) ?? '?').join(' / ')}.`,
    line(header),
    ...rows.map(line),
  ].join('\n');
}

export async function writeReport(path: string, report: AppReport): Promise<void> {
  await writeFile(path, `${JSON.stringify(report, null, 2)}\n`);
}
