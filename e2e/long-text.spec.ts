// Journey: very long text without spaces, as a paste or a colleague's file can deliver it — a
// note of 40,000 letters, orphans quoting 100,000, an article's paragraph of 40,000 — renders
// about as fast as the same length with spaces, and a long quote is cut with an ellipsis, the
// whole of it a click away. Arabic, whose letters join, is the costly case for line breaking,
// so it is what is measured.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './app-fixture';
import { openArticle, selectText } from './reader-actions';
import { seedTexts } from './seed-text';
import { writeSetFile } from './set-files';

const seed002 = seedTexts()[2]!;
/** `length` Arabic letters, without a space or with one after every seventh letter. */
const arabic = (length: number, spaced: boolean) => (spaced ? 'شبشبشب ' : 'شبشبشبش').repeat(Math.ceil(length / 7)).slice(0, length);

/** Milliseconds from just before `action` until two frames after it: its script, style, layout and paint. */
async function renderTime(page: Page, action: () => Promise<void>): Promise<number> {
  const start = await page.evaluate(() => performance.now());
  await action();
  return page.evaluate(
    (t0) => new Promise<number>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - t0)))),
    start,
  );
}

/** The bound on the unbroken text's time, from the same length with spaces measured in this run. */
const bound = (spaced: number) => 1.5 * spaced + 200;

test('a 40,000-letter note without spaces is laid out about as fast as one with spaces', async ({ app }) => {
  const { page } = app;
  await openArticle(page, seed002.title);
  await selectText(page, '139 people');
  await page.keyboard.press('3');
  const note = page.getByRole('region', { name: 'Selected annotation' }).getByRole('textbox', { name: 'Note' });
  const spaced = await renderTime(page, () => note.fill(arabic(40_000, true)));
  await note.fill('');
  const unbroken = await renderTime(page, () => note.fill(arabic(40_000, false)));
  test.info().annotations.push({ type: 'note, ms', description: `spaced ${Math.round(spaced)}, unbroken ${Math.round(unbroken)}` });
  expect(unbroken).toBeLessThanOrEqual(bound(spaced));
  await expect(page.getByRole('status', { name: 'Save state' })).toHaveText('Saved');
  // The sidebar shows its start, cut.
  const item = page.getByRole('list', { name: 'Annotations in text order' }).getByRole('listitem').first();
  expect((await item.textContent())?.length).toBeLessThan(1_000);
});

test('orphans quoting 100,000 letters without spaces open as fast as with spaces, cut, the whole a click away', async ({ app }) => {
  const { page } = app;
  const dir = await mkdtemp(join(tmpdir(), 'veritag-long-quotes-'));
  const times: Record<string, number> = {};
  for (const spaced of [true, false]) {
    const quote = arabic(100_000, spaced);
    const id = spaced ? 'spaced' : 'unbroken';
    const file = await writeSetFile(join(dir, `${id}.json`), {
      set: { id, name: id, annotator: 'Colleague' },
      document: { text: quote, title: `Long ${id}`, source: `${id}.txt` },
      quote,
      count: 3,
    });
    await app.answerOpenDialog([file]);
    await app.menu('import-set');
    await page.getByRole('dialog', { name: `Import “${id}”` }).getByRole('button', { name: 'Import' }).click();
    await expect(page.getByRole('status', { name: 'Notifications' })).toContainText(`set “${id}”: 3 annotations on 1 article (0 re-anchored, 3 orphaned)`);
    const orphans = page.getByRole('dialog', { name: 'Orphans' });
    times[id] = await renderTime(page, async () => {
      await page.getByRole('button', { name: /^Orphans/ }).click();
      await expect(orphans.getByRole('listitem')).toHaveCount(spaced ? 3 : 6);
    });
    await orphans.getByRole('button', { name: 'Close' }).click();
  }
  test.info().annotations.push({ type: 'orphans, ms', description: `spaced ${Math.round(times['spaced']!)}, unbroken ${Math.round(times['unbroken']!)}` });
  expect(times['unbroken']).toBeLessThanOrEqual(bound(times['spaced']!));

  // Each quote is cut with an ellipsis; "Show all" shows the whole of one.
  await page.getByRole('button', { name: /^Orphans/ }).click();
  const orphans = page.getByRole('dialog', { name: 'Orphans' });
  const last = orphans.getByRole('listitem').last();
  expect((await last.textContent())?.length).toBeLessThan(1_000);
  await expect(last).toContainText('…');
  await last.getByRole('button', { name: 'Show the whole quote (100,000 characters)' }).click();
  await expect(last.getByRole('region', { name: 'Whole quote' })).toHaveText(arabic(100_000, false));
});

test('an article with a paragraph of 40,000 letters without spaces opens about as fast as one with spaces', async ({ app }) => {
  const { page } = app;
  await expect(page.getByRole('navigation', { name: 'Library' }).getByRole('listitem')).toHaveCount(5);
  const times: Record<string, number> = {};
  for (const spaced of [true, false]) {
    const id = spaced ? 'spaced' : 'unbroken';
    await app.setClipboardText(`Headline ${id}\n\n${arabic(40_000, spaced)}\n\nThe end.`);
    times[id] = await renderTime(page, async () => {
      await page.getByRole('button', { name: 'Paste as new article' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Headline ${id}`);
    });
  }
  test.info().annotations.push({ type: 'reader, ms', description: `spaced ${Math.round(times['spaced']!)}, unbroken ${Math.round(times['unbroken']!)}` });
  expect(times['unbroken']).toBeLessThanOrEqual(bound(times['spaced']!));
  // The run stays on its line, scrolled within the reading column, which keeps its width.
  const article = await page.getByRole('article').boundingBox();
  const area = await page.getByRole('main').boundingBox();
  expect(article && area && article.x + article.width).toBeLessThanOrEqual((area?.x ?? 0) + (area?.width ?? 0));
});
