// Journey: removing an article that carries my annotations, a colleague's and reviewed ones. The
// confirmation says how many of whose; nothing is deleted but the text: every annotation becomes an
// orphan (listed, exported with its set), and adding the article back re-attaches them all, with the
// review's decision still in place.
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './app-fixture';
import { openArticle, selectText } from './reader-actions';
import { seedTexts } from './seed-text';

const ROOT = join(__dirname, '..');
const ALICE = join(ROOT, 'test-support', 'good-sets', 'crocus-first-pass.veritag.json');
const seed002 = seedTexts()[2]!;

test('removing an article keeps everyone’s annotations on it as orphans until it is added back', async ({ app }) => {
  const { page } = app;
  const library = page.getByRole('navigation', { name: 'Library' });
  const notifications = page.getByRole('status', { name: 'Notifications' });
  const items = page.getByRole('list', { name: 'Annotations in text order' }).getByRole('listitem');

  // Two of mine on seed 002, then Alice's set (five on 002, three on 004).
  await openArticle(page, seed002.title);
  await selectText(page, '139 people');
  await page.keyboard.press('3');
  await page.getByRole('region', { name: 'Selected annotation' }).getByRole('textbox', { name: 'Note' }).fill('TASS figure');
  await selectText(page, 'Nikolai Patrushev');
  await page.keyboard.press('1');
  await app.answerOpenDialog([ALICE]);
  await app.menu('import-set');
  await expect(notifications).toContainText("Imported Alice's set");
  await expect(items).toHaveCount(7);

  // One review decision: Alice's label for Patrushev goes into the reviewed set (nothing automatic).
  await page.getByRole('button', { name: 'Review…' }).click();
  await page.getByRole('combobox', { name: 'Set B' }).selectOption({ label: 'Alice: Crocus coverage, first pass' });
  await page.getByRole('combobox', { name: 'Article' }).selectOption({ label: seed002.title });
  await page.getByRole('checkbox', { name: 'Accept agreed spans automatically' }).uncheck();
  const progress = page.getByRole('status', { name: 'Review progress' });
  await expect(progress).toHaveText(/^0 of \d+ disagreements decided$/);
  await page.keyboard.press('n');
  await expect(page.getByRole('list', { name: 'Disagreements in text order' }).locator('[aria-current="true"]')).toContainText('Nikolai Patrushev');
  await page.keyboard.press('b');
  await expect(progress).toHaveText(/^1 of \d+ disagreements decided$/);
  const decided = await progress.textContent();
  await page.getByRole('button', { name: 'Close review' }).click();
  await expect(items).toHaveCount(8);

  // The confirmation says how many of whose are kept.
  await library.getByRole('button', { name: `Remove “${seed002.title}”` }).click();
  const dialog = page.getByRole('dialog', { name: 'Remove article?' });
  await expect(dialog).toContainText(`“${seed002.title}” and its text will be removed from this computer.`);
  await expect(dialog).toContainText('8 annotations on it are kept as orphans:');
  await expect(dialog.getByRole('listitem')).toHaveText([
    '2 of yours',
    '1 in the reviewed set “Reviewed: Me + Alice”',
    "5 of Alice's (“Crocus coverage, first pass”)",
  ]);
  await app.screenshot('remove-article-confirmation');
  await dialog.getByRole('button', { name: 'Remove' }).click();
  await expect(notifications).toContainText(`Removed “${seed002.title}”; its 8 annotations are kept as orphans.`);
  await expect(library.getByRole('listitem')).toHaveCount(4);

  // Listed as orphans of the missing article, with their sets.
  await page.getByRole('button', { name: 'Orphans (8)' }).click();
  const orphans = page.getByRole('dialog', { name: 'Orphans' }).getByRole('list', { name: 'Orphaned annotations' });
  await expect(orphans.getByRole('listitem')).toHaveCount(8);
  await expect(orphans.getByRole('listitem').filter({ hasText: `${seed002.title} (${seed002.file}) · article missing` })).toHaveCount(8);
  await expect(orphans.getByRole('listitem').filter({ hasText: 'My annotations (yours)' })).toHaveCount(2);
  await expect(orphans.getByRole('listitem').filter({ hasText: 'Reviewed: Me + Alice' })).toHaveCount(1);
  await app.screenshot('remove-article-orphans');
  await page.getByRole('dialog', { name: 'Orphans' }).getByRole('button', { name: 'Close' }).click();

  // My set still exports my two, with the article they belong to.
  const dir = await mkdtemp(join(tmpdir(), 'veritag-remove-'));
  const out = join(dir, 'mine.veritag.json');
  await app.answerSaveDialog(out);
  await page.getByRole('region', { name: 'Sets' }).getByRole('button', { name: 'Export My annotations (yours)' }).click();
  await page.getByRole('dialog', { name: 'Export annotations' }).getByRole('button', { name: 'Export…' }).click();
  await expect(notifications).toContainText('Exported 2 annotations to mine.veritag.json.');
  const exported = JSON.parse(await readFile(out, 'utf8')) as { documents: Array<{ title: string }>; annotations: Array<{ exact: string; note: string }> };
  expect(exported.documents.map((d) => d.title)).toEqual([seed002.title]);
  expect(exported.annotations.map((a) => [a.exact, a.note])).toEqual([
    ['139 people', 'TASS figure'],
    ['Nikolai Patrushev', ''],
  ]);

  // Adding the article back re-attaches all eight; the review's decision is still there.
  await app.answerOpenDialog([join(ROOT, 'seeds', seed002.file)]);
  await page.getByRole('button', { name: 'Add article…' }).click();
  await expect(notifications).toContainText('Re-attached 8 orphaned annotations.');
  await expect(page.getByRole('button', { name: /^Orphans/ })).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed002.title);
  await expect(items).toHaveCount(8);
  await page.getByRole('button', { name: 'Review…' }).click();
  await page.getByRole('combobox', { name: 'Set B' }).selectOption({ label: 'Alice: Crocus coverage, first pass' });
  await page.getByRole('combobox', { name: 'Article' }).selectOption({ label: seed002.title });
  await expect(progress).toHaveText(decided ?? '');
});
