// Journey: the library survives a restart — added, renamed and removed articles stay as
// the user left them, the bundled seeds are not added twice, the open article reopens.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './app-fixture';
import { seedTexts } from './seed-text';

const [seed000, seed001, , , seed004] = seedTexts();

test('rename, remove and add survive a restart, and seeds are not re-added', async ({ app }) => {
  if (!seed000 || !seed001 || !seed004) throw new Error('seeds missing');
  let page = app.page;
  const library = () => page.getByRole('navigation', { name: 'Library' });
  await expect(library().getByRole('listitem')).toHaveCount(5);

  // Rename seed 000 (its derived title is a cut sentence).
  await library().getByRole('button', { name: `Rename “${seed000.title}”` }).click();
  const field = library().getByRole('textbox', { name: 'New title' });
  await field.fill('US Embassy warning, 7 March');
  await field.press('Enter');
  await expect(library().getByRole('button', { name: 'US Embassy warning, 7 March', exact: true })).toBeVisible();

  // An empty title is refused and the old one kept.
  await library().getByRole('button', { name: 'Rename “US Embassy warning, 7 March”' }).click();
  await library().getByRole('textbox', { name: 'New title' }).fill('   ');
  await library().getByRole('textbox', { name: 'New title' }).press('Enter');
  await expect(page.getByRole('alert', { name: 'Problems' })).toContainText('A title cannot be empty.');
  await library().getByRole('textbox', { name: 'New title' }).press('Escape');

  // Remove seed 001, after confirming.
  await library().getByRole('button', { name: `Remove “${seed001.title}”` }).click();
  const dialog = page.getByRole('dialog', { name: 'Remove article?' });
  await expect(dialog).toContainText(seed001.title);
  await app.screenshot('library-remove-confirmation');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(library().getByRole('listitem')).toHaveCount(5);
  await library().getByRole('button', { name: `Remove “${seed001.title}”` }).click();
  await page.getByRole('dialog', { name: 'Remove article?' }).getByRole('button', { name: 'Remove' }).click();
  await expect(library().getByRole('listitem')).toHaveCount(4);

  // Add one of the user's own and leave seed 004 open.
  const dir = await mkdtemp(join(tmpdir(), 'veritag-article-'));
  await writeFile(join(dir, 'notes.md'), 'Desk notes on Crocus\n\nCheck the 137 vs 139 figures.\n');
  await app.answerOpenDialog([join(dir, 'notes.md')]);
  await page.getByRole('button', { name: 'Add article…' }).click();
  await expect(library().getByRole('listitem')).toHaveCount(5);
  await library().getByRole('button', { name: seed004.title, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed004.title);

  page = await app.restart();

  await expect(library().getByRole('listitem')).toHaveCount(5);
  await expect(library().getByRole('button', { name: 'US Embassy warning, 7 March', exact: true })).toBeVisible();
  await expect(library().getByRole('button', { name: seed001.title, exact: true })).toHaveCount(0);
  await expect(library().getByRole('button', { name: 'Desk notes on Crocus', exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed004.title);
  await app.screenshot('library-after-restart');
});
