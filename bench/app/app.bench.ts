// Benchmark: the whole app on a long report. A 1 MB article (2,256 paragraphs of the seeds' words) is
// added as a user adds one (Add article…, the open dialog answering with its file), then N = 0, 5,000
// and 20,000 annotations of the user's own are put on it, each N in a fresh profile; measured: opening
// it, tagging, scrolling through it, the page's size. Timings only, never pass/fail on speed.
//
// How the annotations get there: through the app's own restore. With the app quit, the main
// process's durable-copy store (src/main/durable-copy-store.ts) writes a snapshot of the profile's
// copy with the annotations added, one change past the database; at its next start the app finds its
// database behind the copy and restores it (src/renderer/src/backups/recovery.ts), so the annotations
// are stored by the app's own code, in its own set, as the app would after a crash. Tagging 20,000
// spans through the UI would take hours, and an import makes a colleague's set, not yours. The
// annotations come from the app's factory with a seeded generator (app-workload.ts): every run
// benchmarks the same data.
//
// Browser mode bridges window.veritag to this Node process (e2e/browser-bridge.ts). None of the
// measured intervals waits for it: the article's text and annotations come from IndexedDB, "Saved"
// follows the IndexedDB commit, and the durable copy's journal append after a tag (one annotation,
// about a kilobyte) goes over the bridge after the commit. The start-up restore, which reads the whole
// copy over the bridge, is setup and not a measure.
//
// BENCH_RUNS (default 5) opens per N, BENCH_TAGS (default 10) tags, BENCH_APP_COUNTS (default
// 0,5000,20000) the N values; BENCH_PROFILE=1 profiles one more open and tag per N.
/// <reference types="node" />
import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { ROOT, expect, test, type VeritagApp } from '../../e2e/app-fixture';
import { seedTexts } from '../../e2e/seed-text';
import { utf8ByteLength } from '../../src/shared/code-points';
import { startProfile, type ProfileSummary } from '../shared/main-thread-profile';
import { installProbes, longTasksBetween, waitForQuiet } from '../shared/page-probes';
import { domElements, heapAfterGc, installAppProbes, measureOpen, measureTag, scrollThrough, spanEdges, storedAnnotations } from './app-probes';
import { formatTable, mediansOf, writeReport, type AppReport, type CountResult, type OpenSample, type TagSample } from './app-report';
import { ARTICLE_TITLE, articleText, workload, writeArticleFile, type TagTarget } from './app-workload';
import { addToCopy, backupMentions, readCopiedWork } from './copy-seeding';

const RUNS = Number(process.env['BENCH_RUNS'] ?? 5);
const TAGS = Number(process.env['BENCH_TAGS'] ?? 10);
const COUNTS = (process.env['BENCH_APP_COUNTS'] ?? '0,5000,20000').split(',').map(Number);
const PROFILE = process.env['BENCH_PROFILE'] === '1';
const READER = `Text of “${ARTICLE_TITLE}”`;
const TEXT = articleText();
const PARAGRAPHS = TEXT.split('\n').length;
const STEP_TIMEOUT_MS = 120_000;
const RENDERER_DIR = join(ROOT, 'out', 'renderer');
const RESULTS_PATH = join(ROOT, 'bench', 'results.json');
/** The other article opened between two opens of the long one. */
const OTHER = seedTexts()[0]!.title;

const results: CountResult[] = [];
const environment: AppReport['environment'] = {
  mode: '',
  chromium: '',
  node: process.version,
  platform: `${platform()} ${release()}`,
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model ?? '',
  memoryGB: Math.round(totalmem() / 1024 ** 3),
};
let dir = '';

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'veritag-app-bench-'));
});

