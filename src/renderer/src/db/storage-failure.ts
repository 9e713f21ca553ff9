// The renderer's words for storage failures, in one place: a full disk or quota, a database that is
// gone, a write IndexedDB refused, recognised however Dexie wrapped them (an AbortError with an
// `inner` error, a BulkError with `failures`, a DatabaseClosedError; a full disk is an UnknownError
// naming FILE_ERROR_NO_SPACE, see abort-cause.ts), and said as what happened to
// the user's work ("Not saved: there is no room left …") rather than "AbortError: … 921 of 1000
// operations failed". The save indicator, the notices, an import and adding articles use them.
import { formatCount } from '../ui/plural';
import { failureMessage } from '../veritag-bridge';

export type StorageFailure = 'no-room' | 'unavailable' | 'not-written';

/** Errors that say the database is gone or cannot be used (closed, deleted under the app, not opened). */
const UNAVAILABLE = new Set(['DatabaseClosedError', 'OpenFailedError', 'InvalidStateError', 'VersionError', 'MissingAPIError', 'UpgradeError']);
/** Errors of IndexedDB and Dexie that mean a write did not happen. */
const NOT_WRITTEN = new Set([
  'AbortError',
  'BulkError',
  'ModifyError',
  'UnknownError',
  'ConstraintError',
  'DataError',
  'DataCloneError',
  'ReadOnlyError',
  'NotFoundError',
  'TimeoutError',
  'TransactionInactiveError',
  'PrematureCommitError',
  'InternalError',
]);
/** How Chromium words a write that failed for want of disk space (LevelDB's I/O errors, as IndexedDB reports them). */
const NO_SPACE = /FILE_ERROR_NO_SPACE|No space left on device|ENOSPC/i;
/** How deep wrapped errors are followed, and how many of a bulk write's failures are looked at. */
const MAX_DEPTH = 6;
const MAX_FAILURES = 20;

interface NamedError {
  name: string;
  message: string;
}

/** The error and the errors it wraps (Dexie's `inner`, a bulk write's `failures`), outermost first. */
function chain(error: unknown, depth = 0): NamedError[] {
  if (depth > MAX_DEPTH || typeof error !== 'object' || error === null) return [];
  const { name, message, inner, failures } = error as { name?: unknown; message?: unknown; inner?: unknown; failures?: unknown };
  const found: NamedError[] = typeof name === 'string' ? [{ name, message: typeof message === 'string' ? message : '' }] : [];
  found.push(...chain(inner, depth + 1));
  if (Array.isArray(failures)) for (const failure of failures.slice(0, MAX_FAILURES)) found.push(...chain(failure, depth + 1));
  return found;
}

/** What kind of storage failure `error` is, however it was wrapped; null when it is not one. */
export function storageFailureOf(error: unknown): StorageFailure | null {
  const errors = chain(error);
  if (errors.some((e) => e.name === 'QuotaExceededError' || NO_SPACE.test(e.message))) return 'no-room';
  if (errors.some((e) => UNAVAILABLE.has(e.name))) return 'unavailable';
  if (errors[0] && NOT_WRITTEN.has(errors[0].name)) return 'not-written';
  return null;
}

const REASON: Record<StorageFailure, string> = {
  'no-room': "there is no room left for Veritag's data (the disk or the storage quota is full)",
  unavailable: "Veritag's database is not available (it was closed or could not be opened)",
  'not-written': "Veritag's database could not store it",
};
const ADVICE: Record<StorageFailure, string> = {
  'no-room': 'Free some disk space and try again.',
  unavailable: 'Restart Veritag.',
  'not-written': 'Try again; if it keeps failing, restart Veritag.',
};
/** What the save indicator says after a failed write. */
const NOT_SAVED_LABEL: Record<StorageFailure, string> = {
  'no-room': 'Not saved: no room left',
  unavailable: 'Not saved: database unavailable',
  'not-written': 'Not saved',
};

/** The reason in words, with the innermost error named where the kind alone says little. */
function reason(kind: StorageFailure, error: unknown): string {
  if (kind !== 'not-written') return REASON[kind];
  const innermost = chain(error).at(-1);
  return innermost ? `${REASON[kind]} (${innermost.name}${innermost.message ? `: ${innermost.message}` : ''})` : REASON[kind];
}

/** A notice for a failed action: a storage failure in the user's words, any other error as its message. */
export function failureNotice(error: unknown): string {
  const kind = storageFailureOf(error);
  return kind ? `Not saved: ${reason(kind, error)}. ${ADVICE[kind]}` : failureMessage(error);
}

/** The save indicator's words once a write failed. */
export function notSavedLabel(error: unknown): string {
  const kind = storageFailureOf(error);
  return kind ? NOT_SAVED_LABEL[kind] : 'Not saved';
}

/** A notice for an import that stored nothing. */
export function notImportedMessage(fileName: string, error: unknown): string {
  const kind = storageFailureOf(error);
  if (!kind) return `“${fileName}” was not imported: ${failureMessage(error)}`;
  return `“${fileName}” was not imported: ${reason(kind, error)}. Nothing of it was stored. ${ADVICE[kind]}`;
}

/** A notice for articles that were not added. */
export function notAddedMessage(fileNames: readonly string[], error: unknown): string {
  const names = fileNames.map((name) => `“${name}”`).join(', ');
  const subject = fileNames.length === 1 ? `${names} was not added` : `${names} were not added`;
  const kind = storageFailureOf(error);
  return kind ? `${subject}: ${reason(kind, error)}. ${ADVICE[kind]}` : `${subject}: ${failureMessage(error)}`;
}

/** Whole megabytes (10^6 bytes), rounded. */
const megabytes = (bytes: number): number => Math.round(bytes / 1_000_000);

/** The refusal of an import that would not fit: how much it needs, how much is free. */
export function notEnoughSpaceMessage(fileName: string, needed: number, free: number): string {
  const freeMb = megabytes(free);
  const left = freeMb < 1 ? 'less than 1 MB is free' : freeMb === 1 ? '1 MB is free' : `${formatCount(freeMb)} MB are free`;
  return (
    `“${fileName}” was not imported: it needs about ${formatCount(Math.max(1, megabytes(needed)))} MB of space; ${left}. ` +
    'Free some disk space and import it again.'
  );
}
