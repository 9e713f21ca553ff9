// Journey: a first run lists the five bundled articles; each opens in the reader with
// every line of its source in place.
import { expect, test } from './app-fixture';
import { seedTexts } from './seed-text';

const seeds = seedTexts();

test('the library lists the five bundled articles and each opens with its exact text', async ({ app }) => {
  const { page } = app;
  const library = page.getByRole('navigation', { name: 'Library' });
  await expect(library.getByRole('listitem')).toHaveCount(5);
  expect(seeds).toHaveLength(5);

  for (const seed of seeds) {
    await library.getByRole('button', { name: seed.title, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.title);
    await expect(page.getByRole('article')).toContainText(seed.file);
    const reader = page.getByRole('textbox', { name: `Text of “${seed.title}”` });
    const paragraphs = await reader.locator('p').allTextContents();
    expect(paragraphs).toEqual(seed.text.split('\n'));
  }
  await app.screenshot('library-seed-004');
});
