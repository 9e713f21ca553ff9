// Journey: names, titles and sources come from other people's files (a colleague's set, a
// downloaded article) and may be built to deceive or to break the layout. A bidirectional
// override or a zero-width character is shown as its code point, wherever the name appears;
// a name too long for its place is cut with an ellipsis, and every button stays within reach.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { shownName } from '../src/shared/visible-text';
import { expect, test } from './app-fixture';
import { seedTexts } from './seed-text';
import { writeSetFile } from './set-files';

const seed002 = seedTexts()[2]!;
/** Characters that must never reach the screen as themselves: bidirectional controls and zero-width ones. */
const HIDDEN = /[\u061C\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/u;

async function dropFile(page: Page, name: string, text: string) {
  const dataTransfer = await page.evaluateHandle(([n, t]) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([t], n, { type: 'text/plain' }));
    return transfer;
  }, [name, text] as const);
  await page.getByRole('main').dispatchEvent('drop', { dataTransfer });
}

/**
 * The texts on the page, and the accessible names given by aria-label or title, that hold a
 * hidden character; the article's own text in the reader is shown exactly as written, so it is left out.
 */
function textsWithHiddenCharacters(page: Page): Promise<string[]> {
  return page.evaluate((pattern) => {
    const hidden = new RegExp(pattern, 'u');
    const shown = [...document.querySelectorAll('body *')].filter((el) => !el.closest('.reader-text'));
    const texts = shown.flatMap((el) => [
      [...el.childNodes].map((node) => (node.nodeType === Node.TEXT_NODE ? (node.textContent ?? '') : '')).join(''),
      el.getAttribute('aria-label') ?? '',
      el.getAttribute('title') ?? '',
    ]);
    return texts.filter((text) => hidden.test(text));
  }, HIDDEN.source);
}

test('bidirectional overrides and zero-width characters in names, titles and sources are shown as code points', async ({ app }) => {
  const { page } = app;
  await expect(page.getByRole('navigation', { name: 'Library' }).getByRole('listitem')).toHaveCount(5);

  // An article whose file name and first line would read "Invoice dm.txt" and "Alice wrote: txt.exe".
  await dropFile(page, 'Invoice \u202Etxt.md', 'Al\u200Bice wrote: \u202Eexe.txt\n\nThe attached invoice is genuine.');
  const title = 'Al⟨U+200B⟩ice wrote: ⟨U+202E⟩exe.txt';
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: title, exact: true })).toBeVisible();
  await expect(page.getByRole('article')).toContainText('Invoice ⟨U+202E⟩txt.md');
  await expect(page.getByRole('status', { name: 'Notifications' })).toContainText(`Added “${title}”.`);

  // A colleague's set whose names and whose article's title hide characters; the article is an
  // edition of seed 002, so the import asks where to place it.
  const dir = await mkdtemp(join(tmpdir(), 'veritag-names-'));
  const file = await writeSetFile(join(dir, 'set.json'), {
    set: { id: 'deceptive', name: 'Invoice \u202Eexe.txt', annotator: 'Al\u200Bi\u200Cc\u200De' },
    document: { text: `Updated. ${seed002.text}`, title: 'Moscow\u2066 \u2069attack\uFEFF', source: seed002.file },
    quote: '139 people',
  });
  await app.answerOpenDialog([file]);
  await app.menu('import-set');
  const dialog = page.getByRole('dialog', { name: 'Import “Invoice ⟨U+202E⟩exe.txt”' });
  await expect(dialog).toContainText('By Al⟨U+200B⟩i⟨U+200C⟩c⟨U+200D⟩e');
  await expect(dialog).toContainText('Moscow⟨U+2066⟩ ⟨U+2069⟩attack⟨U+FEFF⟩');
  expect(await textsWithHiddenCharacters(page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Import' }).click();

  await expect(page.getByRole('status', { name: 'Notifications' })).toContainText(
    'Imported Al⟨U+200B⟩i⟨U+200C⟩c⟨U+200D⟩e\'s set “Invoice ⟨U+202E⟩exe.txt”',
  );
  await expect(page.getByRole('region', { name: 'Sets' }).getByRole('checkbox', { name: 'Al⟨U+200B⟩i⟨U+200C⟩c⟨U+200D⟩e: Invoice ⟨U+202E⟩exe.txt' })).toBeChecked();
  expect(await textsWithHiddenCharacters(page)).toEqual([]);
  await app.screenshot('untrusted-names');
});

