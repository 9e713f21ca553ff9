// Journey: reading in dark mode — toggled from the toolbar or the View menu, remembered.
import { expect, test } from './app-fixture';
import { seedTexts } from './seed-text';

const seed002 = seedTexts()[2];

test('dark mode toggles from the toolbar and the menu, and is remembered', async ({ app }) => {
  if (!seed002) throw new Error('seed 002 missing');
  let page = app.page;
  const toggle = () => page.getByRole('button', { name: 'Dark mode' });
  const theme = () => page.evaluate(() => document.documentElement.dataset['theme']);
  await expect(toggle()).toHaveAttribute('aria-pressed', 'false');
  await toggle().click();
  await expect(toggle()).toHaveAttribute('aria-pressed', 'true');
  expect(await theme()).toBe('dark');
  await page.getByRole('button', { name: seed002.title, exact: true }).click();
  await app.screenshot('reader-dark');

  page = await app.restart();
  await expect(toggle()).toHaveAttribute('aria-pressed', 'true');
  await app.menu('toggle-dark-mode');
  await expect(toggle()).toHaveAttribute('aria-pressed', 'false');
  expect(await theme()).toBe('light');
});
