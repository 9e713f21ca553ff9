// Journey: review my set against Alice's on seed 002 — classes and figures (checked here against
// the spec's formulas computed independently), walking with n / p, deciding with a, b, 2, x, e,
// undo, a restart that keeps the progress, the reviewed set exported and validated; then a
// disagreement that contains an agreeing pair, rejected and accepted (the agreed span once).
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test, type VeritagApp } from './app-fixture';
import { openArticle, selectText } from './reader-actions';
import { seedTexts } from './seed-text';

const ROOT = join(__dirname, '..');
const ALICE = join(ROOT, 'test-support', 'good-sets', 'crocus-first-pass.veritag.json');
const seed002 = seedTexts()[2]!;
const N = [...seed002.text].length;

/** Cohen's kappa over N code points from the counts of marked code points (the spec's formula). */
function kappa(n: number, markedA: number, markedB: number, both: number): number {
  const pA = markedA / n;
  const pB = markedB / n;
  const pO = (n - markedA - markedB + 2 * both) / n;
  const pE = pA * pB + (1 - pA) * (1 - pB);
  return (pO - pE) / (1 - pE);
}

/** Exports the reviewed set ("Reviewed: Me + Alice") to `out`; its spans as `provenance:label:quote`. */
async function exportReviewed(app: VeritagApp, page: Page, out: string, count: number): Promise<string[]> {
  await app.answerSaveDialog(out);
  await page.getByRole('region', { name: 'Sets' }).getByRole('button', { name: 'Export Reviewed: Me + Alice' }).click();
  await page.getByRole('dialog', { name: 'Export annotations' }).getByRole('button', { name: 'Export…' }).click();
  // "annotation" or "annotations": the count is what is checked.
  await expect(page.getByRole('status', { name: 'Notifications' })).toContainText(new RegExp(`Exported ${count} annotations? to `));
  const file = JSON.parse(await readFile(out, 'utf8')) as { annotations: Array<{ label: string; exact: string; provenance: string }> };
  return file.annotations.map((a) => `${a.provenance}:${a.label}:${a.exact}`);
}

/** Opens seed 002 and tags each phrase with its label key. */
async function tagOnSeed002(page: Page, spans: ReadonlyArray<readonly [string, string]>): Promise<void> {
  await openArticle(page, seed002.title);
  for (const [words, key] of spans) {
    await selectText(page, words);
    await page.keyboard.press(key);
  }
  await expect(page.getByRole('list', { name: 'Annotations in text order' }).getByRole('listitem')).toHaveCount(spans.length);
}

/** Imports Alice's set and opens the review of mine against hers on seed 002. */
async function reviewWithAlice(app: VeritagApp, page: Page): Promise<void> {
  await app.answerOpenDialog([ALICE]);
  await app.menu('import-set');
  await expect(page.getByRole('status', { name: 'Notifications' })).toContainText("Imported Alice's set");
  await openReview(page);
}

async function openReview(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Review…' }).click();
  await page.getByRole('combobox', { name: 'Set B' }).selectOption({ label: 'Alice: Crocus coverage, first pass' });
  await page.getByRole('combobox', { name: 'Article' }).selectOption({ label: seed002.title });
  await expect(page.getByRole('status', { name: 'Review progress' })).toHaveText(/^\d+ of \d+ disagreements decided$/);
}

