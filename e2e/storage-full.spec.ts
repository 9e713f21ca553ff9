// Journey: the storage is full (a real QuotaExceededError from IndexedDB: the origin's quota set
// below its usage through the DevTools protocol). Tagging, a note, an import and adding an article
// each say so in plain words, nothing is shown as saved that is not, and the earlier work is intact.
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { ROOT, expect, test } from './app-fixture';
import { openArticle, selectText } from './reader-actions';
import { seedTexts } from './seed-text';

const seed002 = seedTexts()[2]!;
const SET_FILE = join(ROOT, 'test-support', 'good-sets', 'crocus-first-pass.veritag.json');
const ARTICLE_FILE = join(ROOT, 'test-support', 'articles', 'crocus-emoji.txt');
const NO_ROOM = "there is no room left for Veritag's data (the disk or the storage quota is full)";

const annotationItems = (page: Page) => page.getByRole('list', { name: 'Annotations in text order' }).getByRole('listitem');
const libraryItems = (page: Page) => page.getByRole('navigation', { name: 'Library' }).getByRole('listitem');
const setToggles = (page: Page) => page.getByRole('region', { name: 'Sets' }).getByRole('checkbox');
const noteField = (page: Page) => page.getByRole('region', { name: 'Selected annotation' }).getByRole('textbox', { name: 'Note' });

test('a full storage quota: tag, note, import and add-article each say so and harm nothing', async ({ app }) => {
  test.skip(app.mode === 'electron', 'the quota is limited through the browser before the page opens its database');
  let page = app.page;
  // Earlier work, saved: one annotation with a note.
  await openArticle(page, seed002.title);
  await selectText(page, '139 people');
  await page.keyboard.press('3');
  await noteField(page).fill('TASS figure on 25 March');
  await noteField(page).press('Escape');
  await expect(page.getByRole('status', { name: 'Save state' })).toHaveText('Saved');
  await expect(annotationItems(page)).toHaveCount(1);
  const setsBefore = await setToggles(page).count();

  page = await app.restart({ storageQuota: 1 });
  await openArticle(page, seed002.title);
  await expect(annotationItems(page)).toHaveCount(1);
  const problems = page.getByRole('alert', { name: 'Problems' });
  const saveState = page.getByRole('status', { name: 'Save state' });

  // Tag: not saved, and no highlight that would suggest otherwise.
  await selectText(page, 'Nikolai Patrushev');
  await page.keyboard.press('2');
  await expect(saveState).toHaveText('Not saved: no room left');
  await expect(problems).toContainText(`Not saved: ${NO_ROOM}. Free some disk space and try again.`);
  await expect(annotationItems(page)).toHaveCount(1);

  // A note on the earlier annotation: not saved either.
  await annotationItems(page).first().getByRole('button').click();
  await noteField(page).fill('Changed while the disk was full');
  await noteField(page).press('Escape');
  await expect(problems).toContainText(`Not saved: ${NO_ROOM}.`);
  await expect(saveState).toHaveText('Not saved: no room left');

  // An import stores nothing and says so, naming the file.
  await app.answerOpenDialog([SET_FILE]);
  await app.menu('import-set');
  await expect(problems).toContainText(
    `“crocus-first-pass.veritag.json” was not imported: ${NO_ROOM}. Nothing of it was stored. Free some disk space and try again.`,
  );
  await expect(page.getByRole('status', { name: 'Import progress' })).toHaveCount(0);
  await expect(setToggles(page)).toHaveCount(setsBefore);

  // Adding an article: not added, named.
  await app.answerOpenDialog([ARTICLE_FILE]);
  await page.getByRole('button', { name: 'Add article…' }).click();
  await expect(problems).toContainText(`“crocus-emoji.txt” was not added: ${NO_ROOM}. Free some disk space and try again.`);
  await expect(libraryItems(page)).toHaveCount(5);

  // One notice per action (starting wrote nothing it need not, so it raised no alarm); never the raw error.
  await expect(problems.locator('p')).toHaveCount(4);
  await expect(problems).not.toContainText('QuotaExceededError');
  await expect(problems).not.toContainText('AbortError');
  await expect(page.getByRole('status', { name: 'Notifications' })).not.toContainText(/Imported|Added/);
  await app.screenshot('storage-full-messages');

  // With room again, what was saved before is all there, unchanged, and nothing else.
  page = await app.restart();
  await openArticle(page, seed002.title);
  await expect(annotationItems(page)).toHaveCount(1);
  await expect(annotationItems(page).first()).toContainText('Casualty figure');
  await expect(annotationItems(page).first()).toContainText('TASS figure on 25 March');
  await expect(libraryItems(page)).toHaveCount(5);
  await expect(setToggles(page)).toHaveCount(setsBefore);
});
