// Builds the `veritag` command line into one self-contained CommonJS file, so `npx veritag` runs
// on plain Node with nothing but that file: dependencies bundled, Node built-ins left external.
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

export default defineConfig({
  // Bundle every dependency (zod, noble, approx-string-match); `ssr.target: 'node'` keeps the
  // Node built-ins external.
  ssr: { target: 'node', noExternal: true },
  build: {
    ssr: resolve(__dirname, 'src/cli/veritag.ts'),
    outDir: 'out/cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    copyPublicDir: false,
    reportCompressedSize: false,
    rolldownOptions: {
      output: { format: 'cjs', entryFileNames: 'veritag.cjs', codeSplitting: false },
    },
  },
});