test.afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
  if (results.length === 0) return;
  const partial: Omit<AppReport, 'table'> = {
    benchmark: 'app',
    date: new Date().toISOString(),
    environment,
    workload: {
      article: ARTICLE_TITLE,
      characters: TEXT.length,
      utf8Bytes: utf8ByteLength(TEXT),
      paragraphs: PARAGRAPHS,
      runs: RUNS,
      tags: TAGS,
      counts: results.map((r) => r.annotations),
      seeding: 'durable-copy snapshot restored by the app at start (see bench/app/app.bench.ts)',
    },
    results,
  };
  const table = formatTable(partial);
  console.log(`\n${table}\n`);
  await writeReport(RESULTS_PATH, { ...partial, table });
  console.log(`Written to ${RESULTS_PATH}`);
});

for (const count of COUNTS) {
  test(`the long report with ${count.toLocaleString('en-US')} annotations of your own`, async ({ app }) => {
    test.setTimeout(20 * 60_000);
    results.push(await benchmark(app, count));
  });
}

async function benchmark(app: VeritagApp, count: number): Promise<CountResult> {
  environment.mode = app.mode;
  // Add the article as a user does.
  let page = app.page;
  await expect(library(page)).toHaveCount(5);
  await app.answerOpenDialog([await writeArticleFile(dir)]);
  await page.getByRole('button', { name: 'Add article…' }).click();
  await expect(page.getByRole('status', { name: 'Notifications' })).toContainText(`Added “${ARTICLE_TITLE}”.`, { timeout: STEP_TIMEOUT_MS });
  await expect.poll(() => backupMentions(app.profileDir, ARTICLE_TITLE), { timeout: STEP_TIMEOUT_MS }).toBe(true);
  await app.quit();

  // The annotations, into the copy; the app restores them at its start.
  const work = await readCopiedWork(app.profileDir, ARTICLE_TITLE);
  const data = workload(work.document.text, work.document.id, work.setId, count, TAGS);
  await addToCopy(app.profileDir, data.annotations);
  page = await app.start();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('crash', () => pageErrors.push('the page crashed'));
  await installProbes(page, { frames: false });
  await installAppProbes(page);
  const startedAt = await page.evaluate(() => performance.now());
  const recovery = page.getByRole('alert', { name: 'Recovery' });
  await expect(recovery).toContainText('Restored from the backup copy', { timeout: STEP_TIMEOUT_MS });
  await recovery.getByRole('button', { name: 'Dismiss' }).click();
  await expect(library(page)).toHaveCount(6);
  const restored = await waitForQuiet(page, startedAt, 1_000, STEP_TIMEOUT_MS);
  expect(await storedAnnotations(page, work.document.id)).toBe(count);
  environment.chromium ||= await page.evaluate(() => /Chrome\/[\d.]+/.exec(navigator.userAgent)?.[0] ?? navigator.userAgent);

  const loadAverage = loadavg();
  const opens: OpenSample[] = [];
  for (let run = 0; run < RUNS; run++) opens.push(await openOnce(page, count > 0));
  await expect(page.getByRole('textbox', { name: READER })).toBeVisible();
  const elements = await domElements(page);
  const heap = await heapAfterGc(page);

  const scrolled = await scrollThrough(page, READER);
  const scrollTasks = await longTasksBetween(page, scrolled.start, scrolled.end);
  const scroll = {
    ms: scrolled.end - scrolled.start,
    frames: scrolled.frames,
    scrollHeight: scrolled.scrollHeight,
    stepPx: scrolled.stepPx,
    longTasks: scrollTasks.length,
    longestTaskMs: Math.max(0, ...scrollTasks.map((t) => t.ms)),
  };
  await waitForQuiet(page, scrolled.end, 500, STEP_TIMEOUT_MS);

  const tags: TagSample[] = [];
  for (const target of data.tags) tags.push(await tagOnce(page, target));
  await expect.poll(() => storedAnnotations(page, work.document.id)).toBe(count + TAGS);

  const measured = {
    annotations: count,
    overlapping: data.overlapping,
    withNotes: data.withNotes,
    restoreMs: restored.lastEnd - startedAt,
    loadAverage,
    opens,
    tags,
    scroll,
    domElements: elements,
    heap,
    pageErrors,
  };
  const result: CountResult = { ...measured, medians: mediansOf(measured) };
  if (PROFILE) {
    result.profile = {
      open: await profiled(page, () => openOnce(page, count > 0)),
      tag: await profiled(page, () => retag(page, work.document.id, count + TAGS, data.tags.at(-1)!)),
    };
  }
  return result;
}

