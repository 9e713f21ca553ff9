// Typed access to the preload's `window.veritag`, the renderer's only way to the main process.
import type { VeritagApi } from '../../shared/ipc';

declare global {
  interface Window {
    readonly veritag: VeritagApi;
  }
}

export const veritag = (): VeritagApi => window.veritag;
