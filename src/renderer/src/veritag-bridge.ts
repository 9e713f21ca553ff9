// Typed access to the preload's `window.veritag`, the renderer's only way to the main process.
import type { VeritagApi } from '../../shared/ipc';

declare global {
  interface Window {
    readonly veritag: VeritagApi;
  }
}

export const veritag = (): VeritagApi => window.veritag;

/** The words of a failure: an error's message, without the wrapping Electron adds to a verb's rejection. */
export function failureMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/^Error invoking remote method '[^']*': (?:Error: )?/, '');
}
