// The exit statuses of `veritag`, as annotation-set.md fixes them, named once so that every
// command means the same thing by them.

/** Everything asked for was done: every file valid, converted or compared. */
export const EXIT_OK = 0;
/** A file is invalid (or two files cannot be compared): the problems are on standard error. */
export const EXIT_INVALID = 1;
/** The command line is wrong, or a path cannot be read or written. */
export const EXIT_USAGE = 2;

export type ExitCode = typeof EXIT_OK | typeof EXIT_INVALID | typeof EXIT_USAGE;

/** The status that reports the worse of two outcomes (usage over invalid over success). */
export function worseExit(x: ExitCode, y: ExitCode): ExitCode {
  return x >= y ? x : y;
}
