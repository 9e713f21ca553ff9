// For tests: the real files of nodeIo with standard output and error captured as text, so
// `runCli` is run in-process exactly as the program runs it.
import type { CliIo } from './cli-io';
import type { ExitCode } from './exit-codes';
import { runCli } from './main';
import { nodeIo } from './node-io';

export interface CapturedRun {
  code: ExitCode;
  stdout: string;
  stderr: string;
}

export async function runCaptured(argv: readonly string[], io: Partial<CliIo> = {}): Promise<CapturedRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    ...nodeIo(),
    ...io,
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
  });
  return { code, stdout, stderr };
}
