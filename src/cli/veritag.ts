// The `veritag` program (the build's entry, see vite.cli.config.ts): runs the command line on
// this process's arguments, streams and files, and leaves the exit status for Node to report.
import { runCli } from './main';
import { nodeIo } from './node-io';

/** A bug, not a bad file or a usage error (sysexits' EX_SOFTWARE). */
const EXIT_INTERNAL_ERROR = 70;

// Output piped into a program that stops reading early (`| head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit();
});

runCli(process.argv.slice(2), nodeIo()).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    process.stderr.write(`veritag: internal error: ${detail}\n`);
    process.exitCode = EXIT_INTERNAL_ERROR;
  },
);
