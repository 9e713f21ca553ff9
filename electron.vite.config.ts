// Build configuration for the three Electron processes (main, preload, renderer).
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      externalizeDeps: true,
      rolldownOptions: { input: { index: resolve(__dirname, 'src/main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload must be one self-contained CommonJS file.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    base: './',
    oxc: { jsx: { runtime: 'automatic' } },
    build: {
      outDir: 'out/renderer',
      // Nothing is inlined as a data: URL: the CSP's font-src 'self' refuses data: fonts, and Vite would
      // otherwise inline every font file under 4 kB (docs/security.md).
      assetsInlineLimit: 0,
      rolldownOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html') } },
    },
  },
});
