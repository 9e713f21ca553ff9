// Journey: a fact-checker starts Veritag and works for a while (imports a colleague's set, reads
// with the bundled fonts, tags, exports, switches to dark mode), and the app's own
// Content-Security-Policy refuses nothing: no font, no eval, in the page or in the exchange worker.
import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, expect, test } from './app-fixture';
import { watchPolicyViolations } from './policy-violations';
import { openArticle, selectText } from './reader-actions';
import { seedTexts } from './seed-text';

const ALICE = join(__dirname, '..', 'test-support', 'good-sets', 'crocus-first-pass.veritag.json');
const seed002 = seedTexts()[2]!;

test('a session from launch trips no Content-Security-Policy', async ({ app }) => {
  const { page } = app;
  const violations = await watchPolicyViolations(page);
  // The first start (a fresh profile, seeds stored) was watched by the console; this second start
  // is watched from its first script on.
  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Library' }).getByRole('listitem')).toHaveCount(5);

  await app.answerOpenDialog([ALICE]);
  await app.menu('import-set');
  await expect(page.getByRole('status', { name: 'Notifications' })).toContainText("Imported Alice's set");

  await openArticle(page, seed002.title);
  await page.evaluate(() => document.fonts.ready);
  await selectText(page, '139 people');
  await page.keyboard.press('3');
  await expect(page.getByRole('list', { name: 'Annotations in text order' }).getByRole('listitem')).not.toHaveCount(0);

  await app.answerSaveDialog(join(await mkdtemp(join(tmpdir(), 'veritag-csp-')), 'me.veritag.json'));
  await page.getByRole('button', { name: 'Export…' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Export annotations' });
  await dialog.getByRole('textbox', { name: 'Your name, as colleagues will see it' }).fill('Me');
  await dialog.getByRole('button', { name: 'Export…' }).click();
  await expect(page.getByRole('status', { name: 'Notifications' })).toContainText('Exported');

  await app.menu('toggle-dark-mode');
  await expect(page.getByRole('button', { name: 'Dark mode' })).toHaveAttribute('aria-pressed', 'true');

  expect(await violations.list()).toEqual([]);
});

test('the built renderer ships every font as a file, never as a data: URL', async () => {
  const assets = join(ROOT, 'out', 'renderer', 'assets');
  const styles = (await readdir(assets)).filter((name) => name.endsWith('.css'));
  expect(styles.length).toBeGreaterThan(0);
  for (const name of styles) {
    const faces = (await readFile(join(assets, name), 'utf8')).match(/@font-face\s*\{[^}]*\}/g) ?? [];
    expect(faces.length).toBeGreaterThan(0);
    expect(faces.filter((face) => face.includes('data:'))).toEqual([]);
  }
});
