// `veritag convert FILE --to w3c|native [-o OUT]`: the same set in the other exchange format (or
// normalised in its own), written exactly as the app exports it.
import type { FileKind } from '../../shared/annotation-set-file';
import { serializeAnnotationSet } from '../../shared/annotation-set-file';
import { serializeWebAnnotation } from '../../shared/web-annotation';
import type { CliIo } from '../cli-io';
import { EXIT_OK, EXIT_USAGE } from '../exit-codes';
import type { ExitCode } from '../exit-codes';
import { exitCodeOf, failureText, readSetFile } from '../set-file-reader';
import { counted } from '../terminal-text';

export interface ConvertRequest {
  file: string;
  to: FileKind;
  /** Where to write; null for standard output. */
  output: string | null;
}

export async function runConvert(io: CliIo, request: ConvertRequest): Promise<ExitCode> {
  const { file, to, output } = request;
  if (output !== null && (await io.sameFile(file, output))) {
    io.stderr.write(`${output}: is the input file; convert writes to another file (or to standard output)\n`);
    return EXIT_USAGE;
  }
  const result = await readSetFile(io, file);
  if (result.status !== 'valid') {
    io.stderr.write(failureText(result));
    return exitCodeOf(result);
  }
  const text = to === 'w3c' ? serializeWebAnnotation(result.file) : serializeAnnotationSet(result.file);
  if (output === null) {
    io.stdout.write(text);
    return EXIT_OK;
  }
  try {
    await io.writeFile(output, text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    io.stderr.write(`${output}: could not be written (${reason})\n`);
    return EXIT_USAGE;
  }
  const { annotations, documents } = result.file;
  const counts = `${counted(annotations.length, 'annotation')} on ${counted(documents.length, 'document')}`;
  io.stdout.write(`${output}: written (${to}, from ${result.kind} ${file}: ${counts})\n`);
  return EXIT_OK;
}
