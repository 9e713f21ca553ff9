// Benchmark: exporting and importing a set of 50,000 annotations in the real app, how long each
// takes and how long the window's main thread is blocked meanwhile (long tasks), median of 3 runs.
/// <reference types="node" />
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Page } from '@playwright/test';
import { ROOT, expect, test, type VeritagApp } from '../../e2e/app-fixture';
import { parseAnnotationSetFile, serializeAnnotationSet } from '../../src/shared/annotation-set-file';
import { startProfile } from '../shared/main-thread-profile';
import {
  installProbes,
  longestFrameGap,
  longTasksBetween,
  noticeOutcome,
  summarizeLongTasks,
  waitForQuiet,
  watchForNotice,
  type NoticeOutcome,
} from '../shared/page-probes';
import { median } from '../shared/statistics';
import { bridgeShare } from './bridge-share';
import { formatTable, exchangeMedianRow, writeReport, type AppRun, type ExchangeOperation, type ExchangeReport } from './exchange-report';
import { installPhaseMarks, takePhaseMarks } from './phase-marks';
import { generateSetFile } from '../../test-support/set-file-generator';
import type { Annotation } from '../../src/shared/annotation';
import { measureWriteFloor } from './write-floor';

const COUNT = 50_000;
/** The count as the app's notices write it ("50,000"). */
const COUNT_TEXT = COUNT.toLocaleString('en-US');
const RUNS = Number(process.env['BENCH_RUNS'] ?? 3);
const NODE_RUNS = 5;
/** BENCH_PROFILE=1 adds one more import and export under Chromium's sampling profiler. */
const PROFILE = process.env['BENCH_PROFILE'] === '1';
const ANNOTATOR = 'Alice';
const SET_NAME = 'Election desk, 50k';
const OPERATION_TIMEOUT_MS = 120_000;
const QUIET_MS = 1_000;
const SETTLE_CAP_MS = 30_000;
const RENDERER_DIR = join(ROOT, 'out', 'renderer');
const REPORT_PATH = join(ROOT, 'test-results', 'bench', 'exchange.json');

const withoutExportedAt = (text: string) => text.replace(/"exportedAt": "[^"]*"/, '"exportedAt": ""');

let dir = '';
let inputPath = '';
let inputText = '';
/** The file's annotations as a set stores them, for the IndexedDB write floor. */
let storedRows: Annotation[] = [];
const report: ExchangeReport = {
  annotations: COUNT,
  articles: 0,
  fileBytes: 0,
  fileMB: 0,
  environment: { mode: '', userAgent: '', node: process.version },
  node: null,
  runs: [],
  medians: { import: null, export: null },
  profile: null,
};

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'veritag-exchange-bench-'));
  const generated = generateSetFile({ count: COUNT, setName: SET_NAME, annotatorName: ANNOTATOR });
  inputText = generated.text;
  storedRows = generated.file.annotations.map((a) => ({ ...a, setId: generated.file.set.id }));
  inputPath = join(dir, 'alice-50k.veritag.json');
  await writeFile(inputPath, inputText);
  report.articles = generated.file.documents.length;
  report.fileBytes = Buffer.byteLength(inputText);
  report.fileMB = report.fileBytes / 1024 / 1024;
  const check = parseAnnotationSetFile(inputText);
  if (!check.ok) throw new Error(`The generated file is not valid: ${check.errors.slice(0, 5).join('; ')}`);
});

test.afterAll(async () => {
  report.medians = { import: exchangeMedianRow(report.runs.map((r) => r.import)), export: exchangeMedianRow(report.runs.map((r) => r.export)) };
  console.log(`\n${formatTable(report)}\n`);
  await writeReport(REPORT_PATH, report);
  console.log(`Written to ${REPORT_PATH}`);
  if (dir) await rm(dir, { recursive: true, force: true });
});

test('reference: parseAnnotationSetFile and serializeAnnotationSet in Node', () => {
  const parseMs: number[] = [];
  const serializeMs: number[] = [];
  for (let i = 0; i < NODE_RUNS; i++) {
    let t = performance.now();
    const parsed = parseAnnotationSetFile(inputText);
    parseMs.push(performance.now() - t);
    if (!parsed.ok) throw new Error(parsed.errors.join('; '));
    t = performance.now();
    const text = serializeAnnotationSet(parsed.file);
    serializeMs.push(performance.now() - t);
    expect(text.length).toBe(inputText.length);
  }
  report.node = { runs: NODE_RUNS, parseMs, serializeMs, parseMedianMs: median(parseMs), serializeMedianMs: median(serializeMs) };
});

test(`import and export ${COUNT.toLocaleString('en-US')} annotations in the app, ${RUNS} runs`, async ({ app }) => {
  test.setTimeout(RUNS * 5 * 60_000);
  report.environment.mode = app.mode;
  for (let run = 1; run <= RUNS; run++) {
    if (run > 1) await app.switchToFreshProfile();
    const result = await measureRun(app, run, false);
    report.runs.push(result);
    // A failed run is reported, not retried: the table shows what the app did.
    if (result.import.outcome !== 'notice' || result.export?.outcome !== 'notice') break;
  }
  for (const run of report.runs) {
    expect.soft(run.import.outcome, `run ${run.run} import`).toBe('notice');
    expect.soft(run.export?.outcome, `run ${run.run} export`).toBe('notice');
    expect.soft(run.exportedFile?.valid, `run ${run.run} exported file valid`).toBe(true);
    expect.soft(run.exportedFile?.annotations, `run ${run.run} exported annotations`).toBe(COUNT);
  }
});

