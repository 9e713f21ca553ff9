// Benchmark: how long the review takes for two sets of 5,000 annotations — opening it and taking a
// decision in the real app (median of 3 fresh profiles, main-thread long tasks) and the pure computation in Node.
/// <reference types="node" />
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { ROOT, expect, test, type VeritagApp } from '../../e2e/app-fixture';
import type { Annotation } from '../../src/shared/annotation';
import { agreement, formatFigure, type AgreementDocument, type CorpusAgreement } from '../../src/shared/agreement';
import { buildAnnotationSetFile, parseAnnotationSetFile, serializeAnnotationSet } from '../../src/shared/annotation-set-file';
import type { AnnotationSetFile } from '../../src/shared/annotation-set-schema';
import type { Article } from '../../src/shared/article';
import { classify, disagreements } from '../../src/shared/disagreement';
import { LABEL_IDS } from '../../src/shared/labels';
import { compareOrdinal } from '../../src/shared/ordinal';
import { CodePointIndex } from '../../src/shared/code-points';
import { TextPositionAnchor, selectorFor } from '../../src/shared/text-selector';
import { median } from '../shared/statistics';
import { medianRow, type MedianRow, type OperationResult } from '../exchange/exchange-report';
import { startProfile, type ProfileSummary } from '../shared/main-thread-profile';
import { installProbes, longestFrameGap, longTasksBetween, summarizeLongTasks, waitForQuiet, type LongTaskSummary } from '../shared/page-probes';
import { installPhaseMarks, takePhaseMarks } from '../exchange/phase-marks';
import { generateSetFile } from '../../test-support/set-file-generator';

const COUNT = 5_000;
const RUNS = Number(process.env['BENCH_RUNS'] ?? 3);
const NODE_RUNS = 5;
/** Long tasks above this make the benchmark add one profiled run (BENCH_PROFILE=1 forces it, =0 skips it). */
const FREEZE_MS = 200;
const PROFILE = process.env['BENCH_PROFILE'];
/** How B is made from A: share of A's spans copied exactly, with other boundaries, with another label; the rest only in A. */
const SHARES = { agree: 0.6, boundary: 0.15, label: 0.1 } as const;
const A = { annotator: 'Alice', setName: 'Election desk, first reader', seed: 0x5e7f11e };
const B = { annotator: 'Bob', setName: 'Election desk, second reader', seed: 0xb0b5e7 };
const STEP_TIMEOUT_MS = 120_000;
const QUIET_MS = 1_000;
const SETTLE_CAP_MS = 60_000;
const RENDERER_DIR = join(ROOT, 'out', 'renderer');
const REPORT_PATH = join(ROOT, 'test-results', 'bench', 'review.json');

/**
 * The review opens on yours (empty) against the first colleague's set by name (Alice's); B is
 * chosen first, so that A and B are never the same set (the screen then shows no comparison).
 */
const STEPS = ['open', 'chooseB', 'chooseA', 'decideFirst', 'decideNext'] as const;
type StepName = (typeof STEPS)[number];
const STEP_LABELS: Record<StepName, string> = {
  open: 'Review… (yours vs Alice)',
  chooseB: 'Set B = Bob (yours vs Bob)',
  chooseA: 'Set A = Alice: Alice vs Bob',
  decideFirst: 'a: first decision (+ auto-accept)',
  decideNext: 'b: next decision',
};

/** One step: as OperationResult ("notice" = the awaited state is in the DOM), plus when it was painted. */
interface StepResult extends OperationResult {
  /** Until the first frame after the state is in the DOM has been rendered (rAF, then a task). */
  paintedMs: number;
  /** Elements in the page once it settled, and spans listed in the disagreement list. */
  domElements: number;
  listedSpans: number;
  /** Profiled run only: Chromium's trace of the renderer main thread, by event (nested events overlap). */
  trace?: TraceRow[];
  /** The first decision: until auto-accept's transaction has stored every agreed span (it runs on after the DOM shows the decision). */
  autoAcceptedMs?: number;
}

interface ReviewRun {
  run: number;
  steps: Partial<Record<StepName, StepResult>>;
  /** The corpus table as shown, checked against the Node computation. */
  tableMatches: boolean | null;
  tableMismatches: string[];
  pageErrors: string[];
}

interface NodeTimings {
  runs: number;
  agreementMs: number[];
  disagreementsMs: number[];
  classifyMs: number[];
  agreementMedianMs: number;
  disagreementsMedianMs: number;
  classifyMedianMs: number;
}

interface ReviewReport {
  annotations: { a: number; b: number };
  articles: number;
  /** How B was made from A (spans of each kind), and the classes the spec's rules then give. */
  construction: Record<'agree' | 'boundary' | 'label' | 'onlyA' | 'onlyB', number>;
  classes: { a: Record<string, number>; b: Record<string, number> };
  disagreements: number;
  largestGroupSpans: number;
  /** Agreed spans auto-accept stores after the first decision (those outside the disagreement decided). */
  autoAccepted: number;
  /** What each step waits for (see ReadyCondition). */
  shown: Record<'open' | 'yoursBob' | 'pair', ReadyCondition> | null;
  fileBytes: { a: number; b: number };
  environment: { mode: string; userAgent: string; node: string };
  node: NodeTimings | null;
  runs: ReviewRun[];
  medians: Partial<Record<StepName, (MedianRow & { paintedMs: number; domElements: number; listedSpans: number }) | null>>;
  profile: ReviewRun | null;
}