/** The element's box, which must lie within `container`'s box (the viewport when none is given). */
async function expectWithin(element: Locator, container?: Locator) {
  const box = await element.boundingBox();
  const frame = container ? await container.boundingBox() : { x: 0, y: 0, width: 1280, height: 860 };
  if (!box || !frame) throw new Error('not rendered');
  expect(box.x, 'left edge').toBeGreaterThanOrEqual(frame.x - 0.5);
  expect(box.y, 'top edge').toBeGreaterThanOrEqual(frame.y - 0.5);
  expect(box.x + box.width, 'right edge').toBeLessThanOrEqual(frame.x + frame.width + 0.5);
  expect(box.y + box.height, 'bottom edge').toBeLessThanOrEqual(frame.y + frame.height + 0.5);
}

/** The button is in the viewport and a click at its centre reaches it (nothing covers it). */
async function expectReachable(button: Locator) {
  await expectWithin(button);
  const hit = await button.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return top !== null && el.contains(top);
  });
  expect(hit, 'hit-testable at its centre').toBe(true);
}

/** True when the element's content is wider than its box (cut off rather than wrapped or ellipsised within it). */
const overflows = (element: Locator) => element.evaluate((el) => el.scrollWidth > el.clientWidth + 1);

test('very long names keep the toolbar on one row, headings in their column and every button within reach', async ({ app }) => {
  const { page } = app;
  await page.evaluate(() => document.fonts.ready);
  const toolbar = page.getByRole('banner').first();
  const oneRow = (await toolbar.boundingBox())?.height ?? 0;

  // An 80-character name (the most a profile allows), without a space.
  await page.getByRole('button', { name: 'Me', exact: true }).click();
  const longName = `Wolfgang${'W'.repeat(72)}`;
  await page.getByRole('dialog', { name: 'Your name' }).getByRole('textbox', { name: 'Name' }).fill(longName);
  await page.getByRole('dialog', { name: 'Your name' }).getByRole('button', { name: 'Save' }).click();
  const profile = page.getByRole('button', { name: longName, exact: true });
  await expect(profile).toBeVisible();
  expect((await toolbar.boundingBox())?.height).toBe(oneRow);
  await expectReachable(profile);
  await expectReachable(page.getByRole('button', { name: 'Dark mode' }));

  // A 300-character title without a space (the longest a rename allows).
  const library = page.getByRole('navigation', { name: 'Library' });
  const seed = seedTexts()[0]!;
  await library.getByRole('button', { name: seed.title, exact: true }).click();
  await library.getByRole('button', { name: `Rename “${seed.title}”` }).click();
  const longTitle = `Headline${'M'.repeat(292)}`;
  await library.getByRole('textbox', { name: 'New title' }).fill(longTitle);
  await library.getByRole('textbox', { name: 'New title' }).press('Enter');
  const heading = page.getByRole('heading', { level: 1, name: longTitle });
  await expect(heading).toBeVisible();
  await expectWithin(heading, page.getByRole('article'));
  expect(await overflows(heading)).toBe(false);
  const item = library.getByRole('button', { name: longTitle, exact: true });
  await expectWithin(item, library);
  expect(await overflows(library)).toBe(false);
  await expectReachable(library.getByRole('button', { name: `Rename “${longTitle}”` }));

  // A colleague's set with a 2,000-character name, imported twice (the second time it is
  // already here), on an article the library lacks with a long title: the import asks each time.
  const dir = await mkdtemp(join(tmpdir(), 'veritag-long-names-'));
  const setName = 'Name '.repeat(400).trim();
  const annotator = `Ann${'A'.repeat(997)}`;
  const file = await writeSetFile(join(dir, 'long.json'), {
    set: { id: 'long', name: setName, annotator },
    document: { text: `Updated. ${seed002.text}`, title: 'Title words '.repeat(100).trim(), source: `${'s'.repeat(200)}.txt` },
    quote: '139 people',
  });
  for (const round of [1, 2]) {
    await app.answerOpenDialog([file]);
    await app.menu('import-set');
    // Shown cut after 300 characters, with an ellipsis.
    const dialog = page.getByRole('dialog', { name: `Import “${shownName(setName)}”` });
    await expect(dialog).toBeVisible();
    await expectWithin(dialog);
    expect(await overflows(dialog)).toBe(false);
    await expectReachable(dialog.getByRole('button', { name: 'Cancel' }));
    await expectReachable(dialog.getByRole('button', { name: 'Import' }));
    if (round === 2) await expectReachable(dialog.getByRole('radio', { name: /^Replace the stored copy/ }));
    await app.screenshot(`long-names-import-${round}`);
    await dialog.getByRole('button', { name: 'Import' }).click();
    await expect(page.getByRole('status', { name: 'Notifications' })).toContainText('1 annotation on 1 article');
  }
  const sets = page.getByRole('region', { name: 'Sets' });
  // Both sets (the second "… (2)") show the same cut name.
  await expectReachable(sets.getByRole('button', { name: `Export ${shownName(annotator)}: ${shownName(setName)}`, exact: true }).last());
  await expectReachable(sets.getByRole('button', { name: 'Import set…' }));
  await app.screenshot('long-names');
});
