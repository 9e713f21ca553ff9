// Validators for the arguments of every IPC verb: the main process checks each call
// against these before running its handler (kept apart so the preload stays zod-free).
import { z } from 'zod';
import type { InvokeVerb } from './ipc';

export const INVOKE_ARGUMENTS = {
  listBundledSeeds: z.tuple([]),
  openArticleFiles: z.tuple([]),
  readClipboardText: z.tuple([]),
} satisfies Record<InvokeVerb, z.ZodType>;