let dir = '';
const paths = { a: '', b: '' };
let articles: Article[] = [];
let annotationsA: Annotation[] = [];
let annotationsB: Annotation[] = [];
let expected: CorpusAgreement | null = null;
let expectedGroups = new Map<string, number>();
/** What each step must show: yours (empty) vs Alice, Alice vs Alice, Alice vs Bob. */
const views: Record<'open' | 'yoursBob' | 'pair', ReadyCondition> = {
  open: { total: 0, table: { rows: 0, a: 0, b: 0 } },
  yoursBob: { total: 0, table: { rows: 0, a: 0, b: 0 } },
  pair: { total: 0, table: { rows: 0, a: 0, b: 0 } },
};
const report: ReviewReport = {
  annotations: { a: 0, b: 0 },
  articles: 0,
  construction: { agree: 0, boundary: 0, label: 0, onlyA: 0, onlyB: 0 },
  classes: { a: {}, b: {} },
  disagreements: 0,
  largestGroupSpans: 0,
  autoAccepted: 0,
  shown: null,
  fileBytes: { a: 0, b: 0 },
  environment: { mode: '', userAgent: '', node: process.version },
  node: null,
  runs: [],
  medians: {},
  profile: null,
};

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'veritag-review-bench-'));
  const first = generateSetFile({ count: COUNT, setName: A.setName, annotatorName: A.annotator, seed: A.seed });
  articles = first.articles;
  const second = secondReader(first.file, articles);
  paths.a = join(dir, 'alice-5k.veritag.json');
  paths.b = join(dir, 'bob-5k.veritag.json');
  await writeFile(paths.a, first.text);
  await writeFile(paths.b, second.text);
  for (const [side, text] of [['a', first.text], ['b', second.text]] as const) {
    const parsed = parseAnnotationSetFile(text);
    if (!parsed.ok) throw new Error(`The generated file ${side} is not valid: ${parsed.errors.slice(0, 5).join('; ')}`);
    report.fileBytes[side] = Buffer.byteLength(text);
  }
  annotationsA = asAnnotations(first.file);
  annotationsB = asAnnotations(second.file);
  report.annotations = { a: annotationsA.length, b: annotationsB.length };
  report.articles = articles.length;
  report.construction = second.construction;

  // What the app must show: the spec's figures and disagreement groups, from the shared code.
  expected = agreement(agreementInput());
  const perDocument = articles.map((article) => {
    const [a, b] = [inDocument(annotationsA, article.id), inDocument(annotationsB, article.id)];
    const classes = classify(a, b);
    for (const c of classes.a) report.classes.a[c] = (report.classes.a[c] ?? 0) + 1;
    for (const c of classes.b) report.classes.b[c] = (report.classes.b[c] ?? 0) + 1;
    return { id: article.id, groups: disagreements(a, b) };
  });
  expectedGroups = new Map(perDocument.map((d) => [d.id, d.groups.length]));
  report.disagreements = perDocument.reduce((sum, d) => sum + d.groups.length, 0);
  views.open = view([], annotationsA);
  views.yoursBob = view([], annotationsB);
  views.pair = view(annotationsA, annotationsB);
  report.shown = views;
  // While A's annotations load, the screen shows nothing against B: that must not pass for the pair.
  if (views.yoursBob.total === views.pair.total) console.warn('B alone has as many groups as the pair: the last step may end early');
  report.largestGroupSpans = Math.max(...perDocument.flatMap((d) => d.groups.map((g) => g.a.length + g.b.length)));
  report.autoAccepted = agreedOutsideFirstGroup();
});

test.afterAll(async () => {
  for (const step of STEPS) {
    const row = medianRow(report.runs.map((r) => r.steps[step] ?? null));
    const done = report.runs.flatMap((r) => (r.steps[step]?.outcome === 'notice' ? [r.steps[step]] : []));
    report.medians[step] = row && { ...row, paintedMs: median(done.map((o) => o.paintedMs)), domElements: median(done.map((o) => o.domElements)), listedSpans: median(done.map((o) => o.listedSpans)) };
  }
  console.log(`\n${formatTable(report)}\n`);
  await mkdir(join(ROOT, 'test-results', 'bench'), { recursive: true });
  await writeFile(REPORT_PATH, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`Written to ${REPORT_PATH}`);
  if (dir) await rm(dir, { recursive: true, force: true });
});

