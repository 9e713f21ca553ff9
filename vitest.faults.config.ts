// The fault-injection tests that need root (they mount and fill a tmpfs): `npm run test:faults`,
// which .ci/run runs after `npm test`; `npm test`'s unit run leaves them out.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'faults',
    include: ['src/**/*.faults.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
  },
});
