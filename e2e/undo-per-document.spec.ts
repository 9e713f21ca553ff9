// Journey: each article and each review keeps its own undo history, as an editor keeps one per
// document; undoing brings the change into view and says what it undid.
import { join } from 'node:path';
import { expect, test } from './app-fixture';
import { isTextInView, openArticle, selectText } from './reader-actions';
import { seedTexts } from './seed-text';

const ALICE = join(__dirname, '..', 'test-support', 'good-sets', 'crocus-first-pass.veritag.json');
const [seed000, , seed002] = seedTexts();

test('undo and redo stay with the article or review they were done in', async ({ app }) => {
  const page = app.page;
  const editor = page.getByRole('region', { name: 'Selected annotation' });
  const note = editor.getByRole('textbox', { name: 'Note' });
  const items = page.getByRole('list', { name: 'Annotations in text order' }).getByRole('listitem');
  const notices = page.getByRole('status', { name: 'Notifications' });
  const undoHint = page.getByRole('status', { name: 'Undo' });

  // Seed 000: a tag far down the article, and a note on it.
  await openArticle(page, seed000!.title);
  await selectText(page, 'worst massacre');
  await page.keyboard.press('4');
  await expect(editor.getByRole('radio', { name: 'Disputed' })).toBeChecked();
  await page.keyboard.press('Enter');
  await page.keyboard.type('Compare with Beslan');
  await page.keyboard.press('Escape');
  await expect(items.first()).toContainText('Compare with Beslan');

  // Seed 002: its own history, empty at first.
  await openArticle(page, seed002!.title);
  await selectText(page, 'Nikolai Patrushev');
  await page.keyboard.press('2');
  await expect(items).toHaveCount(1);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+z');
  await expect(items).toHaveCount(0);
  await expect(notices).toContainText('Undid: Tag as Attribution');
  await page.keyboard.press('Control+z'); // nothing left to undo here: seed 000 is untouched
  await page.keyboard.press('Control+Shift+z');
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText('Nikolai Patrushev');
  await expect(undoHint).toHaveText('Undo Tag as Attribution');

  // The review has a history of its own: a decision there is not undone from the reader.
  await app.answerOpenDialog([ALICE]);
  await app.menu('import-set');
  await expect(notices).toContainText("Imported Alice's set");
  await page.getByRole('button', { name: 'Review…' }).click();
  await page.getByRole('combobox', { name: 'Set B' }).selectOption({ label: 'Alice: Crocus coverage, first pass' });
  await page.getByRole('combobox', { name: 'Article' }).selectOption({ label: seed002!.title });
  const progress = page.getByRole('status', { name: 'Review progress' });
  await expect(progress).toHaveText(/^0 of \d+ disagreements decided$/);
  await page.keyboard.press('n');
  await page.keyboard.press('b');
  await expect(progress).toHaveText(/^1 of \d+ disagreements decided$/);
  await expect(undoHint).toHaveText('Undo Accept B');
  await page.getByRole('button', { name: 'Close review' }).click();

  await expect(undoHint).toHaveText('Undo Tag as Attribution');
  await page.keyboard.press('Control+z');
  await expect(notices).toContainText('Undid: Tag as Attribution');
  await page.getByRole('button', { name: 'Review…' }).click();
  await page.getByRole('combobox', { name: 'Set B' }).selectOption({ label: 'Alice: Crocus coverage, first pass' });
  await page.getByRole('combobox', { name: 'Article' }).selectOption({ label: seed002!.title });
  await expect(progress).toHaveText(/^1 of \d+ disagreements decided$/);
  await page.keyboard.press('Control+z');
  await expect(progress).toHaveText(/^0 of \d+ disagreements decided$/);
  await page.getByRole('button', { name: 'Close review' }).click();

  // Back in seed 000, scrolled away from the annotation: undo reverts the note there and shows it.
  await openArticle(page, seed000!.title);
  await page.locator('.reading-area').evaluate((area) => area.scrollTo(0, 0));
  await expect.poll(() => isTextInView(page, 'worst massacre')).toBe(false);
  await expect(undoHint).toHaveText('Undo Edit note');
  await page.keyboard.press('Control+z');
  await expect(notices).toContainText('Undid: Edit note');
  await expect(editor).toContainText('worst massacre');
  await expect(note).toHaveValue('');
  await expect.poll(() => isTextInView(page, 'worst massacre')).toBe(true);
  await app.screenshot('undo-per-document-revealed');
});
