// Journey: the Backups window. Work done in one session is a snapshot at the next start; restoring
// it (after a confirmation) replaces later work, "Undo restore" brings that work back, and the next
// start finds the database and its copy in step (no recovery needed).
import { expect, test } from './app-fixture';
import { openArticle, selectText } from './reader-actions';
import { seedTexts } from './seed-text';

const seed002 = seedTexts()[2]!;

test('restore an earlier snapshot from File → Backups…, then undo the restore', async ({ app }) => {
  let page = app.page;
  const annotations = () => page.getByRole('list', { name: 'Annotations in text order' }).getByRole('listitem');
  const saved = () => expect(page.getByRole('status', { name: 'Save state' })).toHaveText('Saved');

  await openArticle(page, seed002.title);
  await selectText(page, 'least 139 people');
  await page.keyboard.press('3');
  await expect(annotations()).toHaveCount(1);
  await saved();

  page = await app.restart();
  await expect(page.getByRole('alert', { name: 'Recovery' })).toHaveCount(0);
  await expect(annotations()).toHaveCount(1);
  await selectText(page, 'Nikolai Patrushev');
  await page.keyboard.press('2');
  await expect(annotations()).toHaveCount(2);
  await saved();

  await app.menu('show-backups');
  const backups = page.getByRole('dialog', { name: 'Backups' });
  const snapshots = backups.getByRole('list', { name: 'Snapshots' }).getByRole('listitem');
  await expect(snapshots.first()).toContainText('1 annotation in your set, no reviewed sets, 5 articles');
  await app.screenshot('backups-window');
  await snapshots.first().getByRole('button', { name: /^Restore the backup of / }).click();

  const confirm = page.getByRole('dialog', { name: 'Restore this backup?' });
  await expect(confirm).toContainText('1 annotation in your set');
  await confirm.getByRole('button', { name: 'Restore' }).click();
  await expect(backups.getByRole('status', { name: 'Restore' })).toContainText(/^Restored from the backup copy of .+: 1 annotation in your set/);
  await expect(annotations()).toHaveCount(1);

  await backups.getByRole('button', { name: 'Undo restore' }).click();
  await expect(backups.getByRole('status', { name: 'Restore' })).toContainText('2 annotations in your set');
  await expect(annotations()).toHaveCount(2);
  await backups.getByRole('button', { name: 'Close' }).click();
  await expect(backups).toBeHidden();

  page = await app.restart();
  await expect(annotations()).toHaveCount(2);
  await expect(page.getByRole('alert', { name: 'Recovery' })).toHaveCount(0);
  await expect(page.getByRole('alert', { name: 'Problems' })).toBeEmpty();
});
