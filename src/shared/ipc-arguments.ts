// Validators for the arguments of every IPC verb: the main process checks each call
// against these before running its handler (kept apart so the preload stays zod-free).
import { z } from './zod-jitless';
import type { InvokeVerb } from './ipc';
import { MAX_SET_FILE_BYTES, fitsInBytes } from './file-limits';
import { fileNameProblem } from './portable-file-name';
import { COPIED_TABLES } from './durable-copy';

/** A label for the Edit menu: short, one line, no "&" (which the menu would read as a mnemonic). */
const menuLabel = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[^\p{C}\p{Zl}\p{Zp}&]+$/u, 'a short label without control, format or line-break characters, or "&"')
  .nullable();

const timestamp = z.string().max(40).regex(/^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/, 'an RFC 3339 timestamp in UTC');
const table = z.enum(COPIED_TABLES);
const row = z.record(z.string(), z.unknown());
const rowKey = z.union([z.string(), z.array(z.string()).min(2).max(2)]);
const change = z.discriminatedUnion('op', [
  z.strictObject({ table, op: z.literal('put'), row }),
  z.strictObject({ table, op: z.literal('delete'), key: rowKey }),
]);
/** One journal entry: what appendJournal takes, and what the journal's reader accepts from a line. */
export const journalEntry = z.strictObject({ counter: z.int().min(1), at: timestamp, changes: z.array(change).min(1) });
const copyState = z.strictObject({
  counter: z.int().min(0),
  at: timestamp.nullable(),
  rows: z.strictObject(Object.fromEntries(COPIED_TABLES.map((name) => [name, z.array(row)])) as Record<(typeof COPIED_TABLES)[number], z.ZodArray<typeof row>>),
});
/** A snapshot's folder name, as listBackups gives it: no path separators, no dots at the start. */
const backupId = z.string().min(1).max(100).regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, 'a backup id as listBackups gives it');

/** A file name every system can hold (portable-file-name.ts), the problem named when not. */
const fileName = z
  .string()
  .max(1000)
  .superRefine((name, ctx) => {
    const problem = fileNameProblem(name);
    if (problem !== null) ctx.addIssue({ code: 'custom', message: `the file name ${problem}`, input: name });
  });

export const INVOKE_ARGUMENTS = {
  listBundledSeeds: z.tuple([]),
  openArticleFiles: z.tuple([]),
  readClipboardText: z.tuple([]),
  openSetFiles: z.tuple([]),
  saveExport: z.tuple([
    z.strictObject({
      defaultName: fileName,
      format: z.enum(['native', 'w3c', 'report-json', 'report-csv']),
      text: z
        .string()
        .max(MAX_SET_FILE_BYTES)
        .refine((text) => fitsInBytes(text, MAX_SET_FILE_BYTES), `at most ${MAX_SET_FILE_BYTES} bytes in UTF-8`),
    }),
  ]),
  showUndoLabels: z.tuple([z.strictObject({ undo: menuLabel, redo: menuLabel })]),
  backupStatus: z.tuple([]),
  appendJournal: z.tuple([journalEntry]),
  writeSnapshot: z.tuple([copyState]),
  listBackups: z.tuple([]),
  readBackup: z.tuple([backupId.nullable()]),
  freeDiskSpace: z.tuple([]),
} satisfies Record<InvokeVerb, z.ZodType>;
