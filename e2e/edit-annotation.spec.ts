// Journey: note, relabel, delete — then undo and redo each, from the keyboard and the Edit menu;
// what undo restores is stored (it survives a restart).
import { expect, test } from './app-fixture';
import { openArticle, selectText } from './reader-actions';
import { seedTexts } from './seed-text';

const seed002 = seedTexts()[2]!;

test('note, relabel, delete, undo and redo', async ({ app }) => {
  let page = app.page;
  await openArticle(page, seed002.title);
  await selectText(page, 'Ukraine is obviously behind the attack');
  await page.keyboard.press('1');

  const editor = () => page.getByRole('region', { name: 'Selected annotation' });
  const items = () => page.getByRole('list', { name: 'Annotations in text order' }).getByRole('listitem');
  await expect(editor().getByRole('radio', { name: 'Claim' })).toBeChecked();

  // A multi-line note, typed after Enter moves focus into the note field.
  await page.keyboard.press('Enter');
  await expect(editor().getByRole('textbox', { name: 'Note' })).toBeFocused();
  await page.keyboard.type('Patrushev, 25 March.');
  await page.keyboard.press('Shift+Enter');
  await page.keyboard.type('No evidence offered.');
  await editor().getByRole('radio', { name: 'Disputed' }).click(); // blur saves the note; then relabel
  await expect(items().first()).toContainText('Disputed');
  await expect(items().first()).toContainText('Patrushev, 25 March.');
  await expect(page.getByRole('status', { name: 'Save state' })).toHaveText('Saved');
  await app.screenshot('edit-annotation-note');

  // Undo the relabel (keyboard, focus outside text fields), then the note.
  await page.getByRole('textbox', { name: /^Text of/ }).focus();
  await page.keyboard.press('Control+z');
  await expect(items().first()).toContainText('Claim');
  await expect(page.getByRole('status', { name: 'Notifications' })).toContainText('Undid: Change label to Disputed');
  await app.menu('undo');
  await expect(items().first()).not.toContainText('Patrushev, 25 March.');
  await app.menu('redo');
  await expect(items().first()).toContainText('Patrushev, 25 March.');

  // Delete with the Delete key, undo brings it back (stored), redo deletes again, undo again.
  await items().first().getByRole('button').click();
  await page.getByRole('textbox', { name: /^Text of/ }).focus();
  await page.keyboard.press('Delete');
  await expect(items()).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(items()).toHaveCount(1);
  await page.keyboard.press('Control+Shift+z');
  await expect(items()).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(items()).toHaveCount(1);
  await expect(page.getByRole('status', { name: 'Save state' })).toHaveText('Saved');

  page = await app.restart();
  await expect(items()).toHaveCount(1);
  await expect(items().first()).toContainText('Claim');
  await expect(items().first()).toContainText('Patrushev, 25 March.');
  await items().first().getByRole('button').click();
  await expect(editor().getByRole('textbox', { name: 'Note' })).toHaveValue('Patrushev, 25 March.\nNo evidence offered.');
});
