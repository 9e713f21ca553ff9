// The user's earlier work for the fault tests: annotations tagged through the reader (so the app
// counts and journals them as it would a user's), one with a note, and the check that it is all there.
import type { Page } from '@playwright/test';
import { expect } from './app-fixture';
import { openArticle, selectText } from './reader-actions';
import { seedTexts } from './seed-text';

const seed002 = seedTexts()[2]!;
/** Phrases of seed 002, each found once before the next, with the key of its label. */
const PHRASES: ReadonlyArray<readonly [string, '1' | '2' | '3' | '4']> = [
  ['139 people', '3'],
  ['Nikolai Patrushev', '2'],
  ['Ukraine is obviously behind the attack', '4'],
  ['Alexander Bortnikov', '2'],
  ['Islamic extremists', '1'],
  ['trained by Kiev in the Middle East', '4'],
  ['Great Britain', '1'],
  ['a hundred injured', '3'],
  ['The Shot channel', '2'],
  ['regime propaganda', '1'],
  ['Crocus City Hall', '1'],
];
const EARLIER_NOTE = 'TASS figure on 25 March';

const annotationItems = (page: Page) => page.getByRole('list', { name: 'Annotations in text order' }).getByRole('listitem');
export const setToggles = (page: Page) => page.getByRole('region', { name: 'Sets' }).getByRole('checkbox');

/** Tags the first `count` phrases of seed 002 (the first with a note), each saved before the next. */
export async function tagEarlierWork(page: Page, count: number, from = 0): Promise<void> {
  await openArticle(page, seed002.title);
  const saveState = page.getByRole('status', { name: 'Save state' });
  for (const [index, [phrase, key]] of PHRASES.slice(from, from + count).entries()) {
    await selectText(page, phrase);
    await page.keyboard.press(key);
    await expect(annotationItems(page)).toHaveCount(from + index + 1);
    if (from + index === 0) {
      const note = page.getByRole('region', { name: 'Selected annotation' }).getByRole('textbox', { name: 'Note' });
      await note.fill(EARLIER_NOTE);
      await note.press('Escape');
    }
    await expect(saveState).toHaveText('Saved');
  }
}

/** The first `count` phrases are tagged in seed 002, the first with its note, and nothing else is. */
export async function expectEarlierWork(page: Page, count: number): Promise<void> {
  await openArticle(page, seed002.title);
  const items = annotationItems(page);
  await expect(items).toHaveCount(count);
  const texts = await items.allTextContents();
  for (const [phrase] of PHRASES.slice(0, count)) expect(texts.some((text) => text.includes(`“${phrase}”`))).toBe(true);
  if (count > 0) await expect(items.filter({ hasText: '“139 people”' })).toContainText(EARLIER_NOTE);
}

/** Rows of a store of the app's database, read straight from IndexedDB (to count what a crash left). */
export function countRows(page: Page, store: string): Promise<number> {
  return page.evaluate(
    (name) =>
      new Promise<number>((resolve, reject) => {
        const opening = indexedDB.open('veritag');
        opening.onerror = () => reject(new Error(String(opening.error)));
        opening.onsuccess = () => {
          const database = opening.result;
          const counting = database.transaction(name, 'readonly').objectStore(name).count();
          counting.onsuccess = () => {
            database.close();
            resolve(counting.result);
          };
          counting.onerror = () => reject(new Error(String(counting.error)));
        };
      }),
    store,
  );
}
