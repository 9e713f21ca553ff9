// The command line as typed, read into one of the commands `veritag` knows, or the usage problem
// that stops it; parsed with node:util's parseArgs, so options behave as in other Node tools.
import { parseArgs } from 'node:util';
import type { FileKind } from '../shared/annotation-set-file';
import { quotedText as quote } from './terminal-text';

type CliCommand =
  | { name: 'help' }
  | { name: 'version' }
  | { name: 'validate'; files: string[] }
  | { name: 'convert'; file: string; to: FileKind; output: string | null }
  | { name: 'agreement'; a: string; b: string; json: boolean };

export type ParsedArguments =
  | { ok: true; command: CliCommand }
  /** `showUsage`: the whole usage should follow the problem (nothing was asked for). */
  | { ok: false; problem: string; showUsage: boolean };

const HELP = { type: 'boolean', short: 'h' } as const;
const FORMATS: readonly FileKind[] = ['w3c', 'native'];

export function parseArguments(argv: readonly string[]): ParsedArguments {
  const [name, ...rest] = argv;
  if (name === undefined) return { ok: false, problem: 'no command given', showUsage: true };
  if (name === '--help' || name === '-h' || name === 'help') return command({ name: 'help' });
  if (name === '--version') return command({ name: 'version' });
  try {
    switch (name) {
      case 'validate':
        return parseValidate(rest);
      case 'convert':
        return parseConvert(rest);
      case 'agreement':
        return parseAgreement(rest);
      default:
        return usageError(
          name.startsWith('-')
            ? `unknown option ${quote(name)} (a command comes first: validate, convert or agreement)`
            : `unknown command ${quote(name)} (expected validate, convert or agreement)`,
        );
    }
  } catch (error) {
    if (!isParseArgsError(error)) throw error;
    return usageError(`${name}: ${firstSentence(error.message)}`);
  }
}

function parseValidate(args: string[]): ParsedArguments {
  const { values, positionals } = parseArgs({ args, options: { help: HELP }, allowPositionals: true, strict: true });
  if (values.help === true) return command({ name: 'help' });
  if (positionals.length === 0) return usageError('validate: no FILE given');
  return command({ name: 'validate', files: positionals });
}

function parseConvert(args: string[]): ParsedArguments {
  const { values, positionals } = parseArgs({
    args,
    options: { help: HELP, to: { type: 'string' }, output: { type: 'string', short: 'o' } },
    allowPositionals: true,
    strict: true,
  });
  if (values.help === true) return command({ name: 'help' });
  const [file, ...extra] = positionals;
  if (file === undefined) return usageError('convert: no FILE given');
  if (extra.length > 0) return usageError(`convert: one FILE at a time (also given: ${extra.map(quote).join(', ')})`);
  const to = FORMATS.find((format) => format === values.to);
  if (values.to === undefined) return usageError('convert: --to w3c or --to native is required');
  if (to === undefined) return usageError(`convert: --to must be w3c or native, not ${quote(values.to)}`);
  if (values.output === '') return usageError('convert: -o needs a file name');
  return command({ name: 'convert', file, to, output: values.output ?? null });
}

function parseAgreement(args: string[]): ParsedArguments {
  const { values, positionals } = parseArgs({
    args,
    options: { help: HELP, json: { type: 'boolean' } },
    allowPositionals: true,
    strict: true,
  });
  if (values.help === true) return command({ name: 'help' });
  const [a, b, ...extra] = positionals;
  if (a === undefined || b === undefined || extra.length > 0) {
    return usageError(`agreement: expected two files, A and B (got ${positionals.length})`);
  }
  return command({ name: 'agreement', a, b, json: values.json === true });
}

function command(parsed: CliCommand): ParsedArguments {
  return { ok: true, command: parsed };
}

function usageError(problem: string): ParsedArguments {
  return { ok: false, problem, showUsage: false };
}

/** parseArgs reports unknown options and missing values with a `code` of ERR_PARSE_ARGS_…. */
function isParseArgsError(error: unknown): error is Error {
  return error instanceof Error && String((error as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS_');
}

/** "Unknown option '--x'. To specify a positional argument…" → "Unknown option '--x'". */
function firstSentence(message: string): string {
  const first = message.split(/\.\s|\n/)[0] ?? message;
  return first.charAt(0).toLowerCase() + first.slice(1);
}