test('reference: agreement() and disagreements() in Node', () => {
  const input = agreementInput();
  const timings: NodeTimings = { runs: NODE_RUNS, agreementMs: [], disagreementsMs: [], classifyMs: [], agreementMedianMs: 0, disagreementsMedianMs: 0, classifyMedianMs: 0 };
  for (let i = 0; i < NODE_RUNS; i++) {
    let t = performance.now();
    const figures = agreement(input);
    timings.agreementMs.push(performance.now() - t);
    expect(figures.documents).toHaveLength(articles.length);

    t = performance.now();
    let groups = 0;
    for (const d of input) groups += disagreements(d.a, d.b).length;
    timings.disagreementsMs.push(performance.now() - t);
    expect(groups).toBe(report.disagreements);

    t = performance.now();
    let spans = 0;
    for (const d of input) spans += classify(d.a, d.b).a.length;
    timings.classifyMs.push(performance.now() - t);
    expect(spans).toBe(annotationsA.length);
  }
  timings.agreementMedianMs = median(timings.agreementMs);
  timings.disagreementsMedianMs = median(timings.disagreementsMs);
  timings.classifyMedianMs = median(timings.classifyMs);
  report.node = timings;
});

test(`open the review of two sets of ${COUNT.toLocaleString('en-US')} annotations in the app, ${RUNS} runs`, async ({ app }) => {
  test.setTimeout(RUNS * 6 * 60_000);
  report.environment.mode = app.mode;
  for (let run = 1; run <= RUNS; run++) {
    if (run > 1) await app.switchToFreshProfile();
    const result = await measureRun(app, run, false);
    report.runs.push(result);
    // A failed run is reported, not retried: the table shows what the app did.
    if (STEPS.some((s) => result.steps[s]?.outcome !== 'notice')) break;
  }
  for (const run of report.runs) {
    for (const step of STEPS) expect.soft(run.steps[step]?.outcome, `run ${run.run}: ${STEP_LABELS[step]}`).toBe('notice');
    expect.soft(run.tableMismatches, `run ${run.run}: corpus table`).toEqual([]);
    expect.soft(run.pageErrors, `run ${run.run}: page errors`).toEqual([]);
  }
});

test('profile: where the main thread spends the review’s opening', async ({ app }) => {
  const longest = Math.max(0, ...report.runs.flatMap((r) => STEPS.flatMap((s) => r.steps[s]?.tasks.map((t) => t.ms) ?? [])));
  test.skip(PROFILE === '0' || (PROFILE !== '1' && longest <= FREEZE_MS), `no long task above ${FREEZE_MS} ms (BENCH_PROFILE=1 profiles anyway)`);
  test.setTimeout(6 * 60_000);
  report.profile = await measureRun(app, 0, true);
});

/** One fresh profile: import both sets, then open the review, choose A, choose B. */
async function measureRun(app: VeritagApp, run: number, profile: boolean): Promise<ReviewRun> {
  const page = app.page;
  const result: ReviewRun = { run, steps: {}, tableMatches: null, tableMismatches: [], pageErrors: [] };
  page.on('pageerror', (error) => result.pageErrors.push(error.message));
  page.on('crash', () => result.pageErrors.push('the page crashed'));
  await expect(page.getByRole('navigation', { name: 'Library' }).getByRole('listitem')).toHaveCount(5);
  report.environment.userAgent ||= await page.evaluate(() => navigator.userAgent);

  // Both sets through File ▸ Import set…, the open dialog answering with each generated file.
  const notices = page.getByRole('status', { name: 'Notifications' });
  for (const [path, who] of [[paths.a, A], [paths.b, B]] as const) {
    await app.answerOpenDialog([path]);
    await app.menu('import-set');
    await expect(notices).toContainText(`Imported ${who.annotator}'s set “${who.setName}”: ${COUNT.toLocaleString('en-US')} annotations on 5 articles (0 re-anchored, 0 orphaned)`, {
      timeout: STEP_TIMEOUT_MS,
    });
  }
  await expect(page.getByRole('region', { name: 'Sets' }).getByRole('listitem')).toHaveCount(3);
  await installProbes(page);
  if (profile) await installPhaseMarks(page);
  // Nothing from the imports may be counted against the review.
  await waitForQuiet(page, await page.evaluate(() => performance.now()), QUIET_MS, SETTLE_CAP_MS);

  const nameA = `${A.annotator}: ${A.setName}`;
  const nameB = `${B.annotator}: ${B.setName}`;
  const chosen = (name: 'Set A' | 'Set B') =>
    page.getByRole('combobox', { name }).evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.textContent ?? '');
  const list = page.getByRole('list', { name: 'Disagreements in text order' });
  const current = list.locator('[aria-current="true"]');
  /** Walks to the next disagreement (before the measurement starts): one not decided yet. */
  const walk = async () => {
    await page.keyboard.press('n');
    await expect(current).toContainText('Not decided');
  };
  const steps: Array<{
    step: StepName;
    prepare?: () => Promise<void>;
    act: () => Promise<void>;
    ready: () => Promise<ReadyCondition>;
    startOn: StartEvent;
  }> = [
    {
      step: 'open',
      act: () => page.getByRole('button', { name: 'Review…' }).click(),
      ready: () => Promise.resolve(views.open),
      startOn: 'click',
    },
    {
      step: 'chooseB',
      act: async () => {
        await expect(page.getByRole('combobox', { name: 'Article' })).toHaveValue('');
        await page.getByRole('combobox', { name: 'Set B' }).selectOption({ label: nameB });
      },
      ready: async () => {
        const [a, b] = [await chosen('Set A'), await chosen('Set B')];
        if (!a.endsWith('(yours)') || b !== nameA) throw new Error(`The review opened on ${a} vs ${b}`);
        return views.yoursBob;
      },
      startOn: 'change',
    },
    {
      step: 'chooseA',
      act: async () => {
        await page.getByRole('combobox', { name: 'Set A' }).selectOption({ label: nameA });
      },
      ready: () => Promise.resolve(views.pair),
      startOn: 'change',
    },
    // The first decision creates the review and its reviewed set; auto-accept (on by default) then
    // accepts every agreed span, so what follows the notice is counted as "after".
    {
      step: 'decideFirst',
      prepare: walk,
      act: () => page.keyboard.press('a'),
      ready: () => Promise.resolve({ ...views.pair, decided: 1, currentDecision: 'Accept A' }),
      startOn: 'keydown',
    },
    // A decision in a review under way: what one keypress costs.
    {
      step: 'decideNext',
      prepare: walk,
      act: () => page.keyboard.press('b'),
      ready: () => Promise.resolve({ ...views.pair, decided: 2, currentDecision: 'Accept B' }),
      startOn: 'keydown',
    },
  ];
  for (const { step, prepare, act, ready, startOn } of steps) {
    await prepare?.();
    const measured = await measureStep(page, act, await ready(), startOn, profile);
    result.steps[step] = measured;
    // The next decision starts once auto-accept has stored the agreed spans (one decision, plus one automatic each).
    if (step === 'decideFirst' && measured.outcome === 'notice') measured.autoAcceptedMs = await waitForDecisions(page, report.autoAccepted + 1);
    if (measured.outcome !== 'notice') {
      await app.screenshot(`review-bench-run-${run}-${step}-${measured.outcome}`).catch(() => undefined);
      return result;
    }
  }
  await expect(page.getByRole('combobox', { name: 'Article' })).toHaveValue('');
  result.tableMismatches = await checkCorpusTable(page);
  result.tableMatches = result.tableMismatches.length === 0;
  return result;
}

