// Journey: a set goes from one fact-checker to another — exported as a file from one profile,
// imported into a fresh one (by the File menu and by dropping it), where it shows the same
// highlights, read-only; exporting it again gives the same bytes apart from `exportedAt`.
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { documentId } from '../src/shared/document-id';
import { expect, test } from './app-fixture';
import { openArticle, selectText } from './reader-actions';
import { seedTexts } from './seed-text';
import { writeSetFile } from './set-files';

const seed002 = seedTexts()[2]!;
const withoutExportedAt = (text: string) => text.replace(/"exportedAt": "[^"]*"/, '"exportedAt": ""');

async function exportMySet(page: Page, app: { answerSaveDialog: (path: string | null) => Promise<void> }, path: string) {
  await app.answerSaveDialog(path);
  await page.getByRole('button', { name: 'Export…' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Export annotations' });
  await expect(dialog).toBeVisible();
  return dialog;
}

test('export, import into a fresh profile, same highlights, same bytes again', async ({ app }) => {
  let page = app.page;
  const dir = await mkdtemp(join(tmpdir(), 'veritag-exchange-'));
  await openArticle(page, seed002.title);
  await selectText(page, '139 people');
  await page.keyboard.press('3');
  await page.getByRole('region', { name: 'Selected annotation' }).getByRole('textbox', { name: 'Note' }).fill('TASS figure on 25 March');
  await selectText(page, 'Nikolai Patrushev');
  await page.keyboard.press('2');
  await selectText(page, 'Ukraine is obviously behind the attack');
  await page.keyboard.press('4');
  await expect(page.getByRole('list', { name: 'Annotations in text order' }).getByRole('listitem')).toHaveCount(3);

  // First export: a gentle prompt for the annotator's name.
  const first = join(dir, 'alice.veritag.json');
  const dialog = await exportMySet(page, app, first);
  await dialog.getByRole('textbox', { name: 'Your name, as colleagues will see it' }).fill('Alice');
  await app.screenshot('export-dialog');
  await dialog.getByRole('button', { name: 'Export…' }).click();
  await expect(page.getByRole('status', { name: 'Notifications' })).toContainText('Exported 3 annotations to alice.veritag.json.');
  await expect(page.getByRole('button', { name: 'Alice', exact: true })).toBeVisible();
  const exported = await readFile(first, 'utf8');
  expect(JSON.parse(exported)).toMatchObject({ format: 'veritag.annotation-set', version: 1, set: { annotator: { name: 'Alice' } } });
  await app.screenshot('exchange-alice-before-export');

  // Bob's computer: a fresh profile imports the file.
  page = await app.switchToFreshProfile();
  await expect(page.getByRole('navigation', { name: 'Library' }).getByRole('listitem')).toHaveCount(5);
  await app.answerOpenDialog([first]);
  await app.menu('import-set');
  await expect(page.getByRole('status', { name: 'Notifications' })).toContainText(
    "Imported Alice's set “My annotations”: 3 annotations on 1 article (0 re-anchored, 0 orphaned)",
  );
  const sets = page.getByRole('region', { name: 'Sets' });
  await expect(sets.getByRole('checkbox', { name: 'Alice: My annotations' })).toBeChecked();
  await openArticle(page, seed002.title);
  const items = page.getByRole('list', { name: 'Annotations in text order' }).getByRole('listitem');
  await expect(items).toHaveCount(3);
  await expect(items.first()).toContainText('Alice: My annotations');
  await expect(items.first()).toContainText('TASS figure on 25 March');
  await items.first().getByRole('button').click();
  const editor = page.getByRole('region', { name: 'Selected annotation' });
  await expect(editor).toContainText('read-only');
  await expect(editor.getByRole('radio', { name: 'Claim' })).toBeDisabled();
  await page.keyboard.press('Escape');
  await page.getByRole('main').evaluate((el) => el.scrollTo(0, 180));
  await app.screenshot('exchange-bob-after-import');

  // Hiding the set hides its highlights.
  await sets.getByRole('checkbox', { name: 'Alice: My annotations' }).uncheck();
  await expect(items).toHaveCount(0);
  await sets.getByRole('checkbox', { name: 'Alice: My annotations' }).check();

  // Bob exports Alice's set again: the same bytes apart from exportedAt.
  const again = join(dir, 'again.veritag.json');
  await app.answerSaveDialog(again);
  await sets.getByRole('button', { name: 'Export Alice: My annotations' }).click();
  await page.getByRole('dialog', { name: 'Export annotations' }).getByRole('button', { name: 'Export…' }).click();
  await expect(page.getByRole('status', { name: 'Notifications' })).toContainText('Exported 3 annotations to again.veritag.json.');
  expect(withoutExportedAt(await readFile(again, 'utf8'))).toBe(withoutExportedAt(exported));

  // Importing the same file again asks: replace, or keep both.
  await app.answerOpenDialog([first]);
  await sets.getByRole('button', { name: 'Import set…' }).click();
  const decide = page.getByRole('dialog', { name: 'Import “My annotations”' });
  await expect(decide.getByRole('group', { name: 'This set is already here' })).toBeVisible();
  await decide.getByRole('radio', { name: 'Replace the stored copy' }).check();
  await decide.getByRole('button', { name: 'Import' }).click();
  await expect(items).toHaveCount(3);
  await expect(sets.getByRole('listitem')).toHaveCount(2);
});

test('W3C Web Annotation export and import round trip', async ({ app }) => {
  let page = app.page;
  const dir = await mkdtemp(join(tmpdir(), 'veritag-w3c-'));
  await openArticle(page, seed002.title);
  await selectText(page, 'Alexander Bortnikov');
  await page.keyboard.press('2');
  const path = join(dir, 'me.veritag.jsonld');
  const dialog = await exportMySet(page, app, path);
  await dialog.getByRole('radio', { name: /W3C Web Annotation/ }).check();
  await dialog.getByRole('radio', { name: /Only “ISIS still threatens/ }).check();
  await dialog.getByRole('button', { name: 'Export…' }).click();
  await expect(page.getByRole('status', { name: 'Notifications' })).toContainText('Exported 1 annotation to me.veritag.jsonld.');
  const jsonld = JSON.parse(await readFile(path, 'utf8')) as {
    '@context': unknown;
    type: unknown;
    first: { items: Array<{ body: unknown[] }> };
  };
  expect(jsonld['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
  expect(jsonld.type).toBe('AnnotationCollection');
  expect(jsonld.first.items[0]?.body[0]).toMatchObject({ type: 'TextualBody', purpose: 'tagging', value: 'attribution' });

  page = await app.switchToFreshProfile();
  await expect(page.getByRole('navigation', { name: 'Library' }).getByRole('listitem')).toHaveCount(5);
  // Dropping the file on the window imports it.
  const content = await readFile(path, 'utf8');
  const dataTransfer = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'me.veritag.jsonld', { type: 'application/ld+json' }));
    return transfer;
  }, content);
  await page.getByRole('main').dispatchEvent('drop', { dataTransfer });
  await expect(page.getByRole('status', { name: 'Notifications' })).toContainText('1 annotation on 1 article');
  await openArticle(page, seed002.title);
  await expect(page.getByRole('list', { name: 'Annotations in text order' }).getByRole('listitem')).toContainText(['Alexander Bortnikov']);
});

