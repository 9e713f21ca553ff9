// Journey: the sidebar lists a document's annotations in text order; filter chips with counts
// and a search over quotes and notes narrow it; clicking an item scrolls to and selects the span.
import { expect, test } from './app-fixture';
import { isTextInView, openArticle, selectText } from './reader-actions';
import { seedTexts } from './seed-text';

const seed002 = seedTexts()[2]!;

test('filter by label, search quotes and notes, jump to a span', async ({ app }) => {
  const { page } = app;
  await openArticle(page, seed002.title);
  // Tagged out of text order on purpose.
  await selectText(page, 'Federal Security Service');
  await page.keyboard.press('2');
  await selectText(page, 'Nikolai Patrushev');
  await page.keyboard.press('2');
  await selectText(page, '139 people', 0);
  await page.keyboard.press('3');
  const editor = page.getByRole('region', { name: 'Selected annotation' });
  await expect(editor).toContainText('139 people');
  await editor.getByRole('textbox', { name: 'Note' }).fill('TASS figure, 25 March');
  await selectText(page, 'Of course Ukraine');
  await page.keyboard.press('1');

  const sidebar = page.getByRole('complementary', { name: 'Annotations' });
  const items = sidebar.getByRole('list', { name: 'Annotations in text order' }).getByRole('listitem');
  await expect(items).toHaveCount(4);
  await expect(items).toContainText(['139 people', 'Nikolai Patrushev', 'Of course Ukraine', 'Federal Security Service']);
  await expect(items.first()).toContainText('TASS figure, 25 March');

  const chips = sidebar.getByRole('group', { name: 'Show labels' });
  await expect(chips.getByRole('button')).toHaveText([/Claim\s*1/, /Attribution\s*2/, /Casualty figure\s*1/, /Disputed\s*0/]);
  await chips.getByRole('button', { name: /^Attribution/ }).click();
  await expect(items).toHaveCount(2);
  await chips.getByRole('button', { name: /^Attribution/ }).click();
  await expect(items).toHaveCount(4);

  const search = sidebar.getByRole('searchbox', { name: 'Search quotes and notes' });
  await search.fill('tass');
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText('139 people');
  await search.fill('UKRAINE');
  await expect(items).toHaveCount(1);
  await search.fill('');
  await app.screenshot('annotation-sidebar');

  // Scroll the reader to the top, then jump to the last annotation from the list.
  await page.getByRole('main').evaluate((el) => el.scrollTo(0, 0));
  expect(await isTextInView(page, 'Federal Security Service')).toBe(false);
  await items.last().getByRole('button').click();
  await expect(page.getByRole('region', { name: 'Selected annotation' })).toContainText('Federal Security Service');
  await expect.poll(() => isTextInView(page, 'Federal Security Service')).toBe(true);
  await expect(items.last().getByRole('button')).toHaveAttribute('aria-current', 'true');
});