/** Agreed places (start, end, label in both sets) of every article, less those in the first disagreement, which the first decision decides. */
function agreedOutsideFirstGroup(): number {
  const place = (x: Annotation) => `${x.start}:${x.end}:${x.label}`;
  let count = 0;
  let first = true;
  for (const article of [...articles].sort((x, y) => compareOrdinal(x.id, y.id))) {
    const [a, b] = [inDocument(annotationsA, article.id), inDocument(annotationsB, article.id)];
    const inB = new Set(b.map(place));
    const agreed = new Set(a.map(place).filter((p) => inB.has(p)));
    const group = first ? disagreements(a, b)[0] : undefined;
    if (group) first = false;
    const decided = new Set((group?.a ?? []).map(place).filter((p) => agreed.has(p)));
    count += agreed.size - decided.size;
  }
  return count;
}

/** Waits until the app's database holds `count` decisions or more; ms since the step's start (page clock). */
async function waitForDecisions(page: Page, count: number): Promise<number> {
  const stored = () =>
    page.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const open = indexedDB.open('veritag');
          open.onerror = () => reject(open.error ?? new Error('cannot open the database'));
          open.onsuccess = () => {
            const request = open.result.transaction('decisions').objectStore('decisions').count();
            request.onsuccess = () => {
              resolve(request.result);
              open.result.close();
            };
            request.onerror = () => reject(request.error ?? new Error('cannot count the decisions'));
          };
        }),
    );
  await expect.poll(stored, { timeout: STEP_TIMEOUT_MS, intervals: [50] }).toBeGreaterThanOrEqual(count);
  return page.evaluate(() => performance.now() - ((window as BenchWindow).__reviewBench?.start ?? performance.now()));
}

/**
 * What "shown" means for a step: the progress status with the pair's number of disagreements, and
 * the corpus table with a row per article and the pair's span counts (A's and B's columns summed).
 */
interface ReadyCondition {
  total: number;
  table: { rows: number; a: number; b: number };
  /** Decision steps: how many disagreements the status says are decided, and what the current one shows. */
  decided?: number;
  currentDecision?: string;
}

type StartEvent = 'click' | 'change' | 'keydown';

/** The review of `a` against `b` as the app must show it with all articles chosen. */
function view(a: readonly Annotation[], b: readonly Annotation[]): ReadyCondition {
  const documents = articles
    .map((article) => ({ id: article.id, length: article.length, a: inDocument(a, article.id), b: inDocument(b, article.id) }))
    .filter((d) => d.a.length + d.b.length > 0);
  const figures = agreement(documents).corpus.overall;
  const total = documents.reduce((sum, d) => sum + disagreements(d.a, d.b).length, 0);
  return { total, table: { rows: documents.length, a: figures.a, b: figures.b } };
}