test('review two sets, decide every disagreement, keep the progress, export the reviewed set', async ({ app }) => {
  let page = app.page;
  // Mine: one span agrees with Alice, one differs in label, one in boundaries, one only mine.
  await tagOnSeed002(page, [
    ['139 people', '3'],
    ['Nikolai Patrushev', '1'],
    ['Ukraine is obviously behind the attack', '4'],
    ['Alexander Bortnikov', '2'],
  ]);
  await app.answerOpenDialog([ALICE]);
  await app.menu('import-set');
  await expect(page.getByRole('status', { name: 'Notifications' })).toContainText("Imported Alice's set");

  await page.getByRole('button', { name: 'Review…' }).click();
  await page.getByRole('combobox', { name: 'Set B' }).selectOption({ label: 'Alice: Crocus coverage, first pass' });
  // The corpus: Alice also tagged seed 004, which I have not touched (three "only B" spans there).
  await page.getByRole('combobox', { name: 'Article' }).selectOption({ label: 'All articles (2)' });
  await expect(page.getByRole('table', { name: /^All 2 articles/ })).toBeVisible();
  await expect(page.getByRole('status', { name: 'Review progress' })).toHaveText('0 of 8 disagreements decided');
  await app.screenshot('review-corpus');
  await page.getByRole('combobox', { name: 'Article' }).selectOption({ label: seed002.title });
  const progress = page.getByRole('status', { name: 'Review progress' });
  await expect(progress).toHaveText('0 of 5 disagreements decided');

  // Classes: A = agree, label, boundary, only A; B = agree, label, boundary, only B, only B.
  const classes = page.getByRole('group', { name: 'Classes' });
  await expect(classes).toContainText(/Agree\s*1/);
  await expect(classes.getByRole('button')).toHaveText([/Boundary\s*2/, /Label\s*2/, /Only A\s*1/, /Only B\s*2/]);

  // Figures for this article, by hand: casualty figure exact F1 = 2·1/(1+2); disputed overlap F1 = 1;
  // overall exact F1 = 2·1/(4+5), overlap F1 = 2·2/(4+5); κ from the spec's formula.
  const figures = page.getByRole('table', { name: /^This article/ });
  const row = (name: string) => figures.getByRole('row', { name: new RegExp(`^${name}`) });
  await expect(row('Casualty figure')).toContainText((2 / 3).toFixed(3));
  await expect(row('Casualty figure')).toContainText(kappa(N, 10, 34, 10).toFixed(3));
  await expect(row('Disputed')).toContainText('1.000');
  await expect(row('Disputed')).toContainText(kappa(N, 38, 40, 38).toFixed(3));
  await expect(row('All labels')).toContainText((2 / 9).toFixed(3));
  await expect(row('All labels')).toContainText((4 / 9).toFixed(3));
  await app.screenshot('review-seed-002');

  // Walk and decide: b, a, 2, x, then e and relabel the edited span as Disputed.
  const list = page.getByRole('list', { name: 'Disagreements in text order' });
  const current = list.locator('[aria-current="true"]');
  await page.keyboard.press('n');
  await expect(current).toContainText('Nikolai Patrushev');
  await page.keyboard.press('b');
  await expect(progress).toHaveText('1 of 5 disagreements decided');
  await page.keyboard.press('n');
  await expect(current).toContainText('Ukraine is obviously behind the attack');
  await page.keyboard.press('a');
  await page.keyboard.press('n');
  await expect(current).toContainText('at least 139 people died');
  await page.keyboard.press('2');
  await page.keyboard.press('n');
  await expect(current).toContainText('Alexander Bortnikov');
  await page.keyboard.press('x');
  await page.keyboard.press('n');
  await expect(current).toContainText('The preliminary results');
  await page.keyboard.press('e');
  await expect(progress).toHaveText('5 of 5 disagreements decided');
  await expect(current).toContainText('Edited');
  await page.keyboard.press('4');
  await page.keyboard.press('p');
  await expect(current).toContainText('Alexander Bortnikov');
  await expect(current).toContainText('Reject both');
  await app.screenshot('review-decided');

  // A narrow window stacks the panes instead of squeezing them.
  const paneA = page.getByRole('region', { name: /^Set A:/ });
  const paneB = page.getByRole('region', { name: /^Set B:/ });
  expect((await paneB.boundingBox())!.x).toBeGreaterThan((await paneA.boundingBox())!.x + 100);
  await page.setViewportSize({ width: 800, height: 900 });
  await expect.poll(async () => (await paneB.boundingBox())!.y >= (await paneA.boundingBox())!.y + (await paneA.boundingBox())!.height - 1).toBe(true);
  await page.evaluate(() => document.documentElement.dataset['theme'] = 'dark');
  await app.screenshot('review-narrow-dark');
  await page.evaluate(() => document.documentElement.dataset['theme'] = 'light');
  await page.setViewportSize({ width: 1280, height: 860 });

  // Undo the relabel and the edit: one disagreement is open again; redo brings it back.
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await expect(progress).toHaveText('4 of 5 disagreements decided');
  await page.keyboard.press('Control+Shift+z');
  await expect(progress).toHaveText('5 of 5 disagreements decided');
  await page.keyboard.press('Control+Shift+z');
  await expect(page.getByRole('status', { name: 'Notifications' })).toContainText('Redid: Edit to Disputed');
  // Undo and redo go to the disagreement they changed.
  await expect(current).toContainText('The preliminary results');

  // Adjusting boundaries: select the words in a pane, then e (the label stays A's).
  await page.keyboard.press('p');
  await expect(current).toContainText('Alexander Bortnikov');
  await selectText(page, 'Bortnikov');
  await page.keyboard.press('e');
  await expect(current).toContainText('Edited');

  page = await app.restart();
  await page.getByRole('button', { name: 'Review…' }).click();
  await page.getByRole('combobox', { name: 'Set B' }).selectOption({ label: 'Alice: Crocus coverage, first pass' });
  await page.getByRole('combobox', { name: 'Article' }).selectOption({ label: seed002.title });
  await expect(page.getByRole('status', { name: 'Review progress' })).toHaveText('5 of 5 disagreements decided');

  // The report for the desk editor: figures and the decision log, as JSON and CSV.
  const dir = await mkdtemp(join(tmpdir(), 'veritag-review-'));
  await page.getByRole('button', { name: 'Export report…' }).click();
  const reportDialog = page.getByRole('dialog', { name: 'Export review report' });
  await app.answerSaveDialog(join(dir, 'report.json'));
  await reportDialog.getByRole('button', { name: 'Report (JSON)…' }).click();
  await expect(reportDialog).toContainText('Saved report.json.');
  await app.answerSaveDialog(join(dir, 'decisions.csv'));
  await reportDialog.getByRole('button', { name: 'Decisions (CSV)…' }).click();
  await expect(reportDialog).toContainText('decisions.csv');
  await reportDialog.getByRole('button', { name: 'Done' }).click();
  const report = JSON.parse(await readFile(join(dir, 'report.json'), 'utf8')) as { format: unknown; decisions: Array<{ decision: unknown }> };
  expect(report.format).toBe('veritag.review-report');
  expect(report.decisions.map((d) => d.decision)).toEqual(['accept-b', 'accept-a', 'accept-both', 'edited', 'edited']);
  const csv = await readFile(join(dir, 'decisions.csv'), 'utf8');
  expect(csv.split('\r\n')[0]).toBe('document_id,document_title,start,end,decision,decided_at,a_spans,b_spans,result_spans');
  expect(csv.split('\r\n').filter(Boolean)).toHaveLength(6);
  await page.getByRole('button', { name: 'Close review' }).click();

  // The reviewed set: the agreed span, B's attribution, A's boundaries, B's only-B span, two edits.
  await expect(page.getByRole('region', { name: 'Sets' }).getByRole('checkbox', { name: 'Reviewed: Me + Alice' })).toBeVisible();
  const out = join(dir, 'reviewed.veritag.json');
  expect(await exportReviewed(app, page, out, 6)).toEqual([
    'both:casualty-figure:139 people',
    'B:attribution:Nikolai Patrushev',
    'A:disputed:Ukraine is obviously behind the attack',
    'B:casualty-figure:at least 139 people died',
    'edited:attribution:Bortnikov',
    'edited:disputed:The preliminary results of the investigation indicate an involvement of the USA and Great Britain in the attack on Moscow',
  ]);
  const validation = execFileSync(process.execPath, [join(ROOT, 'bin', 'veritag.cjs'), 'validate', out], { encoding: 'utf8' });
  expect(validation).toContain('valid (native');
});

