// Journey: a fact-checker works through seed 002 — a dozen claims, attributions, casualty
// figures and disputed statements, several overlapping — and the library shows the progress.
import { expect, test } from './app-fixture';
import { openArticle, selectText } from './reader-actions';
import { seedTexts } from './seed-text';

const seed002 = seedTexts()[2]!;

/** [words to select, occurrence, key]: 1 Claim, 2 Attribution, 3 Casualty figure, 4 Disputed. */
const PASS: ReadonlyArray<readonly [string, number, string]> = [
  ['Islamic extremists', 0, '1'],
  ['it will be the task of the investigation to establish who instigated this atrocious event', 0, '1'],
  ['139 people', 0, '3'],
  ['Nikolai Patrushev', 0, '2'],
  ['Ukraine is obviously behind the attack', 0, '1'],
  ['Ukraine is obviously behind the attack', 0, '4'],
  ['at least 139 people died', 0, '4'],
  ['139 people', 1, '3'],
  ['Of course Ukraine', 0, '4'],
  ['Alexander Bortnikov', 0, '2'],
  ['were trained by Kiev in the Middle East', 0, '1'],
  ['involvement of the USA and Great Britain', 0, '4'],
  ['an act of intimidation against Russia', 0, '1'],
];

test('a dozen mixed, overlapping annotations on seed 002', async ({ app }) => {
  const { page } = app;
  await openArticle(page, seed002.title);
  for (const [words, occurrence, key] of PASS) {
    await selectText(page, words, occurrence);
    await page.keyboard.press(key);
  }
  await page.keyboard.press('Escape');
  const items = page.getByRole('list', { name: 'Annotations in text order' }).getByRole('listitem');
  await expect(items).toHaveCount(PASS.length);
  await expect(page.getByRole('group', { name: 'Show labels' }).getByRole('button')).toHaveText([
    /Claim\s*5/,
    /Attribution\s*2/,
    /Casualty figure\s*2/,
    /Disputed\s*4/,
  ]);
  await expect(
    page.getByRole('navigation', { name: 'Library' }).getByLabel('Annotations: 5 Claim, 2 Attribution, 2 Casualty figure, 4 Disputed'),
  ).toBeVisible();

  // Back to the top of the article for the picture.
  await page.getByRole('main').evaluate((el) => el.scrollTo(0, 180));
  await app.screenshot('seed-002-annotated');
  await page.getByRole('button', { name: 'Dark mode' }).click();
  await app.screenshot('seed-002-annotated-dark');
});