interface ReadyOutcome {
  kind: 'notice' | 'timeout';
  start: number;
  at: number;
  paintedAt: number;
  text: string;
}

type BenchWindow = Window & { __reviewBench?: { start: number | null; outcome: Promise<ReadyOutcome> } };

/** Starts watching: the start is the next `startOn` event (captured before the app sees it). */
async function watchForReady(page: Page, ready: ReadyCondition, startOn: StartEvent): Promise<void> {
  await page.evaluate(
    ({ ready: wanted, startOn: event, timeoutMs }) => {
      const w = window as BenchWindow;
      const state: { start: number | null; outcome: Promise<ReadyOutcome> } = { start: null, outcome: Promise.resolve({ kind: 'timeout', start: 0, at: 0, paintedAt: 0, text: '' }) };
      w.__reviewBench = state;
      document.addEventListener(event, () => void (state.start ??= performance.now()), { capture: true, once: true });
      const shown = () => {
        const status = document.querySelector('[role="status"][aria-label="Review progress"]')?.textContent.trim() ?? '';
        const table = [...document.querySelectorAll('table')].find((t) => t.caption?.textContent.startsWith('Documents'));
        const rows = [...(table?.tBodies[0]?.rows ?? [])];
        const column = (i: number) => rows.reduce((sum, row) => sum + Number(/\d+/.exec(row.cells[i]?.textContent ?? '')?.[0] ?? NaN), 0);
        return { status, rows: rows.length, a: column(1), b: column(2) };
      };
      const ok = () => {
        if (state.start === null) return false;
        const now = shown();
        const progress = /^(\d+) of (\d+) disagreements decided$/.exec(now.status);
        if (!progress || Number(progress[2]) !== wanted.total) return false;
        if (wanted.decided !== undefined && Number(progress[1]) !== wanted.decided) return false;
        const decision = document.querySelector('.disagreement-list [aria-current="true"] .decision')?.textContent ?? '';
        if (wanted.currentDecision !== undefined && decision !== wanted.currentDecision) return false;
        return now.rows === wanted.table.rows && now.a === wanted.table.a && now.b === wanted.table.b;
      };
      state.outcome = new Promise<ReadyOutcome>((resolve) => {
        const finish = (kind: ReadyOutcome['kind']) => {
          observer.disconnect();
          clearTimeout(timer);
          clearInterval(poll);
          const at = performance.now();
          const text = JSON.stringify(shown()).slice(0, 300);
          const done = (paintedAt: number) => resolve({ kind, start: state.start ?? at, at, paintedAt, text });
          // A task queued from an animation frame runs once that frame has been rendered.
          if (kind === 'notice') requestAnimationFrame(() => setTimeout(() => done(performance.now()), 0));
          else done(at);
        };
        const check = () => {
          if (ok()) finish('notice');
        };
        const observer = new MutationObserver(check);
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
        // The start event itself changes nothing in the DOM when the state is already there.
        const poll = setInterval(check, 50);
        const timer = setTimeout(() => finish('timeout'), timeoutMs);
      });
    },
    { ready, startOn, timeoutMs: STEP_TIMEOUT_MS },
  );
}

/** One user action until its state shows, then until the main thread is quiet. */
async function measureStep(page: Page, act: () => Promise<void>, ready: ReadyCondition, startOn: StartEvent, profile: boolean): Promise<StepResult> {
  await watchForReady(page, ready, startOn);
  const profiler = profile ? await startProfile(page, RENDERER_DIR) : null;
  const tracer = profile ? await startTrace(page) : null;
  await act();
  const outcome = await page.evaluate(async () => {
    const state = (window as BenchWindow).__reviewBench;
    if (!state) throw new Error('watchForReady first');
    return state.outcome;
  });
  const { tasks, settledAt } = await settle(page, outcome.start, outcome.at);
  const ms = outcome.at - outcome.start;
  const measured: StepResult = {
    outcome: outcome.kind,
    message: outcome.text,
    ms,
    paintedMs: outcome.paintedAt - outcome.start,
    domElements: await page.evaluate(() => document.getElementsByTagName('*').length),
    listedSpans: await page.evaluate(() => document.querySelectorAll('.disagreement-list .review-span').length),
    longTasks: summarizeLongTasks(tasks.filter((t) => t.atMs < ms)),
    afterNotice: summarizeLongTasks(tasks.filter((t) => t.atMs >= ms)),
    settledMs: settledAt - outcome.start,
    longestFrameGapMs: await longestFrameGap(page, outcome.start, settledAt),
    tasks,
  };
  if (profile) measured.phases = await takePhaseMarks(page, outcome.start);
  if (profiler) measured.profile = await profiler.stop();
  if (tracer) measured.trace = await tracer.stop();
  return measured;
}

interface TraceRow {
  name: string;
  count: number;
  totalMs: number;
  longestMs: number;
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  args?: { name?: string };
}

