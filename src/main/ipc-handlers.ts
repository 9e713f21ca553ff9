// The main process's implementation of every `window.veritag` verb, as plain functions
// that receive their Electron pieces (dialogs, clipboard, folders) as arguments, so the
// same code serves the app and the browser-mode end-to-end tests.
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { isArticleFileName } from '../shared/article';
import { MAX_ARTICLE_BYTES, MAX_SET_FILE_BYTES, tooLargeReason } from '../shared/file-limits';
import { isUnreadable } from '../shared/ipc';
import type { ExportFormat, OpenedFile, UndoMenuLabels, VeritagInvokeApi } from '../shared/ipc';
import { portableFileName } from '../shared/portable-file-name';
import { DurableCopyStore } from './durable-copy-store';
import { writeWhole } from './whole-file-write';

export interface OpenDialogResult {
  canceled: boolean;
  filePaths: string[];
}

export interface SaveDialogResult {
  canceled: boolean;
  filePath?: string | undefined;
}

type FileFilter = { name: string; extensions: string[] };

export interface HandlerDependencies {
  /** Folder holding the bundled seed articles. */
  seedsDir: string;
  /** The native open dialog (Electron's `dialog.showOpenDialog`, bound to the window). */
  showOpenDialog: (options: {
    title: string;
    properties: Array<'openFile' | 'multiSelections'>;
    filters: FileFilter[];
  }) => Promise<OpenDialogResult>;
  /** The native save dialog (Electron's `dialog.showSaveDialog`, bound to the window). */
  showSaveDialog: (options: { title: string; defaultPath: string; filters: FileFilter[] }) => Promise<SaveDialogResult>;
  /** Electron's `clipboard.readText`. */
  readClipboardText: () => string | Promise<string>;
  /** Where the save dialog starts (e.g. the user's Documents folder). */
  documentsDir: string;
  /** Rebuilds the application menu with these Undo and Redo labels (absent where there is no menu, as in browser-mode tests). */
  showUndoLabels?: (labels: UndoMenuLabels) => void;
  /** The durable copy's folder: the profile's Backups/ (made when missing). */
  backupDir: string;
}

const ALL_FILES: FileFilter = { name: 'All files', extensions: ['*'] };
/** Per format, its save-dialog filter; the first extension is added to a name typed without one. */
const EXPORT_FILTERS: Record<ExportFormat, FileFilter & { extensions: [string, ...string[]] }> = {
  native: { name: 'Veritag annotation set', extensions: ['json'] },
  w3c: { name: 'W3C Web Annotation (JSON-LD)', extensions: ['jsonld', 'json'] },
  'report-json': { name: 'Review report (JSON)', extensions: ['json'] },
  'report-csv': { name: 'Review report (CSV)', extensions: ['csv'] },
};

/** Reads one file the user chose; refuses oversized files before reading them, and reports failures. */
async function readUserFile(filePath: string, limit: number): Promise<OpenedFile> {
  const name = basename(filePath);
  try {
    const info = await stat(filePath);
    if (!info.isFile()) return { name, error: `${name}: not a file` };
    if (info.size > limit) return { name, error: `${name}: ${tooLargeReason('file', info.size, limit)}` };
    return { name, bytes: new Uint8Array(await readFile(filePath)) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    return { name, error: `${name}: could not be read (${code})` };
  }
}

/** What failed in the background (a compaction of the durable copy, the imports ledger): the user's data is not at stake. */
const logBackgroundError = (error: unknown): void => {
  console.error('Veritag: the backup copy:', error);
};

export function createIpcHandlers(deps: HandlerDependencies): VeritagInvokeApi {
  const copy = new DurableCopyStore({ backupDir: deps.backupDir, onBackgroundError: logBackgroundError });
  const open = async (title: string, filters: FileFilter[], limit: number): Promise<Array<{ path: string; file: OpenedFile }>> => {
    const result = await deps.showOpenDialog({ title, properties: ['openFile', 'multiSelections'], filters: [...filters, ALL_FILES] });
    if (result.canceled) return [];
    return Promise.all(result.filePaths.map(async (path) => ({ path, file: await readUserFile(path, limit) })));
  };

  return {
    async listBundledSeeds() {
      const names = (await readdir(deps.seedsDir)).filter(isArticleFileName).sort();
      return Promise.all(names.map((name) => readUserFile(join(deps.seedsDir, name), MAX_ARTICLE_BYTES)));
    },

    async openArticleFiles() {
      const opened = await open('Add article', [{ name: 'Articles (text or Markdown)', extensions: ['txt', 'md'] }], MAX_ARTICLE_BYTES);
      return opened.map(({ file }) => file);
    },

    async readClipboardText() {
      return deps.readClipboardText();
    },

    async openSetFiles() {
      const opened = await open('Import annotation set', [{ name: 'Annotation sets', extensions: ['json', 'jsonld'] }], MAX_SET_FILE_BYTES);
      // The copy keeps no copy of a colleague's file, only where it was and its hash.
      await Promise.all(opened.map(({ path, file }) => (isUnreadable(file) ? Promise.resolve() : copy.recordImportedFile(path, file.bytes).catch(logBackgroundError))));
      return opened.map(({ file }) => file);
    },

    async saveExport({ defaultName, format, text }) {
      const result = await deps.showSaveDialog({
        title: format.startsWith('report') ? 'Export review report' : 'Export annotation set',
        defaultPath: join(deps.documentsDir, defaultName),
        filters: [EXPORT_FILTERS[format]],
      });
      if (result.canceled || !result.filePath) return { saved: false };
      const chosen = portableFileName(basename(result.filePath));
      const fileName = portableFileName(extname(chosen) ? chosen : `${chosen}.${EXPORT_FILTERS[format].extensions[0]}`);
      const filePath = join(dirname(result.filePath), fileName);
      await writeWhole(filePath, text);
      return { saved: true, fileName };
    },

    showUndoLabels(labels) {
      deps.showUndoLabels?.(labels);
      return Promise.resolve();
    },

    backupStatus: () => copy.status(),
    appendJournal: (entry) => copy.append(entry),
    writeSnapshot: (state) => copy.writeSnapshot(state),
    listBackups: () => copy.list(),
    readBackup: (id) => copy.read(id),
    freeDiskSpace: () => copy.freeDiskSpace(),
  };
}
