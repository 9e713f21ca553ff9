// Journey: the annotator starts as "Me" without being asked anything, and can set a real
// name (used as the annotator of exported sets) that is remembered.
import { expect, test } from './app-fixture';

test('set your name; it is checked and remembered', async ({ app }) => {
  let page = app.page;
  await expect(page.getByRole('button', { name: 'Me', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Me', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Your name' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill('   ');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('A name cannot be empty.');
  await expect(dialog).toBeVisible();

  await dialog.getByRole('textbox', { name: 'Name' }).fill('Alice Fact');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Alice Fact', exact: true })).toBeVisible();

  page = await app.restart();
  await expect(page.getByRole('button', { name: 'Alice Fact', exact: true })).toBeVisible();
});
