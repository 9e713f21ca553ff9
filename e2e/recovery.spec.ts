// Journey: the app's IndexedDB folder is damaged between two runs (five kinds of damage that used
// to give a silent fresh start, and an older copy of it put back). At the next start the work comes
// back from the durable copy, and the Recovery notice says so: from when, what, and why.
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './app-fixture';
import { expectEarlierWork, tagEarlierWork } from './earlier-work';
import { STORE_DAMAGES, copyStore, logBytes } from './store-damage';

/** The earlier work: annotations tagged in one article, the first with a note. */
const EARLIER = 4;
const REASON = /The database (?:was missing|was empty|could not be opened \(.+\)|was missing the last [\d,]+ changes?)\./;
const HALF = EARLIER / 2;

for (const damage of STORE_DAMAGES) {
  test(`${damage.name}: the work comes back from the backup copy, and the user is told`, async ({ app }) => {
    let page = app.page;
    let older: string | null = null;
    if (damage.rollsBack) {
      // Half the work, then a copy of the store, then the rest.
      await tagEarlierWork(page, HALF);
      await app.quit();
      // Kept in the profile, which goes when the test ends (Chromium ignores what it does not know there).
      older = await copyStore(app.indexedDbDir, join(app.profileDir, 'older-store'));
      page = await app.start();
      await tagEarlierWork(page, EARLIER - HALF, HALF);
    } else {
      await tagEarlierWork(page, EARLIER);
    }
    await app.quit();
    // The data is in LevelDB's log (a closed store keeps it there): damage to it hits the work itself.
    expect(await logBytes(app.indexedDbDir)).toBeGreaterThan(16_384);
    await damage.apply(app.indexedDbDir, older);

    page = await app.start();
    const recovery = page.getByRole('alert', { name: 'Recovery' });
    await expect(recovery).toContainText(/^Restored from the backup copy of .+: 4 annotations in your set, no reviewed sets, 5 articles\./);
    // A rolled-back store lacks the two annotations tagged after the copy: two changes.
    await expect(recovery).toContainText(damage.rollsBack ? 'The database was missing the last 2 changes.' : REASON);
    test.info().annotations.push({ type: 'recovery notice', description: (await recovery.textContent()) ?? '' });
    await expectEarlierWork(page, EARLIER);
    await expect(page.getByRole('navigation', { name: 'Library' }).getByRole('listitem')).toHaveCount(5);
  });
}

test('a store that cannot be opened at all: the window says so and the copy stays untouched; once it can, the work comes back', async ({ app }) => {
  let page = app.page;
  await tagEarlierWork(page, EARLIER);
  await app.quit();
  // A plain file where the IndexedDB folder was: Chromium cannot open (nor delete) the store.
  await rm(app.indexedDbDir, { recursive: true, force: true });
  await writeFile(app.indexedDbDir, 'not a folder');

  page = await app.start();
  await expect(page.getByRole('heading', { level: 1, name: 'Veritag cannot open its database' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('The database could not be opened');
  await app.screenshot('start-failure');
  await app.quit();

  await rm(app.indexedDbDir, { force: true });
  page = await app.start();
  await expect(page.getByRole('alert', { name: 'Recovery' })).toContainText(/^Restored from the backup copy of .+: 4 annotations in your set/);
  await expectEarlierWork(page, EARLIER);
});
