// `veritag agreement A B [--json]`: how far two annotators agree, with the shared code and the
// figures agreement.md defines, so a desk can cite them and another tool can reproduce them.
import { agreement } from '../../shared/agreement';
import { agreementDocuments, offsetWarnings } from '../agreement-documents';
import { agreementTable } from '../agreement-table';
import type { CliIo } from '../cli-io';
import { EXIT_INVALID, EXIT_OK, worseExit } from '../exit-codes';
import type { ExitCode } from '../exit-codes';
import { exitCodeOf, failureText, readSetFile } from '../set-file-reader';

export interface AgreementRequest {
  a: string;
  b: string;
  json: boolean;
}

export async function runAgreement(io: CliIo, request: AgreementRequest): Promise<ExitCode> {
  const a = await readSetFile(io, request.a);
  const b = await readSetFile(io, request.b);
  if (a.status !== 'valid' || b.status !== 'valid') {
    let code: ExitCode = EXIT_OK;
    for (const result of [a, b]) {
      if (result.status !== 'valid') io.stderr.write(failureText(result));
      code = worseExit(code, exitCodeOf(result));
    }
    return code;
  }
  const compared = agreementDocuments(a, b);
  if (!compared.ok) {
    io.stderr.write(compared.errors.map((error) => `${error}\n`).join(''));
    return EXIT_INVALID;
  }
  io.stderr.write([a, b].flatMap(offsetWarnings).map((warning) => `${warning}\n`).join(''));
  const result = agreement(compared.documents);
  io.stdout.write(
    request.json
      ? `${JSON.stringify(result, null, 2)}\n`
      : agreementTable({ a, b, documents: compared.documents, result }),
  );
  return EXIT_OK;
}
