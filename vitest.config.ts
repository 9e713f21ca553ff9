// Unit tests: the pure modules of src/shared and the Electron-free parts of src/main, in Node.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/shared/**/*.test.ts', 'src/main/**/*.test.ts', 'src/preload/**/*.test.ts'],
    environment: 'node',
  },
});