/**
 * Records Chromium's timeline trace (CDP Tracing) and sums the renderer main thread's complete
 * events by name: what the CPU profile calls "(program)" shows up here as style, layout, paint.
 */
async function startTrace(page: Page): Promise<{ stop: () => Promise<TraceRow[]> }> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (data) => events.push(...(data.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8', transferMode: 'ReportEvents' });
  return {
    async stop() {
      const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
      await cdp.send('Tracing.end');
      await complete;
      await cdp.detach();
      const mains = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
      const busiest = new Map<string, number>();
      for (const e of events) if (e.ph === 'X') busiest.set(`${e.pid}:${e.tid}`, (busiest.get(`${e.pid}:${e.tid}`) ?? 0) + 1);
      const main = mains.map((m) => `${m.pid}:${m.tid}`).sort((x, y) => (busiest.get(y) ?? 0) - (busiest.get(x) ?? 0))[0];
      const rows = new Map<string, TraceRow>();
      for (const e of events) {
        if (e.ph !== 'X' || `${e.pid}:${e.tid}` !== main || e.dur === undefined) continue;
        const row = rows.get(e.name) ?? { name: e.name, count: 0, totalMs: 0, longestMs: 0 };
        row.count++;
        row.totalMs += e.dur / 1000;
        row.longestMs = Math.max(row.longestMs, e.dur / 1000);
        rows.set(e.name, row);
      }
      return [...rows.values()].filter((r) => r.totalMs >= 5).sort((x, y) => y.totalMs - x.totalMs).slice(0, 20);
    },
  };
}

/**
 * Waits until no long task has run for QUIET_MS after the last one, and returns the long tasks
 * since `start`. A long task is reported after it ends, sometimes after the quiet check already
 * ran, so the wait starts again from any task that ends later than the one it waited after.
 */
async function settle(page: Page, start: number, at: number): Promise<{ tasks: Array<{ atMs: number; ms: number }>; settledAt: number }> {
  let from = at;
  for (;;) {
    const quiet = await waitForQuiet(page, from, QUIET_MS, SETTLE_CAP_MS);
    await page.waitForTimeout(200);
    const now = await page.evaluate(() => performance.now());
    const tasks = await longTasksBetween(page, start, now);
    const lastEnd = Math.max(at, ...tasks.map((t) => start + t.atMs + t.ms));
    if (lastEnd <= from || quiet.now - at >= SETTLE_CAP_MS) return { tasks, settledAt: lastEnd };
    from = lastEnd;
  }
}

/** The corpus table's rows against the Node computation: counts, F1s (3 decimals), disagreements. */
async function checkCorpusTable(page: Page): Promise<string[]> {
  const rows = await page.evaluate(() => {
    const table = [...document.querySelectorAll('table')].find((t) => t.caption?.textContent.startsWith('Documents'));
    return [...(table?.tBodies[0]?.rows ?? [])].map((row) => [...row.cells].map((cell) => cell.textContent));
  });
  const problems: string[] = [];
  const titles = new Map(articles.map((a) => [a.title, a.id]));
  for (const cells of rows) {
    const [title = '', a, b, exactF1, overlapF1, groups] = cells;
    const id = titles.get(title);
    const figures = expected?.documents.find((d) => d.id === id)?.overall;
    if (!id || !figures) {
      problems.push(`unknown row ${title}`);
      continue;
    }
    const shown = [a, b, exactF1, overlapF1, groups].map((c) => /-?\d+(\.\d+)?/.exec(c ?? '')?.[0] ?? '');
    const wanted = [String(figures.a), String(figures.b), formatFigure(figures.exactF1), formatFigure(figures.overlapF1), String(expectedGroups.get(id))];
    if (shown.join(' ') !== wanted.join(' ')) problems.push(`${title}: shown ${shown.join(' ')}, expected ${wanted.join(' ')}`);
  }
  if (rows.length !== articles.length) problems.push(`${rows.length} rows, expected ${articles.length}`);
  return problems;
}

/**
 * Bob's file: A's spans copied (agree), re-bounded by a word (boundary), relabelled (label) or
 * left out (only A), in the shares above, plus as many spans of his own as A's left out (only B),
 * drawn by the same generator, so both sets have COUNT annotations.
 */
function secondReader(first: AnnotationSetFile, seedArticles: readonly Article[]): { file: AnnotationSetFile; text: string; construction: ReviewReport['construction'] } {
  const random = seededRandom(B.seed);
  const texts = new Map(seedArticles.map((a) => [a.id, CodePointIndex.of(a.text)]));
  const construction = { agree: 0, boundary: 0, label: 0, onlyA: 0, onlyB: 0 };
  const kept: Array<Omit<Annotation, 'setId'>> = [];
  let n = 0;
  const id = () => `b0b00000-0000-4000-8000-${(n++).toString(16).padStart(12, '0')}`;
  for (const x of first.annotations) {
    const r = random();
    const created = new Date(Date.parse(x.created) + 86_400_000).toISOString();
    const copy = { ...x, id: id(), note: random() < 0.1 ? 'Second reader: checked.' : '', created, modified: created };
    if (r < SHARES.agree) {
      kept.push(copy);
      construction.agree++;
    } else if (r < SHARES.agree + SHARES.boundary) {
      const article = texts.get(x.document);
      const moved = article && rebound(new TextPositionAnchor(article, x.start, x.end), random);
      if (moved) {
        kept.push({ ...copy, ...selectorFor(moved) });
        construction.boundary++;
      } else {
        kept.push(copy);
        construction.agree++;
      }
    } else if (r < SHARES.agree + SHARES.boundary + SHARES.label) {
      const others = LABEL_IDS.filter((l) => l !== x.label);
      kept.push({ ...copy, label: others[Math.floor(random() * others.length)] ?? 'claim' });
      construction.label++;
    } else construction.onlyA++;
  }
  construction.onlyB = first.annotations.length - kept.length;
  const own = generateSetFile({ count: construction.onlyB, setName: B.setName, annotatorName: B.annotator, seed: B.seed });
  const setId = own.file.set.id;
  const annotations: Annotation[] = [...kept, ...own.file.annotations].map((x) => ({ ...x, setId }));
  const file = buildAnnotationSetFile({ set: own.file.set, documents: seedArticles, annotations, exportedAt: new Date() });
  return { file, text: serializeAnnotationSet(file), construction };
}

/**
 * Other boundaries for [start, end): one more word at the end or the start, or one word fewer at
 * the start (when there are two or more), staying on the line; null when none of these exists.
 */
function rebound(span: TextPositionAnchor, random: () => number): TextPositionAnchor | null {
  const { text } = span.root;
  const { from, to } = span.toRange();
  const options: Array<() => [number, number] | null> = [
    () => {
      const next = /^[^\S\n]+(\S+)/.exec(text.slice(to));
      return next ? [from, to + next[0].length] : null;
    },
    () => {
      const previous = /(\S+)[^\S\n]+$/.exec(text.slice(0, from));
      return previous ? [from - previous[0].length, to] : null;
    },
    () => {
      const second = /^\S+[^\S\n]+(?=\S)/.exec(text.slice(from, to));
      return second ? [from + second[0].length, to] : null;
    },
  ];
  const first = Math.floor(random() * options.length);
  for (let k = 0; k < options.length; k++) {
    const range = options[(first + k) % options.length]?.();
    if (range) return TextPositionAnchor.fromRange(span.root, { from: range[0], to: range[1] });
  }
  return null;
}

function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    // xorshift32: enough for choosing, and the same choices every run.
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 4294967296;
  };
}

