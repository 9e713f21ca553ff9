// End-to-end tests: one spec per user journey, each in a fresh profile (see e2e/app-fixture.ts).
// Two projects: the journeys (`npm run test:e2e`), and the faults that need root to mount a small
// disk (`npm run test:faults`, e2e/faults/).
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results/artifacts',
  fullyParallel: true,
  workers: process.env['CI'] ? 2 : 2,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  retries: 0,
  reporter: [['list']],
  use: { trace: 'retain-on-failure' },
  projects: [
    { name: 'journeys', testIgnore: 'faults/**' },
    { name: 'faults', testMatch: 'faults/**/*.spec.ts' },
  ],
});
