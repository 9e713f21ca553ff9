// `veritag validate FILE…`: checks files with the app's own reader and rules, so a script or a
// colleague learns before importing whether a file will be accepted, and why not.
import type { CliIo } from '../cli-io';
import { EXIT_OK, worseExit } from '../exit-codes';
import type { ExitCode } from '../exit-codes';
import { exitCodeOf, failureText, readSetFile } from '../set-file-reader';
import type { SetFileReadResult } from '../set-file-reader';
import { visibleText } from '../../shared/visible-text';
import { counted, quotedText } from '../terminal-text';

/** One file at a time, so at most one file's contents is in memory. */
export async function runValidate(io: CliIo, files: readonly string[]): Promise<ExitCode> {
  let code: ExitCode = EXIT_OK;
  for (const path of files) {
    const result = await readSetFile(io, path);
    if (result.status === 'valid') io.stdout.write(summaryLine(result));
    else io.stderr.write(failureText(result));
    code = worseExit(code, exitCodeOf(result));
  }
  return code;
}

/** `alice.json: valid (native, set "First pass" by Alice: 23 annotations on 5 documents)`. */
function summaryLine(result: Extract<SetFileReadResult, { status: 'valid' }>): string {
  const { set, annotations, documents } = result.file;
  const counts = `${counted(annotations.length, 'annotation')} on ${counted(documents.length, 'document')}`;
  const who = `set ${quotedText(set.name)} by ${visibleText(set.annotator.name)}`;
  return `${result.path}: valid (${result.kind}, ${who}: ${counts})\n`;
}
