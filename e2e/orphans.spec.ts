// Journey: a colleague's set names articles this library lacks or has in another version.
// An edited version with the same source is offered and the annotations re-anchored into it;
// a missing article's annotations are kept as orphans, listed, and re-attached when it is added.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { codePointLength } from '../src/shared/code-points';
import { expect, test } from './app-fixture';
import { openArticle } from './reader-actions';
import { seedTexts } from './seed-text';

const ROOT = join(__dirname, '..');
const ALICE = join(ROOT, 'test-support', 'good-sets', 'crocus-first-pass.veritag.json');
const [, , seed002, , seed004] = seedTexts();

test('an edited version is mapped and re-anchored; a missing article leaves orphans until it is added', async ({ app }) => {
  const { page } = app;
  const library = page.getByRole('navigation', { name: 'Library' });
  await expect(library.getByRole('listitem')).toHaveCount(5);

  // This library has an edited 002 (a correction line on top) and no 004.
  for (const title of [seed002!.title, seed004!.title]) {
    await library.getByRole('button', { name: `Remove “${title}”` }).click();
    await page.getByRole('dialog', { name: 'Remove article?' }).getByRole('button', { name: 'Remove' }).click();
  }
  const dir = await mkdtemp(join(tmpdir(), 'veritag-orphans-'));
  const edited = join(dir, '002_82834744a2d41e0d.txt');
  await writeFile(edited, `Correction, 26 March: an earlier version misspelt a name.\n\n${seed002!.text}`);
  await app.answerOpenDialog([edited]);
  await page.getByRole('button', { name: 'Add article…' }).click();
  await expect(library.getByRole('listitem')).toHaveCount(4);

  await app.answerOpenDialog([ALICE]);
  await app.menu('import-set');
  const decide = page.getByRole('dialog', { name: 'Import “Crocus coverage, first pass”' });
  const mapping = decide.getByRole('group', { name: 'Articles not in your library' });
  // The edited 002 is offered because its source is the same; 004 has no counterpart.
  await expect(mapping.getByRole('combobox', { name: `Library article for “${seed002!.title}”` })).toHaveValue(/^sha256:/);
  await expect(mapping.getByRole('combobox', { name: `Library article for “${seed004!.title}”` })).toHaveValue('');
  await app.screenshot('import-mapping');
  await decide.getByRole('button', { name: 'Import' }).click();
  await expect(page.getByRole('status', { name: 'Notifications' })).toContainText(
    "Imported Alice's set “Crocus coverage, first pass”: 8 annotations on 2 articles (5 re-anchored, 3 orphaned)",
  );

  // The five on 002 sit on the same words in the edited text (titled by its new first line).
  await openArticle(page, 'Correction, 26 March: an earlier version misspelt a name.');
  const items = page.getByRole('list', { name: 'Annotations in text order' }).getByRole('listitem');
  await expect(items).toHaveCount(5);
  await expect(items.first()).toContainText('139 people');
  await items.first().getByRole('button').click();
  const shift = codePointLength('Correction, 26 March: an earlier version misspelt a name.\n\n');
  await expect(page.getByRole('region', { name: 'Selected annotation' })).toContainText(`${633 + shift}–${643 + shift}`);

  // The three on 004 are orphans, listed with their article and reason.
  await page.getByRole('button', { name: 'Orphans (3)' }).click();
  const orphans = page.getByRole('dialog', { name: 'Orphans' }).getByRole('list', { name: 'Orphaned annotations' });
  await expect(orphans.getByRole('listitem')).toHaveCount(3);
  await expect(orphans).toContainText('Kamala Harris');
  await expect(orphans).toContainText('article missing');
  await app.screenshot('orphans');
  await page.getByRole('dialog', { name: 'Orphans' }).getByRole('button', { name: 'Close' }).click();

  // They are exported again with the set, untouched.
  const out = join(dir, 'again.veritag.json');
  await app.answerSaveDialog(out);
  await page.getByRole('region', { name: 'Sets' }).getByRole('button', { name: 'Export Alice: Crocus coverage, first pass' }).click();
  await page.getByRole('dialog', { name: 'Export annotations' }).getByRole('button', { name: 'Export…' }).click();
  await expect(page.getByRole('status', { name: 'Notifications' })).toContainText('Exported 8 annotations');
  type SetFile = { annotations: Array<{ document: string }> };
  const again = JSON.parse(await readFile(out, 'utf8')) as SetFile;
  const original = JSON.parse(await readFile(ALICE, 'utf8')) as SetFile;
  const on004 = (file: SetFile) => file.annotations.filter((a) => a.document.startsWith('sha256:a63ad41b'));
  expect(on004(again)).toEqual(on004(original));

  // Adding 004 back re-attaches them.
  await app.answerOpenDialog([join(ROOT, 'seeds', seed004!.file)]);
  await page.getByRole('button', { name: 'Add article…' }).click();
  await expect(page.getByRole('status', { name: 'Notifications' })).toContainText('Re-attached 3 orphaned annotations.');
  await expect(page.getByRole('button', { name: /^Orphans/ })).toHaveCount(0);
  await expect(items).toHaveCount(3);
  await expect(items).toContainText(['at least 137 people died', 'Kamala Harris', 'nothing links Ukraine']);
});