test('profile: where the main thread spends one import and export', async ({ app }) => {
  test.skip(!PROFILE, 'set BENCH_PROFILE=1 to profile');
  report.profile = await measureRun(app, 0, true);
});

async function measureRun(app: VeritagApp, run: number, profile: boolean): Promise<AppRun> {
  const page = app.page;
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('crash', () => pageErrors.push('the page crashed'));
  await expect(page.getByRole('navigation', { name: 'Library' }).getByRole('listitem')).toHaveCount(5);
  const sets = page.getByRole('region', { name: 'Sets' });
  await expect(sets.getByRole('listitem')).toHaveCount(1);
  report.environment.userAgent ||= await page.evaluate(() => navigator.userAgent);
  await installProbes(page);
  if (profile) await installPhaseMarks(page);
  const writeFloor = await measureWriteFloor(page, storedRows);

  // Import: File ▸ Import set…, the open dialog answering with the generated file.
  await app.answerOpenDialog([inputPath]);
  await watchForNotice(page, `Imported ${ANNOTATOR}'s set`, { startOnClick: false, timeoutMs: OPERATION_TIMEOUT_MS });
  const importProfile = profile ? await startProfile(page, RENDERER_DIR) : null;
  await app.menu('import-set');
  const imported = await measureOperation(page, profile);
  if (importProfile) imported.profile = await importProfile.stop();
  expect
    .soft(imported.message, `run ${run}: import notice`)
    .toContain(`Imported ${ANNOTATOR}'s set “${SET_NAME}”: ${COUNT_TEXT} annotations on 5 articles (0 re-anchored, 0 orphaned)`);
  if (imported.outcome !== 'notice') {
    await app.screenshot(`exchange-bench-run-${run}-import-${imported.outcome}`).catch(() => undefined);
    return { run, writeFloor, import: imported, export: null, exportedFile: null, pageErrors };
  }

  // Export: the set's Export… button in the Sets panel, then the dialog's Export….
  const exportPath = join(dir, `run-${run}.veritag.json`);
  await app.answerSaveDialog(exportPath);
  await sets.getByRole('button', { name: `Export ${ANNOTATOR}: ${SET_NAME}` }).click();
  const dialog = page.getByRole('dialog', { name: 'Export annotations' });
  await expect(dialog).toBeVisible();
  const expected = `Exported ${COUNT_TEXT} annotations to ${basename(exportPath)}.`;
  await watchForNotice(page, expected, { startOnClick: true, timeoutMs: OPERATION_TIMEOUT_MS });
  const exportProfile = profile ? await startProfile(page, RENDERER_DIR) : null;
  await dialog.getByRole('button', { name: 'Export…' }).click();
  const exported = await measureOperation(page, profile);
  if (exportProfile) exported.profile = await exportProfile.stop();
  if (exported.outcome !== 'notice') {
    await app.screenshot(`exchange-bench-run-${run}-export-${exported.outcome}`).catch(() => undefined);
    return { run, writeFloor, import: imported, export: exported, exportedFile: null, pageErrors };
  }

  const text = await readFile(exportPath, 'utf8');
  const parsed = parseAnnotationSetFile(text);
  const exportedFile = {
    bytes: Buffer.byteLength(text),
    valid: parsed.ok,
    annotations: parsed.ok ? parsed.file.annotations.length : 0,
    sameAsImported: withoutExportedAt(text) === withoutExportedAt(inputText),
  };
  await rm(exportPath, { force: true });
  return { run, writeFloor, import: imported, export: exported, exportedFile, pageErrors };
}

/** Waits for the watched notice, then for the main thread to settle, and sums up the long tasks. */
async function measureOperation(page: Page, marks: boolean): Promise<ExchangeOperation> {
  let outcome: NoticeOutcome & { start: number };
  try {
    outcome = await withTimeout(noticeOutcome(page), OPERATION_TIMEOUT_MS + 30_000);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const none = { count: 0, totalMs: 0, longestMs: 0 };
    const kind = /timed out/.test(message) ? 'timeout' : 'crash';
    const nan = Number.NaN;
    const bridge = { calls: 0, transportMs: nan, handlerMs: nan, sendMs: nan, encodeMs: nan, decodeMs: nan, longTasks: none };
    return { outcome: kind, message, ms: nan, appMs: nan, longTasks: none, appLongTasks: none, bridge, afterNotice: none, settledMs: nan, longestFrameGapMs: nan, tasks: [] };
  }
  const { start, at } = outcome;
  const quiet = await waitForQuiet(page, at, QUIET_MS, SETTLE_CAP_MS);
  const tasks = await longTasksBetween(page, start, quiet.now);
  const settledAt = quiet.lastEnd;
  const toNotice = tasks.filter((t) => t.atMs < at - start);
  const bridge = await bridgeShare(page, start, quiet.now, tasks);
  const bridgeToNotice = await bridgeShare(page, start, at, toNotice);
  return {
    outcome: outcome.kind,
    message: outcome.text,
    ms: at - start,
    appMs: at - start - bridgeToNotice.share.transportMs,
    longTasks: summarizeLongTasks(toNotice),
    appLongTasks: summarizeLongTasks(bridgeToNotice.appTasks),
    bridge: bridge.share,
    afterNotice: summarizeLongTasks(tasks.filter((t) => t.atMs >= at - start)),
    settledMs: settledAt - start,
    longestFrameGapMs: await longestFrameGap(page, start, settledAt),
    tasks,
    ...(marks ? { phases: await takePhaseMarks(page, start) } : {}),
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