const library = (page: Page) => page.getByRole('navigation', { name: 'Library' }).getByRole('listitem');
const libraryButton = (page: Page, title: string) => page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: title, exact: true });

/** Opens another article, then the long one: the click until its text and highlights are painted, and the long tasks until quiet. */
async function openOnce(page: Page, highlights: boolean): Promise<OpenSample> {
  await libraryButton(page, OTHER).click();
  await expect(page.getByRole('heading', { level: 1, name: OTHER })).toBeVisible({ timeout: STEP_TIMEOUT_MS });
  const before = await page.evaluate(() => performance.now());
  await waitForQuiet(page, before, 500, STEP_TIMEOUT_MS);
  const times = await measureOpen(page, () => libraryButton(page, ARTICLE_TITLE).click(), {
    readerName: READER,
    paragraphs: PARAGRAPHS,
    highlights,
    timeoutMs: STEP_TIMEOUT_MS,
  });
  const quiet = await waitForQuiet(page, times.start, 1_000, STEP_TIMEOUT_MS);
  const tasks = await longTasksBetween(page, times.start, quiet.now);
  return { textMs: times.textMs, highlightsMs: times.highlightsMs, longestTaskMs: Math.max(0, ...tasks.map((t) => t.ms)), longTasks: tasks.length };
}

/** Selects the target's words with the mouse, presses 1 (Claim): painted, committed, "Saved", and the long tasks until quiet. */
async function tagOnce(page: Page, target: TagTarget): Promise<TagSample> {
  await page.keyboard.press('Escape');
  const edges = await spanEdges(page, READER, target);
  await page.mouse.move(edges.start.x, edges.start.y);
  await page.mouse.down();
  await page.mouse.move(edges.end.x, edges.end.y, { steps: 6 });
  await page.mouse.up();
  await expect.poll(() => page.evaluate(() => document.getSelection()?.toString())).toBe(target.text);
  const before = await page.evaluate(() => performance.now());
  await waitForQuiet(page, before, 300, STEP_TIMEOUT_MS);
  const times = await measureTag(page, '1', STEP_TIMEOUT_MS);
  const quiet = await waitForQuiet(page, times.start, 1_000, STEP_TIMEOUT_MS);
  const tasks = await longTasksBetween(page, times.start, quiet.now);
  return {
    words: target.text,
    paintedMs: times.paintedMs,
    committedMs: times.committedMs,
    savedMs: times.savedMs,
    longestTaskMs: Math.max(0, ...tasks.map((t) => t.ms)),
    longTasks: tasks.length,
  };
}

/** The last tag again, after undoing it (`stored` annotations before the undo). */
async function retag(page: Page, document: string, stored: number, target: TagTarget): Promise<TagSample> {
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+z');
  await expect.poll(() => storedAnnotations(page, document)).toBe(stored - 1);
  // The highlight goes once the app has caught up with the undo.
  await waitForQuiet(page, await page.evaluate(() => performance.now()), 1_000, STEP_TIMEOUT_MS);
  return tagOnce(page, target);
}

/** `measure` under Chromium's sampling profiler: its sample, and where the main thread spent the time. */
async function profiled<T>(page: Page, measure: () => Promise<T>): Promise<{ sample: T; profile: ProfileSummary }> {
  const profile = await startProfile(page, RENDERER_DIR);
  const sample = await measure();
  return { sample, profile: await profile.stop() };
}
