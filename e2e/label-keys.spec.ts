// Journey: the label keys 1–4 and Delete act on the selected annotation wherever the focus is,
// except in a note field, where they are text; Escape from a note goes back to the reader.
import { expect, test } from './app-fixture';
import { clickText, openArticle, selectText } from './reader-actions';
import { seedTexts } from './seed-text';

const seed002 = seedTexts()[2]!;

test('label keys relabel the selected annotation unless the caret is in its note', async ({ app }) => {
  const page = app.page;
  await openArticle(page, seed002.title);
  const reader = page.getByRole('textbox', { name: `Text of “${seed002.title}”` });
  const editor = page.getByRole('region', { name: 'Selected annotation' });
  const note = editor.getByRole('textbox', { name: 'Note' });
  const items = page.getByRole('list', { name: 'Annotations in text order' }).getByRole('listitem');
  const saveState = page.getByRole('status', { name: 'Save state' });

  await selectText(page, 'Nikolai Patrushev');
  await page.keyboard.press('2');
  await selectText(page, 'at least 139 people died');
  await page.keyboard.press('3');
  await expect(items).toHaveCount(2);
  await page.keyboard.press('Escape');
  await expect(editor).toBeHidden();

  // A note on Patrushev, left with Escape.
  await clickText(page, 'Nikolai Patrushev');
  await expect(editor.getByRole('radio', { name: 'Attribution' })).toBeChecked();
  await page.keyboard.press('Enter');
  await expect(note).toBeFocused();
  await page.keyboard.type('Secretary of the Security Council');
  await page.keyboard.press('Escape');
  await expect(items.first()).toContainText('Secretary of the Security Council');

  // The other highlight, then 4: it becomes Disputed, and nothing is typed into its note.
  await clickText(page, 'at least 139 people died');
  await expect(editor.getByRole('radio', { name: 'Casualty figure' })).toBeChecked();
  await page.keyboard.press('4');
  await expect(editor.getByRole('radio', { name: 'Disputed' })).toBeChecked();
  await expect(note).toHaveValue('');
  await expect(items.nth(1)).toContainText('Disputed');
  await expect(saveState).toHaveText('Saved');
  await app.screenshot('label-keys-relabelled');

  // Escape from a note returns to the reader with the annotation still selected: keys act on it.
  await page.keyboard.press('Enter');
  await expect(note).toBeFocused();
  await page.keyboard.type('Toll of 24 March: 4 more');
  await expect(editor.getByRole('radio', { name: 'Disputed' })).toBeChecked();
  await page.keyboard.press('Escape');
  await expect(reader).toBeFocused();
  await page.keyboard.press('1');
  await expect(editor.getByRole('radio', { name: 'Claim' })).toBeChecked();
  await expect(note).toHaveValue('Toll of 24 March: 4 more');

  // Tab and Shift+Tab walk the annotations in text order from the selected one, wrapping around.
  await page.keyboard.press('Tab');
  await expect(editor).toContainText('Nikolai Patrushev');
  await page.keyboard.press('Shift+Tab');
  await expect(editor).toContainText('at least 139 people died');
  await expect(reader).toBeFocused();

  // After clicking a card in the sidebar, 1–4 and Delete act on that card's annotation.
  await items.first().getByRole('button').click();
  await expect(editor.getByRole('radio', { name: 'Attribution' })).toBeChecked();
  await page.keyboard.press('3');
  await expect(items.first()).toContainText('Casualty figure');
  await expect(editor.getByRole('radio', { name: 'Casualty figure' })).toBeChecked();
  await page.keyboard.press('Delete');
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText('at least 139 people died');
  await expect(saveState).toHaveText('Saved');
  // The focused card went with it: the reader has the focus, so the keys go on working from there.
  await expect(reader).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(editor).toContainText('at least 139 people died');
});
