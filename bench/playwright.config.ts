// Benchmarks that drive the real app (built renderer, real main-process handlers) through the
// end-to-end fixture: timings and main-thread long tasks, never pass/fail on speed.
/// <reference types="node" />
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';

// Paths in a Playwright config are relative to the config's own folder (bench/), so the repository
// root's test-results/ is named from here.
export default defineConfig({
  testDir: __dirname,
  testMatch: '**/*.bench.ts',
  outputDir: join(__dirname, '..', 'test-results', 'bench'),
  fullyParallel: false,
  workers: 1,
  timeout: 5 * 60_000,
  expect: { timeout: 60_000 },
  retries: 0,
  reporter: [['list']],
  use: { trace: 'off' },
});
