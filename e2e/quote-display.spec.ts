// Journey: quotes that hold quotation marks of their own are shown with them once, not wrapped
// again, in the sidebar and in the review's list of disagreements.
import { join } from 'node:path';
import { expect, test } from './app-fixture';
import { openArticle, selectText } from './reader-actions';
import { seedTexts } from './seed-text';

const ALICE = join(__dirname, '..', 'test-support', 'good-sets', 'crocus-first-pass.veritag.json');
const seed002 = seedTexts()[2]!;
const PRELIMINARY = '«The preliminary results of the investigation indicate an involvement of the USA and Great Britain in the attack on Moscow»';

test('quotes with their own quotation marks are shown with them once', async ({ app }) => {
  const page = app.page;
  await openArticle(page, seed002.title);
  await selectText(page, PRELIMINARY);
  await page.keyboard.press('1');
  await selectText(page, 'Nikolai Patrushev');
  await page.keyboard.press('2');
  await app.answerOpenDialog([ALICE]);
  await app.menu('import-set');
  await expect(page.getByRole('status', { name: 'Notifications' })).toContainText("Imported Alice's set");

  const sidebar = page.getByRole('list', { name: 'Annotations in text order' });
  const quotes = sidebar.locator('.item-quote');
  await expect(quotes).toContainText([
    '“Nikolai Patrushev”',
    '“Ukraine is obviously behind the attack”',
    PRELIMINARY,
  ]);
  for (const doubled of ['““', '””', '“«', '»”']) await expect(sidebar).not.toContainText(doubled);
  await app.screenshot('quote-display-sidebar');

  await page.getByRole('button', { name: 'Review…' }).click();
  await page.getByRole('combobox', { name: 'Set B' }).selectOption({ label: 'Alice: Crocus coverage, first pass' });
  await page.getByRole('combobox', { name: 'Article' }).selectOption({ label: seed002.title });
  const list = page.getByRole('list', { name: 'Disagreements in text order' });
  await expect(list).toContainText('“Ukraine is obviously behind the attack”');
  await expect(list).toContainText(PRELIMINARY);
  for (const doubled of ['““', '””', '“«', '»”']) await expect(list).not.toContainText(doubled);
  await app.screenshot('quote-display-review');
});
