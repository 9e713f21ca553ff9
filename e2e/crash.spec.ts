// Journey: the browser is killed (SIGKILL, every process of it, as a crash or the OOM killer would)
// and Veritag started again. Kept as regression tests: what said "Saved" is there, and a large
// import killed half-way is all or nothing, the earlier work intact.
import { expect, test } from './app-fixture';
import { countRows, expectEarlierWork, setToggles, tagEarlierWork } from './earlier-work';
import { importSetFile, writeGeneratedSet } from './generated-sets';

test('killed right after "Saved": the annotation is there after the restart, each time', async ({ app }) => {
  let page = app.page;
  for (let round = 1; round <= 3; round++) {
    // Tags the next phrase; the kill comes as soon as the status line says it is saved.
    await tagEarlierWork(page, 1, round - 1);
    await app.crash();
    page = await app.start();
    await expectEarlierWork(page, round);
  }
});

test('killed in the middle of a 50,000-annotation import: nothing of it, the earlier work intact', async ({ app }) => {
  test.setTimeout(240_000);
  let page = app.page;
  await tagEarlierWork(page, 3);
  const setsBefore = await setToggles(page).count();
  const path = await writeGeneratedSet(50_000);

  await importSetFile(app, path);
  // Killed while the one transaction is writing: between 10,000 and 40,000 of 50,000 stored.
  await expect(page.getByRole('status', { name: 'Import progress' })).toHaveText(/: [1-3]\d,000 of 50,000 annotations$/, { timeout: 180_000 });
  await app.crash();

  page = await app.start();
  await expectEarlierWork(page, 3);
  await expect(setToggles(page)).toHaveCount(setsBefore);
  // Not one annotation of the set was left behind: the store holds the earlier three only.
  expect(await countRows(page, 'annotations')).toBe(3);
  // And the database takes new work.
  await tagEarlierWork(page, 1, 3);
});