test('two files imported at once that both need a decision: each dialog starts from its own file', async ({ app }) => {
  const page = app.page;
  const dir = await mkdtemp(join(tmpdir(), 'veritag-two-files-'));
  const notices = page.getByRole('status', { name: 'Notifications' });
  // A set already here, on the library's own seed 002.
  const edition = (text: string) => ({ text, title: seed002.title, source: seed002.file });
  const stored = await writeSetFile(join(dir, 'stored.json'), { set: { id: 'shared-set', name: 'Stored', annotator: 'Alice' }, document: edition(seed002.text), quote: '139 people' });
  await app.answerOpenDialog([stored]);
  await app.menu('import-set');
  await expect(notices).toContainText('Imported Alice\'s set “Stored”');

  // Two files with the same set id, each on its own edition of seed 002 (same source, other text).
  const first = await writeSetFile(join(dir, 'first.json'), { set: { id: 'shared-set', name: 'First', annotator: 'Bob' }, document: edition(`Updated. ${seed002.text}`), quote: 'Nikolai Patrushev' });
  const second = await writeSetFile(join(dir, 'second.json'), { set: { id: 'shared-set', name: 'Second', annotator: 'Carol' }, document: edition(`Corrected. ${seed002.text}`), quote: 'Alexander Bortnikov' });
  await app.answerOpenDialog([first, second]);
  await app.menu('import-set');

  const library = `Library article for “${seed002.title}”`;
  const firstDialog = page.getByRole('dialog', { name: 'Import “First”' });
  await expect(firstDialog.getByRole('combobox', { name: library })).toHaveValue(documentId(seed002.text));
  await expect(firstDialog.getByRole('radio', { name: /Keep both/ })).toBeChecked();
  await firstDialog.getByRole('radio', { name: 'Replace the stored copy' }).check();
  await firstDialog.getByRole('button', { name: 'Import' }).click();
  await expect(notices).toContainText('Imported Bob\'s set “First”: 1 annotation on 1 article (1 re-anchored, 0 orphaned)');

  // The second file's dialog offers its own suggestion and the default, not the first's choices.
  const secondDialog = page.getByRole('dialog', { name: 'Import “Second”' });
  await expect(secondDialog.getByRole('combobox', { name: library })).toHaveValue(documentId(seed002.text));
  await expect(secondDialog.getByRole('radio', { name: /Keep both/ })).toBeChecked();
  await secondDialog.getByRole('button', { name: 'Import' }).click();
  await expect(notices).toContainText('Imported Carol\'s set “Second (2)”: 1 annotation on 1 article (1 re-anchored, 0 orphaned)');
  await expect(page.getByRole('region', { name: 'Sets' }).getByRole('checkbox', { name: /^(Bob: First|Carol: Second \(2\))$/ })).toHaveCount(2);
});
