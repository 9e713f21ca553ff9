// Fault: the disk fills up while a 20,000-annotation set is being imported, on a profile on a real
// small disk (a tmpfs; needs root). Chromium then cannot open its IndexedDB store at the next start
// (issue 9: 3 of 3 runs lost every earlier annotation, silently). Now the import says the disk is
// full; at the restart, the disk still full, every earlier annotation is back from the durable copy
// with the Recovery notice; and once there is space again, nothing has moved. (The space check
// refuses this import on a 16 MB disk before it starts, see import-space.spec.ts: so the disk is
// 80 MB and fills up once the import is writing, as when another program takes the space.)
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '../app-fixture';
import { countRows, expectEarlierWork, setToggles, tagEarlierWork } from '../earlier-work';
import { fillDisk, freeBytes } from '../small-disk';
import { importSetFile, writeGeneratedSet } from '../generated-sets';

const EARLIER = 11;
const NO_ROOM = "there is no room left for Veritag's data (the disk or the storage quota is full)";

test.use({ smallDisk: 80_000_000 });

test('the disk fills up during a large import: it says so, and after a restart every earlier annotation is back', async ({ app }) => {
  test.setTimeout(300_000);
  let page = app.page;
  await tagEarlierWork(page, EARLIER);
  const setsBefore = await setToggles(page).count();
  const path = await writeGeneratedSet(20_000);

  await importSetFile(app, path);
  await expect(page.getByRole('status', { name: 'Import progress' })).toHaveText(/: [2-9],000 of 20,000 annotations$/, { timeout: 120_000 });
  // Another program takes every byte left (outside the profile, on the same disk).
  const filler = join(app.profileDir, '..', 'filler');
  await fillDisk(filler);
  expect(await freeBytes(app.profileDir)).toBeLessThan(64 * 1024);

  const problems = page.getByRole('alert', { name: 'Problems' });
  await expect(problems).toContainText(`“carol-20000.veritag.json” was not imported: ${NO_ROOM}. Nothing of it was stored.`, { timeout: 120_000 });
  await expect(page.getByRole('status', { name: 'Notifications' })).not.toContainText('Imported');
  await app.screenshot('full-disk-during-import');

  // Veritag starts again on the full disk: Chromium cannot open its store; the copy is restored.
  await app.quit();
  page = await app.start();
  const recovery = page.getByRole('alert', { name: 'Recovery' });
  await expect(recovery).toContainText(/^Restored from the backup copy of .+: 11 annotations in your set, no reviewed sets, 5 articles\./);
  await expect(recovery).toContainText(/The database (?:was missing|was empty|could not be opened \(.+\)|was missing the last [\d,]+ changes?)\./);
  test.info().annotations.push({ type: 'recovery notice', description: (await recovery.textContent()) ?? '' });
  await expectEarlierWork(page, EARLIER);
  await expect(setToggles(page)).toHaveCount(setsBefore);
  expect(await countRows(page, 'annotations')).toBe(EARLIER);

  // The space is given back (the user deletes something, or the other program ends): all still there.
  await app.quit();
  await rm(filler);
  page = await app.start();
  await expectEarlierWork(page, EARLIER);
  await expect(setToggles(page)).toHaveCount(setsBefore);
  expect(await countRows(page, 'annotations')).toBe(EARLIER);
});
