// The `veritag` command line as one function of its arguments and its CliIo, returning the exit
// status, so tests run it in-process and the bootstrap (veritag.ts) only wires the process in.
import { version } from '../../package.json';
import { parseArguments } from './arguments';
import type { CliIo } from './cli-io';
import { runAgreement } from './commands/agreement';
import { runConvert } from './commands/convert';
import { runValidate } from './commands/validate';
import { EXIT_OK, EXIT_USAGE } from './exit-codes';
import type { ExitCode } from './exit-codes';
import { USAGE, USAGE_HINT } from './usage';

export async function runCli(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const parsed = parseArguments(argv);
  if (!parsed.ok) {
    io.stderr.write(`veritag: ${parsed.problem}\n${parsed.showUsage ? `\n${USAGE}` : USAGE_HINT}`);
    return EXIT_USAGE;
  }
  const { command } = parsed;
  switch (command.name) {
    case 'help':
      io.stdout.write(USAGE);
      return EXIT_OK;
    case 'version':
      io.stdout.write(`veritag ${version}\n`);
      return EXIT_OK;
    case 'validate':
      return runValidate(io, command.files);
    case 'convert':
      return runConvert(io, command);
    case 'agreement':
      return runAgreement(io, command);
  }
}
