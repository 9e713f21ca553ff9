// Large generated colleague's sets for the fault tests, written into the test's own output folder
// (which Playwright empties before the next run; never onto the small disk a profile is on).
import { writeFile } from 'node:fs/promises';
import { test } from '@playwright/test';
import { generateSetFile } from '../test-support/set-file-generator';
import type { VeritagApp } from './app-fixture';

/** Writes a native set file of `count` annotations over the seeds, by "Carol", as `carol-<count>.veritag.json`; returns its path. */
export async function writeGeneratedSet(count: number): Promise<string> {
  const path = test.info().outputPath(`carol-${count}.veritag.json`);
  await writeFile(path, generateSetFile({ count, setName: `${count} annotations`, annotatorName: 'Carol' }).text);
  return path;
}

/** Imports the set file at `path` as the user does: File → Import Set…, and the file chosen. */
export async function importSetFile(app: VeritagApp, path: string): Promise<void> {
  await app.answerOpenDialog([path]);
  await app.menu('import-set');
}
