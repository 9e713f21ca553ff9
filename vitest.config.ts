// Unit tests in two projects: the pure modules of src/shared and the Electron-free parts of
// src/main in Node, and the renderer's modules in headless Chromium against real IndexedDB,
// in a pinned viewport with the bundled fonts loaded first.
import { existsSync } from 'node:fs';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';

/** Debian's Chromium, another one named by VERITAG_CHROMIUM, else Playwright's own (`npx playwright install chromium`, as CI does). */
const chromium = process.env['VERITAG_CHROMIUM'] ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          include: ['src/shared/**/*.test.ts', 'src/main/**/*.test.ts', 'src/preload/**/*.test.ts', 'src/cli/**/*.test.ts'],
          // The fault-injection tests that need root run in `npm run test:faults` (vitest.faults.config.ts).
          exclude: ['**/node_modules/**', '**/*.faults.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'browser',
          include: ['src/renderer/**/*.test.ts'],
          setupFiles: ['src/renderer/src/testing/bundled-fonts.ts'],
          browser: {
            // A pinned viewport: layout-dependent tests measure their own geometry within it.
            viewport: { width: 1280, height: 860 },
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: {
                ...(chromium ? { executablePath: chromium } : {}),
                args: ['--no-sandbox', '--disable-gpu'],
              },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
