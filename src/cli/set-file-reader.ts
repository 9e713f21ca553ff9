// Reading one annotation-set file from a path the user typed, as the app reads a file it imports:
// the size limit first, strict UTF-8, then the shared parser and validator, same messages.
import type { FileKind } from '../shared/annotation-set-file';
import { parseAnnotationSetBytes } from '../shared/annotation-set-file';
import type { AnnotationSetFile } from '../shared/annotation-set-schema';
import { MAX_SET_FILE_BYTES, tooLargeReason } from '../shared/file-limits';
import type { CliIo, ReadFileResult } from './cli-io';
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE } from './exit-codes';
import type { ExitCode } from './exit-codes';

export type SetFileReadResult =
  | { status: 'valid'; path: string; file: AnnotationSetFile; kind: FileKind }
  /** The file was read, and these problems make it unusable (exit 1). */
  | { status: 'invalid'; path: string; errors: string[] }
  /** The path could not be read at all (exit 2). */
  | { status: 'unreadable'; path: string; reason: string };

export async function readSetFile(io: CliIo, path: string): Promise<SetFileReadResult> {
  let read: ReadFileResult;
  try {
    read = await io.readFile(path, MAX_SET_FILE_BYTES);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { status: 'unreadable', path, reason };
  }
  if (read.kind === 'too-large') {
    return { status: 'invalid', path, errors: [tooLargeReason('file', read.size, MAX_SET_FILE_BYTES)] };
  }
  const parsed = parseAnnotationSetBytes(read.bytes);
  return parsed.ok
    ? { status: 'valid', path, file: parsed.file, kind: parsed.kind }
    : { status: 'invalid', path, errors: parsed.errors };
}

/** What standard error shows for a file that failed: one line per problem, after the path. */
export function failureText(result: Exclude<SetFileReadResult, { status: 'valid' }>): string {
  if (result.status === 'unreadable') return `${result.path}: could not be read (${result.reason})\n`;
  return result.errors.map((error) => `${result.path}: ${error}\n`).join('');
}

export function exitCodeOf(result: SetFileReadResult): ExitCode {
  if (result.status === 'valid') return EXIT_OK;
  return result.status === 'invalid' ? EXIT_INVALID : EXIT_USAGE;
}
