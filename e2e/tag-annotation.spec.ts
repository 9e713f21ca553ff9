// Journey: tag a selection — with the mouse and a number key, and with the toolbar beside the
// selection — and see it highlighted, listed and saved; a cut word snaps to the whole word.
import { codePointLength } from '../src/shared/code-points';
import { expect, test } from './app-fixture';
import { openArticle, selectText } from './reader-actions';
import { seedTexts } from './seed-text';

const seed002 = seedTexts()[2]!;
const offsetOf = (needle: string) => codePointLength(seed002.text.slice(0, seed002.text.indexOf(needle)));

test('select, press 3: a Casualty figure is highlighted, listed and saved', async ({ app }) => {
  const { page } = app;
  await openArticle(page, seed002.title);
  // "east 139 peop" cuts two words: the tag snaps to "least 139 people".
  await selectText(page, 'east 139 peop');
  await page.keyboard.press('3');

  const list = page.getByRole('list', { name: 'Annotations in text order' });
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list.getByRole('listitem').first()).toContainText('Casualty figure');
  await expect(list.getByRole('listitem').first()).toContainText('“least 139 people”');
  await expect(page.getByRole('status', { name: 'Save state' })).toHaveText('Saved');

  const editor = page.getByRole('region', { name: 'Selected annotation' });
  const start = offsetOf('least 139 people');
  await expect(editor).toContainText(`${start}–${start + 16}`);
  await expect(editor.getByRole('radio', { name: 'Casualty figure' })).toBeChecked();

  // The highlight is painted: the span's range is registered with the CSS Highlight API.
  const painted = await page.evaluate(() => [...CSS.highlights.keys()].filter((name) => (CSS.highlights.get(name)?.size ?? 0) > 0));
  expect(painted.some((name) => name.includes('casualty-figure'))).toBe(true);
  // The library counts it under this article, and only there.
  const library = page.getByRole('navigation', { name: 'Library' });
  const entry = library.getByRole('listitem').filter({ has: page.getByRole('button', { name: seed002.title, exact: true }) });
  await expect(entry.getByLabel(/^Annotations:/)).toHaveAccessibleName('Annotations: 1 Casualty figure');
  await expect(library.getByLabel(/^Annotations:/)).toHaveCount(1);
  await app.screenshot('tag-casualty-figure');
});

test('the toolbar beside a selection tags it; Alt keeps the selection exact', async ({ app }) => {
  const { page } = app;
  await openArticle(page, seed002.title);
  await selectText(page, 'Nikolai Patrushev');
  const toolbar = page.getByRole('toolbar', { name: 'Tag selection' });
  await expect(toolbar).toBeVisible();
  await expect(toolbar.getByRole('button')).toHaveText([/Claim\s*1/, /Attribution\s*2/, /Casualty figure\s*3/, /Disputed\s*4/]);
  await app.screenshot('tag-toolbar');
  await toolbar.getByRole('button', { name: 'Attribution' }).click();
  await expect(toolbar).toBeHidden();

  // "Patru" held with Alt stays "Patru".
  await selectText(page, 'Patru');
  await page.keyboard.press('Alt+1');

  const items = page.getByRole('list', { name: 'Annotations in text order' }).getByRole('listitem');
  await expect(items).toHaveCount(2);
  await expect(items.nth(0)).toContainText('Attribution');
  await expect(items.nth(0)).toContainText('“Nikolai Patrushev”');
  await expect(items.nth(1)).toContainText('Claim');
  await expect(items.nth(1)).toContainText('“Patru”');
});
