// Wires the handlers to `ipcMain`: every call is checked for its sender frame (only the
// app's own top frame) and for its arguments (the contract's validators) before it runs.
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { INVOKE_VERBS, invokeChannel, type VeritagInvokeApi } from '../shared/ipc';
import { INVOKE_ARGUMENTS } from '../shared/ipc-arguments';

/** True when `url` belongs to one of the trusted origins (the app's own pages). */
export function isTrustedSenderUrl(url: string | undefined, trustedOrigins: readonly string[]): boolean {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    const origin = parsed.origin !== 'null' ? parsed.origin : `${parsed.protocol}//${parsed.host}`;
    return trustedOrigins.includes(origin);
  } catch {
    return false;
  }
}

/** Validates one call: returns the handler's promise, or throws naming what was wrong. */
export function dispatchInvoke(
  handlers: VeritagInvokeApi,
  verb: string,
  args: unknown[],
): Promise<unknown> {
  if (!(INVOKE_VERBS as string[]).includes(verb)) throw new Error(`Unknown verb: ${verb}`);
  const typedVerb = verb as keyof VeritagInvokeApi;
  const parsed = INVOKE_ARGUMENTS[typedVerb].safeParse(args);
  if (!parsed.success) {
    throw new Error(`Invalid arguments for ${verb}: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
  }
  const handler = handlers[typedVerb] as (...a: unknown[]) => Promise<unknown>;
  return handler(...(parsed.data as unknown[]));
}

export function registerIpcHandlers(
  ipcMain: IpcMain,
  handlers: VeritagInvokeApi,
  trustedOrigins: readonly string[],
): void {
  for (const verb of INVOKE_VERBS) {
    ipcMain.handle(invokeChannel(verb), (event: IpcMainInvokeEvent, ...args: unknown[]) => {
      const frame = event.senderFrame;
      if (!frame || frame.parent !== null || !isTrustedSenderUrl(frame.url, trustedOrigins)) {
        throw new Error(`Refused ${verb} from an untrusted sender`);
      }
      return dispatchInvoke(handlers, verb, args);
    });
  }
}
