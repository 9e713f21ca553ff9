// The one typed contract between the renderer and the main process: the verbs of
// `window.veritag` and their channels (argument validators: ipc-arguments.ts).
import type { BackupStatus, BackupSummary, CopyState, JournalEntry, RestorableCopy } from './durable-copy';

/** A file handed to the renderer: its base name and raw bytes (decoding happens in src/shared). */
export interface ArticleFile {
  name: string;
  bytes: Uint8Array;
}

/** A file the main process could not hand over, with a message naming the problem. */
export interface UnreadableFile {
  name: string;
  error: string;
}

export type OpenedFile = ArticleFile | UnreadableFile;

export const isUnreadable = (file: OpenedFile): file is UnreadableFile => 'error' in file;

/** Commands the application menu sends to the renderer. */
const MENU_COMMANDS = [
  'add-article',
  'paste-article',
  'import-set',
  'export-set',
  'open-review',
  'show-backups',
  'toggle-dark-mode',
  'undo',
  'redo',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** Request/response verbs; every one is an `ipcRenderer.invoke` on `veritag:<verb>`. */
export interface VeritagInvokeApi {
  /** The articles bundled with the app (seeds/), read by the main process. */
  listBundledSeeds: () => Promise<OpenedFile[]>;
  /** Shows the native open dialog for .txt/.md files; [] when cancelled. */
  openArticleFiles: () => Promise<OpenedFile[]>;
  /** The system clipboard's plain text ('' when it holds none). */
  readClipboardText: () => Promise<string>;
  /** Shows the native open dialog for annotation-set files (.json, .jsonld); [] when cancelled. */
  openSetFiles: () => Promise<OpenedFile[]>;
  /** Shows the native save dialog and writes the text whole (never half-written). */
  saveExport: (request: ExportRequest) => Promise<ExportResult>;
  /** Names in the Edit menu what undo and redo would apply in the document shown ("Undo Edit note"). */
  showUndoLabels: (labels: UndoMenuLabels) => Promise<void>;
  /** The durable copy's change counter and when its last change was made. */
  backupStatus: () => Promise<BackupStatus>;
  /** Appends one committed transaction's changes to the journal (fsynced); rejects with a message naming the problem. */
  appendJournal: (entry: JournalEntry) => Promise<void>;
  /** Writes the whole state as a new snapshot (the database was ahead of the copy, or before a restore). */
  writeSnapshot: (state: CopyState) => Promise<BackupSummary>;
  /** The snapshots kept, newest first. */
  listBackups: () => Promise<BackupSummary[]>;
  /** The copy to restore: the newest state (null), or one snapshot by id. */
  readBackup: (id: string | null) => Promise<RestorableCopy>;
  /** Bytes free on the disk that holds the user's data. */
  freeDiskSpace: () => Promise<number>;
}

/** What undo and redo would apply, e.g. "Edit note"; null when there is nothing to undo or redo. */
export interface UndoMenuLabels {
  undo: string | null;
  redo: string | null;
}

/** Annotation-set files: Veritag's own format, or W3C Web Annotation. */
export type SetFileFormat = 'native' | 'w3c';

/** What the save dialog writes: annotation sets, and the review's report (JSON, or CSV tables). */
export type ExportFormat = SetFileFormat | 'report-json' | 'report-csv';

interface ExportRequest {
  /** Suggested file name, e.g. `alice-2026-11-22.veritag.json`. */
  defaultName: string;
  format: ExportFormat;
  text: string;
}

export type ExportResult = { saved: true; fileName: string } | { saved: false };

export type InvokeVerb = keyof VeritagInvokeApi;

/** The whole object the preload exposes as `window.veritag`. */
export interface VeritagApi extends VeritagInvokeApi {
  /** Subscribes to application-menu commands; returns the unsubscribe function. */
  onMenuCommand: (listener: (command: MenuCommand) => void) => () => void;
}

/** Every invoke verb, once; the compiler checks the list against the interface. */
const VERB_TABLE: Record<InvokeVerb, true> = {
  listBundledSeeds: true,
  openArticleFiles: true,
  readClipboardText: true,
  openSetFiles: true,
  saveExport: true,
  showUndoLabels: true,
  backupStatus: true,
  appendJournal: true,
  writeSnapshot: true,
  listBackups: true,
  readBackup: true,
  freeDiskSpace: true,
};
export const INVOKE_VERBS = Object.keys(VERB_TABLE) as InvokeVerb[];

export const invokeChannel = (verb: InvokeVerb): string => `veritag:${verb}`;

export const MENU_CHANNEL = 'veritag:menu-command';

export const isMenuCommand = (value: unknown): value is MenuCommand =>
  typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
