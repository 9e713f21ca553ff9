// Journey: one figure is both a Casualty figure and Disputed; both highlights stay visible and
// each can be picked by clicking (the innermost first, clicking again cycles) or with Tab.
import { expect, test } from './app-fixture';
import { clickText, openArticle, selectText } from './reader-actions';
import { seedTexts } from './seed-text';

const seed002 = seedTexts()[2]!;

test('overlapping spans are each visible and clickable', async ({ app }) => {
  const { page } = app;
  await openArticle(page, seed002.title);
  await selectText(page, 'at least 139 people died');
  await page.keyboard.press('4');
  // The second "139 people" of the text is the one inside "at least 139 people died".
  await selectText(page, '139 people', 1);
  await page.keyboard.press('3');
  await page.keyboard.press('Escape');

  const items = page.getByRole('list', { name: 'Annotations in text order' }).getByRole('listitem');
  await expect(items).toHaveCount(2);
  const editor = page.getByRole('region', { name: 'Selected annotation' });
  await expect(editor).toBeHidden();

  // Inside both spans: the inner (shorter) one first, then the outer one. (The second click lands
  // elsewhere in the span: twice on one spot would be a double click, which selects a word.)
  await clickText(page, '139 people', 1);
  await expect(editor.getByRole('radio', { name: 'Casualty figure' })).toBeChecked();
  await expect(editor).toContainText('139 people');
  await clickText(page, '139 people', 1, 0.2);
  await expect(editor.getByRole('radio', { name: 'Disputed' })).toBeChecked();
  await expect(editor).toContainText('at least 139 people died');
  // Outside the inner span only the outer one is there.
  await clickText(page, 'died', 0);
  await expect(editor.getByRole('radio', { name: 'Disputed' })).toBeChecked();

  // Both labels are painted over the shared text.
  const painted = await page.evaluate(() =>
    [...CSS.highlights.entries()].filter(([, h]) => h.size > 0).map(([name]) => name),
  );
  expect(painted.some((n) => n.includes('casualty-figure'))).toBe(true);
  expect(painted.some((n) => n.includes('disputed'))).toBe(true);
  await app.screenshot('overlap-disputed-casualty');

  // Tab walks the annotations in text order from the selected one.
  await page.keyboard.press('Tab');
  await expect(editor.getByRole('radio', { name: 'Casualty figure' })).toBeChecked();
});