const asAnnotations = (file: AnnotationSetFile): Annotation[] => file.annotations.map((x) => ({ ...x, setId: file.set.id }));
const inDocument = (annotations: readonly Annotation[], id: string) => annotations.filter((x) => x.document === id);

function agreementInput(): AgreementDocument[] {
  return articles.map((article) => ({ id: article.id, length: article.length, a: inDocument(annotationsA, article.id), b: inDocument(annotationsB, article.id) }));
}

const ms = (value: number) => (Number.isFinite(value) ? `${Math.round(value).toLocaleString('en-US')} ms` : '—');
const pad = (cells: readonly string[], widths: readonly number[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');

function formatTable(r: ReviewReport): string {
  const lines: string[] = [];
  const c = r.construction;
  lines.push(
    `Review benchmark: Alice ${r.annotations.a.toLocaleString('en-US')} vs Bob ${r.annotations.b.toLocaleString('en-US')} annotations on ${r.articles} seed articles ` +
      `(${r.environment.mode} mode, median of ${r.runs.length} app runs, fresh profile each)`,
  );
  lines.push(`  B made from A: ${c.agree} copied, ${c.boundary} re-bounded, ${c.label} relabelled, ${c.onlyA} left out, ${c.onlyB} of B's own`);
  lines.push(`  Classes by the spec: A ${JSON.stringify(r.classes.a)}, B ${JSON.stringify(r.classes.b)}`);
  lines.push(`  ${r.disagreements} disagreements (connected groups); the largest has ${r.largestGroupSpans} spans`);
  if (r.shown) {
    const { open, yoursBob, pair } = r.shown;
    const one = (v: ReadyCondition) => `${v.total} disagreements, ${v.table.rows} rows, ${v.table.a} + ${v.table.b} distinct spans`;
    lines.push(`  Each step ends when it shows: open ${one(open)}; Set B ${one(yoursBob)}; Set A ${one(pair)}`);
  }
  const widths = [30, 10, 10, 10, 24, 26, 10, 16];
  lines.push(pad(['', 'in DOM', 'painted', 'settled', 'long tasks to DOM', 'long tasks after DOM', 'frame gap', 'elements'], widths));
  lines.push(pad(['', '', '', '', 'count / total / longest', 'count / total / longest', 'longest', '(listed spans)'], widths));
  const elements = (o: { domElements: number; listedSpans: number }) => `${o.domElements.toLocaleString('en-US')} (${o.listedSpans.toLocaleString('en-US')})`;
  const tasks = (t: LongTaskSummary) => `${t.count} / ${ms(t.totalMs)} / ${ms(t.longestMs)}`;
  for (const step of STEPS) {
    const m = r.medians[step];
    lines.push(
      m
        ? pad(
            [
              STEP_LABELS[step],
              ms(m.ms),
              ms(m.paintedMs),
              ms(m.settledMs),
              `${m.longTaskCount} / ${ms(m.longTaskTotalMs)} / ${ms(m.longestTaskMs)}`,
              `– / ${ms(m.afterNoticeTotalMs)} / ${ms(m.afterNoticeLongestMs)}`,
              ms(m.longestFrameGapMs),
              elements(m),
            ],
            widths,
          )
        : pad([STEP_LABELS[step], 'no completed run'], widths),
    );
  }
  const next = r.medians.decideNext;
  if (next) lines.push(`  A decision (b, review under way): shown after ${ms(next.ms)}, painted after ${ms(next.paintedMs)}, settled after ${ms(next.settledMs)} (medians)`);
  const auto = r.runs.flatMap((run) => (run.steps.decideFirst?.autoAcceptedMs === undefined ? [] : [run.steps.decideFirst.autoAcceptedMs]));
  if (auto.length > 0) lines.push(`  First decision: auto-accept had stored ${r.autoAccepted} agreed spans after ${ms(median(auto))} (median; runs: ${auto.map(ms).join(', ')})`);
  for (const run of r.runs) {
    for (const step of STEPS) {
      const o = run.steps[step];
      if (!o) continue;
      const label = `  run ${run.run}: ${step}`;
      lines.push(
        o.outcome !== 'notice'
          ? pad([label, `${o.outcome.toUpperCase()} after ${ms(o.ms)}: ${o.message}`], widths)
          : pad([label, ms(o.ms), ms(o.paintedMs), ms(o.settledMs), tasks(o.longTasks), tasks(o.afterNotice), ms(o.longestFrameGapMs), elements(o)], widths),
      );
    }
    lines.push(`  run ${run.run}: corpus table ${run.tableMatches === null ? 'not checked' : run.tableMatches ? 'matches the Node computation' : `DIFFERS: ${run.tableMismatches.join('; ')}`}`);
    if (run.pageErrors.length > 0) lines.push(`  run ${run.run} page errors: ${run.pageErrors.join(' | ')}`);
  }
  if (r.node) {
    lines.push(
      `Node, median of ${r.node.runs}: agreement() over ${r.articles} documents ${ms(r.node.agreementMedianMs)}, ` +
        `disagreements() per document (all ${r.articles}) ${ms(r.node.disagreementsMedianMs)}, classify() (all) ${ms(r.node.classifyMedianMs)}`,
    );
  }
  if (r.profile) lines.push(...formatProfile(r.profile));
  return lines.join('\n');
}

function formatProfile(run: ReviewRun): string[] {
  const lines: string[] = [];
  for (const step of STEPS) {
    const o = run.steps[step];
    if (!o) continue;
    lines.push(`Profiled ${STEP_LABELS[step]}: in the DOM after ${ms(o.ms)}, painted after ${ms(o.paintedMs)}, settled after ${ms(o.settledMs)}; timeline (ms after the action):`);
    const events = [
      ...(o.phases ?? []).map((p) => ({ atMs: p.atMs, text: p.name })),
      ...o.tasks.map((t) => ({ atMs: t.atMs, text: `LONG TASK ${ms(t.ms)} (until ${ms(t.atMs + t.ms)})` })),
      { atMs: o.ms, text: 'status and corpus table in the DOM' },
      { atMs: o.paintedMs, text: 'first frame after that rendered' },
    ].sort((x, y) => x.atMs - y.atMs);
    for (const e of events) lines.push(`  ${ms(e.atMs).padStart(10)}  ${e.text}`);
    if (o.trace) {
      lines.push('  trace of the renderer main thread, by event (nested events overlap; RunTask holds the others):');
      for (const t of o.trace) lines.push(`  ${ms(t.totalMs).padStart(10)}  ${t.name} ×${t.count}, longest ${ms(t.longestMs)}`);
    }
    if (o.profile) lines.push(...formatSummary(o.profile));
  }
  return lines;
}

function formatSummary(p: ProfileSummary): string[] {
  const lines = [`  main thread sampled ${ms(p.sampledMs)}; busy stretches of 50 ms or more:`];
  for (const s of p.stretches) {
    lines.push(`  ${ms(s.ms).padStart(10)} busy from ${ms(s.startMs)}`);
    for (const f of s.appFunctions) lines.push(`  ${ms(f.totalMs).padStart(14)} in   ${f.name}  ${f.where}`);
    for (const f of s.leaves) lines.push(`  ${ms(f.selfMs).padStart(14)} self ${f.name}  ${f.where}`);
  }
  lines.push('  hottest by self time:');
  for (const f of p.bySelf.slice(0, 12)) lines.push(`  ${ms(f.selfMs).padStart(14)} self ${f.name}  ${f.where}`);
  return lines;
}
