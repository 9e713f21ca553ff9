// Builds the highlight benchmark page (index.html + bench.ts) into out/bench/highlights, with
// relative asset paths so the runner can serve it from any origin.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: here,
  base: './',
  logLevel: 'warn',
  build: {
    outDir: resolve(here, '../../out/bench/highlights'),
    emptyOutDir: true,
    rolldownOptions: { input: { index: resolve(here, 'index.html') } },
  },
});
