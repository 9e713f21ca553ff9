// Journey: text from other people's files (an article pasted from a web page, a colleague's set with
// its name, annotator and notes) is shown exactly as written: markup in it is text, never HTML, and
// nothing in it runs.
import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './app-fixture';
import { openArticle } from './reader-actions';
import { seedTexts } from './seed-text';

const ALICE = join(__dirname, '..', 'test-support', 'good-sets', 'crocus-first-pass.veritag.json');
const IMG = `<img src=x class=veritag-injected onerror="window.__veritagRan=1">`;
const SCRIPT = `<script class=veritag-injected>window.__veritagRan=2</script>`;
const BOLD = `<b class=veritag-injected>bold</b>`;
const seed002 = seedTexts()[2]!;

/** Alice's set, with markup in its name, her name and the note on "139 people". */
async function hostileSet(): Promise<string> {
  const file = JSON.parse(await readFile(ALICE, 'utf8')) as {
    set: { name: string; annotator: { name: string } };
    annotations: Array<{ exact: string; note?: string }>;
  };
  file.set.name = `Crocus ${IMG}`;
  file.set.annotator.name = `Alice ${BOLD}`;
  const annotation = file.annotations.find((a) => a.exact === '139 people')!;
  annotation.note = `${SCRIPT} TASS figure`;
  const path = join(await mkdtemp(join(tmpdir(), 'veritag-hostile-')), 'alice.veritag.json');
  await writeFile(path, JSON.stringify(file, null, 2));
  return path;
}

test('markup in an article, a set name, an annotator and a note is shown as text and never runs', async ({ app }) => {
  const { page } = app;
  await app.setClipboardText(`Headline ${IMG}\n\nBody ${SCRIPT} and ${BOLD} end.`);
  await app.menu('paste-article');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Headline ${IMG}`);
  await expect(page.getByRole('article')).toContainText(`Body ${SCRIPT} and ${BOLD} end.`);

  await app.answerOpenDialog([await hostileSet()]);
  await app.menu('import-set');
  await expect(page.getByRole('region', { name: 'Sets' }).getByRole('checkbox', { name: `Alice ${BOLD}: Crocus ${IMG}` })).toBeChecked();
  await openArticle(page, seed002.title);
  await expect(page.getByRole('list', { name: 'Annotations in text order' })).toContainText(`${SCRIPT} TASS figure`);

  expect(await page.evaluate(() => document.querySelectorAll('.veritag-injected').length)).toBe(0);
  expect(await page.evaluate(() => (window as unknown as Record<string, unknown>)['__veritagRan'])).toBeUndefined();
});
