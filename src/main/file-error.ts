// What a failed file operation means for the user, in words ("the disk is full"), from Node's
// error codes, for the messages of the durable copy.

const REASONS: Readonly<Record<string, string>> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EROFS: 'the disk is read-only',
  EACCES: 'permission was denied',
  EPERM: 'permission was denied',
  EIO: 'the disk reported an input/output error',
  EMFILE: 'too many files are open',
  ENOENT: 'a file or folder is missing',
};

/** `the disk is full (ENOSPC)`, or the error's own message when its code is not one of these. */
export function fileErrorReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const reason = code === undefined ? undefined : REASONS[code];
  if (reason !== undefined) return `${reason} (${code ?? ''})`;
  return error instanceof Error ? error.message : String(error);
}
