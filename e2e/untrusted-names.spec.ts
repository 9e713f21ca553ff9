// Journey: names, titles and sources come from other people's files (a colleague's set, a
// downloaded article) and may be built to deceive or to break the layout. A bidirectional
// override or a zero-width character is shown as its code point, wherever the name appears.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
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
