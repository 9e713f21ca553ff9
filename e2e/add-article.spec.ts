// Journey: a fact-checker adds their own articles — through the open dialog (button and
// menu), by dropping files, and from the clipboard — and bad files are refused clearly.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './app-fixture';

const ARTICLE = 'Crocus follow-up: families wait for news\r\n\r\nRelatives gathered outside the hall 👨‍👩‍👧 on Saturday.\r\nOfficials gave no figure.\r\n';

async function tempFile(name: string, content: string | Uint8Array): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'veritag-article-'));
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

const libraryItems = (page: Page) => page.getByRole('navigation', { name: 'Library' }).getByRole('listitem');

test('Add article… opens the chosen file in the reader, and adding it again does not duplicate it', async ({ app }) => {
  const { page } = app;
  await expect(libraryItems(page)).toHaveCount(5);
  await app.answerOpenDialog([await tempFile('families.txt', ARTICLE)]);
  await page.getByRole('button', { name: 'Add article…' }).click();

  await expect(page.getByRole('status', { name: 'Notifications' })).toContainText('Added “Crocus follow-up: families wait for news”.');
  await expect(libraryItems(page)).toHaveCount(6);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Crocus follow-up: families wait for news');
  const reader = page.getByRole('textbox', { name: 'Text of “Crocus follow-up: families wait for news”' });
  // CRLF became LF: four lines and a final empty one.
  await expect(reader.locator('p')).toHaveText([
    'Crocus follow-up: families wait for news',
    '',
    'Relatives gathered outside the hall 👨‍👩‍👧 on Saturday.',
    'Officials gave no figure.',
    '',
  ]);
  await app.screenshot('add-article-opened');

  // The same text under another name is recognised by its id.
  await app.answerOpenDialog([await tempFile('copy-of-families.md', ARTICLE.replace(/\r\n/g, '\n'))]);
  await app.menu('add-article');
  await expect(page.getByRole('status', { name: 'Notifications' })).toContainText('is already in the library');
  await expect(libraryItems(page)).toHaveCount(6);
});

test('a file that is not UTF-8 text is refused with a message and nothing is stored', async ({ app }) => {
  const { page } = app;
  await expect(libraryItems(page)).toHaveCount(5);
  const latin1 = await tempFile('latin1.txt', new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x6f, 0x69, 0x72]));
  const binary = await tempFile('photo.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
  const pdf = await tempFile('report.pdf', '%PDF-1.7');
  await app.answerOpenDialog([latin1, binary, pdf]);
  await page.getByRole('button', { name: 'Add article…' }).click();

  const problems = page.getByRole('alert', { name: 'Problems' });
  await expect(problems).toContainText('latin1.txt: This file is not UTF-8 text');
  await expect(problems).toContainText('photo.txt:');
  await expect(problems).toContainText('report.pdf: Only .txt and .md files can be added');
  await expect(libraryItems(page)).toHaveCount(5);
  await app.screenshot('add-article-refused');
});

test('files dropped on the window are added', async ({ app }) => {
  const { page } = app;
  await expect(libraryItems(page)).toHaveCount(5);
  const dataTransfer = await page.evaluateHandle(() => {
    const transfer = new DataTransfer();
    transfer.items.add(new File(['Dropped headline here\n\nBody of the dropped article.'], 'dropped.md', { type: 'text/markdown' }));
    return transfer;
  });
  const target = page.getByRole('main');
  await target.dispatchEvent('dragenter', { dataTransfer });
  await target.dispatchEvent('dragover', { dataTransfer });
  await target.dispatchEvent('drop', { dataTransfer });
  await expect(libraryItems(page)).toHaveCount(6);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dropped headline here');
});

test('Paste as new article adds the clipboard text', async ({ app }) => {
  const { page } = app;
  await app.setClipboardText('Wire copy: Moscow concert hall fire\n\nThe fire spread quickly, officials said.');
  await page.getByRole('button', { name: 'Paste as new article' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wire copy: Moscow concert hall fire');
  await expect(libraryItems(page)).toHaveCount(6);
  await expect(page.getByRole('article')).toContainText('Pasted ');

  await app.setClipboardText('   \n ');
  await app.menu('paste-article');
  await expect(page.getByRole('alert', { name: 'Problems' })).toContainText('The clipboard holds no text to add.');
  await expect(libraryItems(page)).toHaveCount(6);
});
