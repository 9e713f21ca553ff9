// Validators for the arguments of every IPC verb: the main process checks each call
// against these before running its handler (kept apart so the preload stays zod-free).
import { z } from 'zod';
import type { InvokeVerb } from './ipc';
import { MAX_SET_FILE_BYTES } from './file-limits';

/** A label for the Edit menu: short, one line, no "&" (which the menu would read as a mnemonic). */
const menuLabel = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[^\p{C}\p{Zl}\p{Zp}&]+$/u, 'a short label without control, format or line-break characters, or "&"')
  .nullable();

export const INVOKE_ARGUMENTS = {
  listBundledSeeds: z.tuple([]),
  openArticleFiles: z.tuple([]),
  readClipboardText: z.tuple([]),
  openSetFiles: z.tuple([]),
  saveExport: z.tuple([
    z.strictObject({
      defaultName: z
        .string()
        .min(1)
        .max(255)
        .regex(/^[^/\\\0]+$/, 'a file name without folders'),
      format: z.enum(['native', 'w3c', 'report-json', 'report-csv']),
      text: z.string().max(MAX_SET_FILE_BYTES),
    }),
  ]),
  showUndoLabels: z.tuple([z.strictObject({ undo: menuLabel, redo: menuLabel })]),
} satisfies Record<InvokeVerb, z.ZodType>;
