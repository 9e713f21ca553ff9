// Journey: selecting text in the reader, with the mouse and with Shift+arrows, reports the
// selection in code points of the article's text.
import { codePointLength } from '../src/shared/code-points';
import { expect, test } from './app-fixture';
import { textEdges } from './reader-actions';
import { seedTexts } from './seed-text';

const seed002 = seedTexts().find((s) => s.file.startsWith('002_'));
if (!seed002) throw new Error('seed 002 is missing');

test('a mouse selection reports its code-point offsets, length and text', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: seed002.title, exact: true }).click();
  const needle = '139 people';
  const start = codePointLength(seed002.text.slice(0, seed002.text.indexOf(needle)));
  expect(start).toBe(633); // the spec's own example (annotation-set.md)

  const edges = await textEdges(page, needle);
  await page.mouse.move(edges.start.x, edges.start.y);
  await page.mouse.down();
  await page.mouse.move(edges.end.x, edges.end.y, { steps: 8 });
  await page.mouse.up();

  const status = page.getByRole('status', { name: 'Selection' });
  await expect(status).toHaveText(`${start}–${start + 10} · 10 characters`);
  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(needle);
  await app.screenshot('reader-mouse-selection');
});

test('Shift+arrow keys extend the selection from the caret, across paragraphs', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: seed002.title, exact: true }).click();
  const headlineEnd = codePointLength(seed002.text.split('\n')[0] ?? '');
  // Put the caret in the headline, then at its end.
  const word = await textEdges(page, 'Ukraine');
  await page.mouse.click(word.start.x, word.start.y);
  await page.keyboard.press('End');
  await page.keyboard.down('Shift');
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await page.keyboard.up('Shift');
  const status = page.getByRole('status', { name: 'Selection' });
  // From the end of line 1 over two newlines (line 2 is blank) to the first character of line 3.
  await expect(status).toHaveText(`${headlineEnd}–${headlineEnd + 3} · 3 characters`);
});

test('the reader text cannot be changed by typing, pasting or deleting', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: seed002.title, exact: true }).click();
  const reader = page.getByRole('textbox', { name: `Text of “${seed002.title}”` });
  const before = await reader.locator('p').allTextContents();
  const edges = await textEdges(page, 'Yesterday');
  await page.mouse.click(edges.start.x, edges.start.y);
  await page.keyboard.type('XYZ');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Delete');
  await page.keyboard.press('Enter');
  await expect(reader.locator('p')).toHaveText(before);
});
