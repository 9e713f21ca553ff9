// The main process's implementation of every `window.veritag` verb, as plain functions
// that receive their Electron pieces (dialog, clipboard, folders) as arguments, so the
// same code serves the app and the browser-mode end-to-end tests.
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { OpenedFile, VeritagInvokeApi } from '../shared/ipc';
import { MAX_ARTICLE_BYTES, isArticleFileName } from '../shared/article';

export interface OpenDialogResult {
  canceled: boolean;
  filePaths: string[];
}

export interface HandlerDependencies {
  /** Folder holding the bundled seed articles. */
  seedsDir: string;
  /** The native open dialog (Electron's `dialog.showOpenDialog`, bound to the window). */
  showOpenDialog(options: {
    title: string;
    properties: Array<'openFile' | 'multiSelections'>;
    filters: Array<{ name: string; extensions: string[] }>;
  }): Promise<OpenDialogResult>;
  /** Electron's `clipboard.readText`. */
  readClipboardText(): string | Promise<string>;
}

const megabytes = (bytes: number): string => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/** Reads one article file; refuses oversized files before reading them, and reports failures. */
async function readArticleFile(filePath: string): Promise<OpenedFile> {
  const name = basename(filePath);
  try {
    const info = await stat(filePath);
    if (!info.isFile()) return { name, error: `${name}: not a file` };
    if (info.size > MAX_ARTICLE_BYTES) {
      return {
        name,
        error: `${name}: the file is ${megabytes(info.size)}; articles are limited to ${megabytes(MAX_ARTICLE_BYTES)}`,
      };
    }
    return { name, bytes: new Uint8Array(await readFile(filePath)) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    return { name, error: `${name}: could not be read (${code})` };
  }
}

export function createIpcHandlers(deps: HandlerDependencies): VeritagInvokeApi {
  return {
    async listBundledSeeds() {
      const names = (await readdir(deps.seedsDir)).filter(isArticleFileName).sort();
      return Promise.all(names.map((name) => readArticleFile(join(deps.seedsDir, name))));
    },

    async openArticleFiles() {
      const result = await deps.showOpenDialog({
        title: 'Add article',
        properties: ['openFile', 'multiSelections'],
        filters: [
          { name: 'Articles (text or Markdown)', extensions: ['txt', 'md'] },
          { name: 'All files', extensions: ['*'] },
        ],
      });
      if (result.canceled) return [];
      return Promise.all(result.filePaths.map(readArticleFile));
    },

    async readClipboardText() {
      return deps.readClipboardText();
    },
  };
}
