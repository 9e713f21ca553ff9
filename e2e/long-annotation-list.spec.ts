// Journey: an article with hundreds of annotations (a colleague's large set beside the user's own).
// The sidebar keeps only the cards near its view in the page, each saying its place in the whole
// list; a span tagged or chosen in the reader far down the list has its card brought into view.
import { expect, test } from './app-fixture';
import { importSetFile, writeGeneratedSet } from './generated-sets';
import { clickText, openArticle, selectText } from './reader-actions';
import { seedTexts } from './seed-text';

const seed002 = seedTexts()[2]!;
/** The last words of seed 002, so their annotation is the last but a few of the list. */
const LAST_WORDS = 'We will know very soon';

test('hundreds of annotations: few cards in the page, each in its place, the chosen one shown', async ({ app }) => {
  const { page } = app;
  await importSetFile(app, await writeGeneratedSet(3_000));
  await expect(page.getByRole('status', { name: 'Notifications' })).toContainText("Imported Carol's set");
  await openArticle(page, seed002.title);

  const sidebar = page.getByRole('complementary', { name: 'Annotations' });
  const list = sidebar.getByRole('list', { name: 'Annotations in text order' });
  const items = list.getByRole('listitem');
  const count = sidebar.getByRole('heading', { name: /^Annotations/ }).locator('.count');
  await expect.poll(async () => Number(await count.textContent())).toBeGreaterThan(300);
  const total = Number(await count.textContent());
  await expect(items.first()).toHaveAttribute('aria-posinset', '1');
  await expect(items.first()).toHaveAttribute('aria-setsize', String(total));
  expect(await items.count()).toBeLessThan(100);

  // Tagged at the end of the text: the new card, at the end of the list, is shown selected.
  await selectText(page, LAST_WORDS);
  await page.keyboard.press('1');
  await expect(page.getByRole('status', { name: 'Save state' })).toHaveText('Saved');
  await expect(count).toHaveText(String(total + 1));
  const current = list.getByRole('button').and(page.locator('[aria-current="true"]'));
  const currentItem = items.filter({ has: page.locator('[aria-current="true"]') });
  await expect(current).toContainText(`“${LAST_WORDS}”`);
  await expect(current).toBeInViewport({ ratio: 1 });
  const place = Number(await currentItem.getAttribute('aria-posinset'));
  expect(place).toBeGreaterThan(total - 100);
  expect(await items.count()).toBeLessThan(100);

  // The list scrolled back to its start; choosing a span at the end of the text in the reader (the
  // innermost of those there, the user's or Carol's) brings its card back into view.
  await page.keyboard.press('Escape');
  await expect(current).toHaveCount(0);
  await list.evaluate((ol) => ol.parentElement?.scrollTo(0, 0));
  await expect(items.first()).toHaveAttribute('aria-posinset', '1');
  await expect(list.getByRole('listitem').filter({ hasText: `“${LAST_WORDS}”` })).toHaveCount(0);
  await clickText(page, 'very soon');
  await expect(page.getByRole('region', { name: 'Selected annotation' })).toBeVisible();
  await expect(current).toBeInViewport({ ratio: 1 });
  expect(Number(await currentItem.getAttribute('aria-posinset'))).toBeGreaterThan(total - 100);
  await app.screenshot('long-annotation-list');
});
