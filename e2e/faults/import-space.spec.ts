// Fault: a set too large for the disk (a profile on a 16 MB tmpfs; needs root). The import is
// refused before anything is stored, saying how much it needs and how much is free; on a disk with
// room the same file imports, and takes no more than the check said it would.
import { stat } from 'node:fs/promises';
import { expect, test } from '../app-fixture';
import { countRows, expectEarlierWork, setToggles, tagEarlierWork } from '../earlier-work';
import { importSetFile, writeGeneratedSet } from '../generated-sets';
import { freeBytes, watchFreeBytes } from '../small-disk';

/** What the check expects a file to take: 6 bytes of disk per byte of file (import-space.ts). */
const NEEDED_PER_FILE_BYTE = 6;

test.describe('on a 16 MB disk', () => {
  test.use({ smallDisk: 16_000_000 });

  test('a 20,000-annotation set is refused with what it needs and what is free, and nothing is imported', async ({ app }) => {
    const page = app.page;
    await tagEarlierWork(page, 2);
    const setsBefore = await setToggles(page).count();
    const path = await writeGeneratedSet(20_000);

    await importSetFile(app, path);
    const problems = page.getByRole('alert', { name: 'Problems' });
    await expect(problems).toContainText(/“carol-20000\.veritag\.json” was not imported: it needs about 60 MB of space; \d+ MB are free\. Free some disk space and import it again\./);
    const free = Number(/(\d+) MB are free/.exec((await problems.textContent()) ?? '')?.[1]);
    // What it says is free is what the disk has free (give or take what the browser wrote since).
    expect(Math.abs(free * 1_000_000 - (await freeBytes(app.profileDir)))).toBeLessThan(1_500_000);
    await expect(page.getByRole('status', { name: 'Notifications' })).not.toContainText('Imported');
    await expect(setToggles(page)).toHaveCount(setsBefore);
    expect(await countRows(page, 'annotations')).toBe(2);
    await expectEarlierWork(page, 2);
  });
});

test.describe('on a 96 MB disk', () => {
  test.use({ smallDisk: 96_000_000 });

  test('the same set imports, and takes no more of the disk than the check expects, even at its peak', async ({ app }) => {
    test.setTimeout(180_000);
    const page = app.page;
    await expect(page.getByRole('navigation', { name: 'Library' }).getByRole('listitem')).toHaveCount(5);
    const path = await writeGeneratedSet(20_000);
    const { size } = await stat(path);
    const before = await freeBytes(app.profileDir);
    const usageBefore = (await page.evaluate(() => navigator.storage.estimate())).usage ?? 0;

    const watch = watchFreeBytes(app.profileDir);
    await importSetFile(app, path);
    await expect(page.getByRole('status', { name: 'Notifications' })).toContainText("Imported Carol's set “20000 annotations”: 20,000 annotations", {
      timeout: 150_000,
    });
    const peak = before - (await watch.stop());
    const usage = ((await page.evaluate(() => navigator.storage.estimate())).usage ?? 0) - usageBefore;
    const ratio = (bytes: number) => `${bytes} B (${(bytes / size).toFixed(2)}× the file)`;
    test.info().annotations.push({ type: 'measured', description: `file ${size} B; disk at its fullest ${ratio(peak)}; estimate().usage ${ratio(usage)}` });
    expect(peak).toBeLessThanOrEqual(size * NEEDED_PER_FILE_BYTE);
    expect(usage).toBeLessThanOrEqual(size * NEEDED_PER_FILE_BYTE);
  });
});
