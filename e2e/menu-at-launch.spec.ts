// Journey: a fact-checker reaches for the menu the moment the window opens, before the library
// has loaded. The command waits until the app is ready and then runs: nothing is dropped.
import { join } from 'node:path';
import { expect, test } from './app-fixture';

const ALICE = join(__dirname, '..', 'test-support', 'good-sets', 'crocus-first-pass.veritag.json');

test('File → Import Set… sent right after launch imports the set into the loaded library', async ({ app }) => {
  const { page } = app;
  await app.answerOpenDialog([ALICE]);
  await app.menu('import-set');
  // Both articles the file names are bundled seeds: had the import run before the seeds were
  // stored, they would have been offered for mapping or kept as orphans.
  await expect(page.getByRole('status', { name: 'Notifications' })).toContainText(
    "Imported Alice's set “Crocus coverage, first pass”: 8 annotations on 2 articles (0 re-anchored, 0 orphaned)",
  );
  await expect(page.getByRole('region', { name: 'Sets' }).getByRole('checkbox', { name: 'Alice: Crocus coverage, first pass' })).toBeChecked();
  await app.screenshot('menu-at-launch-import');
});

test('File → Export Set… sent right after launch opens the export dialog', async ({ app }) => {
  const { page } = app;
  await app.menu('export-set');
  const dialog = page.getByRole('dialog', { name: 'Export annotations' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('combobox', { name: 'Set' })).toHaveValue(/.+/);
});
