// Fault: the disk fills up while a 20,000-annotation set is being imported, on a profile on a real
// small disk (a tmpfs; needs root). Chromium then cannot open its IndexedDB store at the next start
// (issue 9: 3 of 3 runs lost every earlier annotation, silently). Now the import says the disk is
// full; at the restart, the disk still full, the work is there or the Recovery notice says what
// happened; and once there is space again, every earlier annotation is there and nothing of the import. (The space check
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

  // Veritag starts again on the full disk. What Chromium can do then varies from run to run: it opens
  // the store whole, or opens none ("Encountered full disk while opening backing store": the copy is
  // restored), or fails to open it at all ("Internal error opening backing store": nothing can be
  // restored until there is space), and a restore may find no room. Whichever: nothing is lost
  // silently. The app renders once start-up has compared the database with the copy, so by the time
  // the library shows, a notice would be there.
  await app.quit();
  page = await app.start();
  // Or a store that cannot be opened at all stops the start on a page that says so (start-failure.tsx).
  const failed = page.getByRole('heading', { level: 1, name: 'Veritag cannot open its database' });
  await expect(page.getByRole('navigation', { name: 'Library' }).or(failed)).toBeVisible();
  const recovery = (await failed.count()) > 0 ? page.getByRole('alert') : page.getByRole('alert', { name: 'Recovery' });
  const told = (await recovery.allTextContents())[0] ?? null;
  test.info().annotations.push({ type: 'at the start on the full disk', description: told ?? 'no notice: the store opened whole' });
  if (told === null) await expectEarlierWork(page, EARLIER);
  else {
    expect(told).toMatch(
      /^(?:Restored from the backup copy of .+: 11 annotations in your set, no reviewed sets, 5 articles\.|The database could not be opened: .+|Your work could not be restored from the backup copy \(.+\)\.|The backup copy could not be read: .+)/,
    );
  }

  // The space is given back (the user deletes something, or the other program ends): every earlier
  // annotation is there (restored from the copy, or kept by the store), and nothing of the import.
  await app.quit();
  await rm(filler);
  page = await app.start();
  await expectEarlierWork(page, EARLIER);
  test.info().annotations.push({ type: 'at the start with space', description: (await page.getByRole('alert', { name: 'Recovery' }).allTextContents()).join(' ') || 'no notice' });
  await expect(setToggles(page)).toHaveCount(setsBefore);
  expect(await countRows(page, 'annotations')).toBe(EARLIER);
});
