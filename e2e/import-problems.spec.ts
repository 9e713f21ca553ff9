// Journey: a broken or hostile file is refused with every problem named in the format's
// canonical words, and nothing is stored.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './app-fixture';

const BAD = join(__dirname, '..', 'test-support', 'bad-sets');

test('invalid files are refused with their problems listed, and nothing changes', async ({ app }) => {
  const { page } = app;
  await app.answerOpenDialog([join(BAD, 'several-problems.json'), join(BAD, 'truncated.json'), join(BAD, 'prototype-keys.json')]);
  await app.menu('import-set');

  const first = page.getByRole('dialog', { name: 'several-problems.json was not imported' });
  await expect(first).toContainText('nothing was changed');
  await expect(first.getByRole('list', { name: 'Problems' }).getByRole('listitem')).not.toHaveCount(0);
  await app.screenshot('import-problems');
  expect(await first.getByRole('list', { name: 'Problems' }).getByRole('listitem').count()).toBeGreaterThan(1);
  await first.getByRole('button', { name: 'Close' }).click();

  const second = page.getByRole('dialog', { name: 'truncated.json was not imported' });
  await expect(second).toContainText(/not JSON: .* at line \d+ column \d+/);
  await second.getByRole('button', { name: 'Close' }).click();

  const third = page.getByRole('dialog', { name: 'prototype-keys.json was not imported' });
  await expect(third).toBeVisible();
  await third.getByRole('button', { name: 'Close' }).click();

  expect(await page.evaluate(() => ({} as Record<string, unknown>)['polluted'])).toBeUndefined();
  await expect(page.getByRole('region', { name: 'Sets' }).getByRole('listitem')).toHaveCount(1);
  expect(readdirSync(BAD).length).toBeGreaterThan(20);
});