test('a disagreement that contains an agreeing pair: reject both takes the agreed span out, accept A puts it back once', async ({ app }) => {
  const page = app.page;
  const dir = await mkdtemp(join(tmpdir(), 'veritag-review-'));
  // Alice and I both mark "139 people" as a casualty figure; my longer Claim overlaps it.
  await tagOnSeed002(page, [
    ['139 people', '3'],
    ['the attack which caused the death of 139 people', '1'],
  ]);
  await reviewWithAlice(app, page);
  const current = page.getByRole('list', { name: 'Disagreements in text order' }).locator('[aria-current="true"]');
  await page.keyboard.press('n');
  await expect(current).toContainText('the attack which caused the death of 139 people');
  await expect(current).toContainText('Agree');
  // A first decision elsewhere makes the review; auto-accept (on by default) then accepts the agreed span.
  await page.keyboard.press('n');
  await expect(current).toContainText('Nikolai Patrushev');
  await page.keyboard.press('b');
  await expect(current).toContainText('Accept B');
  await page.getByRole('button', { name: 'Close review' }).click();
  const exported = (name: string, count: number) => exportReviewed(app, page, join(dir, name), count);
  expect(await exported('auto.veritag.json', 2)).toEqual(['both:casualty-figure:139 people', 'B:attribution:Nikolai Patrushev']);

  /** Opens the review again and decides the first disagreement (it shows `was`) with `key`. */
  const decideFirst = async (was: string, key: string, decision: string) => {
    await openReview(page);
    await page.keyboard.press('n');
    await expect(current).toContainText(was);
    await page.keyboard.press(key);
    await expect(current).toContainText(decision);
    await page.getByRole('button', { name: 'Close review' }).click();
  };
  await decideFirst('Not decided', 'x', 'Reject both');
  expect(await exported('rejected.veritag.json', 1)).toEqual(['B:attribution:Nikolai Patrushev']);
  await decideFirst('Reject both', 'a', 'Accept A');
  expect(await exported('accepted.veritag.json', 3)).toEqual([
    'A:claim:the attack which caused the death of 139 people',
    'both:casualty-figure:139 people',
    'B:attribution:Nikolai Patrushev',
  ]);
});
