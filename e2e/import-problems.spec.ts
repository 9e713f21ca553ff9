// Journey: broken or hostile files are refused with every problem named in the format's
// canonical words, and the database is left exactly as it was.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './app-fixture';
import { openArticle, selectText } from './reader-actions';
import { seedTexts } from './seed-text';

const BAD = join(__dirname, '..', 'test-support', 'bad-sets');
const BAD_FILES = readdirSync(BAD).sort();

/** Every record of every object store, read straight from IndexedDB (not through the app). */
async function databaseSnapshot(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('veritag');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
    });
    const stores = [...db.objectStoreNames].sort();
    const dump: Record<string, unknown[]> = {};
    for (const store of stores) {
      dump[store] = await new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
      });
    }
    db.close();
    return JSON.stringify({ version: db.version, dump });
  });
}

test('every bad file is refused with its problems listed, and the database does not change', async ({ app }) => {
  const { page } = app;
  await openArticle(page, seedTexts()[2]!.title);
  await selectText(page, '139 people');
  await page.keyboard.press('3');
  await expect(page.getByRole('status', { name: 'Save state' })).toHaveText('Saved');
  const before = await databaseSnapshot(page);
  expect(BAD_FILES.length).toBeGreaterThan(30);

  await app.answerOpenDialog(BAD_FILES.map((name) => join(BAD, name)));
  await app.menu('import-set');
  for (const name of BAD_FILES) {
    const dialog = page.getByRole('dialog', { name: `${name} was not imported` });
    await expect(dialog).toContainText('nothing was changed');
    await expect(dialog.getByRole('list', { name: 'Problems' }).getByRole('listitem').first()).not.toBeEmpty();
    if (name === 'several-problems.json') {
      expect(await dialog.getByRole('list', { name: 'Problems' }).getByRole('listitem').count()).toBe(5);
      await app.screenshot('import-problems');
    }
    if (name === 'truncated.json') await expect(dialog).toContainText(/not JSON: unexpected end of input at line \d+ column \d+/);
    if (name === 'wrong-version.json') await expect(dialog).toContainText('version: 99 is not supported (this app reads version 1)');
    await dialog.getByRole('button', { name: 'Close' }).click();
  }

  expect(await page.evaluate(() => (Object.prototype as Record<string, unknown>)['polluted'])).toBeUndefined();
  expect(await databaseSnapshot(page)).toBe(before);
  await expect(page.getByRole('region', { name: 'Sets' }).getByRole('listitem')).toHaveCount(1);
});
