// The words of the durable copy's notices: what a restore brought back and from when, why it was
// needed, what was lost when the copy itself was damaged, and which colleagues' sets to import again.
import type { CopyCounts, ImportedFileRecord, RestorableCopy } from '../../../shared/durable-copy';
import { formatCount, plural } from '../ui/plural';

/** Why the database was restored at start-up. */
export type RecoveryReason =
  | { kind: 'missing' }
  | { kind: 'empty' }
  | { kind: 'unreadable'; error: string }
  | { kind: 'behind'; changes: number };

const MOMENT = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'medium' });
const MAX_NAMED_FILES = 5;

/** "2 December 2026 at 03:40:12" (local time), or "an unknown time". */
export function describeMoment(at: string | null): string {
  const date = at === null ? null : new Date(at);
  return date === null || Number.isNaN(date.getTime()) ? 'an unknown time' : MOMENT.format(date);
}

/** "11 annotations in your set, 1 reviewed set with 4 annotations, 6 articles" */
export function describeCounts(counts: CopyCounts): string {
  const reviewed =
    counts.reviewedSets === 0
      ? 'no reviewed sets'
      : `${plural(counts.reviewedSets, 'reviewed set')} with ${plural(counts.reviewedAnnotations, 'annotation')}`;
  return `${plural(counts.myAnnotations, 'annotation')} in your set, ${reviewed}, ${plural(counts.articles, 'article')}`;
}

const REASONS: { [K in RecoveryReason['kind']]: (reason: Extract<RecoveryReason, { kind: K }>) => string } = {
  missing: () => 'The database was missing.',
  empty: () => 'The database was empty.',
  unreadable: (reason) => `The database could not be opened (${reason.error}).`,
  behind: (reason) => `The database was missing the last ${plural(reason.changes, 'change')}.`,
};

function describeReason(reason: RecoveryReason): string {
  return (REASONS[reason.kind] as (r: RecoveryReason) => string)(reason);
}

/** The lines of the notice after a restore, at start-up (with its reason) or from the Backups window. */
export function describeRestore(copy: Omit<RestorableCopy, 'state'> & { at: string | null }, reason: RecoveryReason | null): string[] {
  const lines = [`Restored from the backup copy of ${describeMoment(copy.at)}: ${describeCounts(copy.counts)}.`];
  if (reason) lines.push(describeReason(reason));
  if (copy.damage !== null) {
    const lost = copy.lostChanges === 0 ? 'nothing was lost.' : `the last ${plural(copy.lostChanges, 'change')} could not be read back and ${copy.lostChanges === 1 ? 'is' : 'are'} lost.`;
    lines.push(`The backup copy itself was damaged (${copy.damage}); ${lost}`);
  }
  if (reason && copy.importedFiles.length > 0) lines.push(describeImportedFiles(copy.importedFiles));
  return lines;
}

/** Colleagues' sets are not in the copy: the set files opened for import (the ledger), and which are gone or changed. */
function describeImportedFiles(files: readonly ImportedFileRecord[]): string {
  const named = files.slice(0, MAX_NAMED_FILES).map((f) => `${f.path}${f.unchanged ? '' : ' (changed or gone since)'}`);
  const more = files.length > MAX_NAMED_FILES ? ` and ${formatCount(files.length - MAX_NAMED_FILES)} more` : '';
  return `Colleagues’ sets are not part of the backup copy. Set files you opened for import, to import again if you need them: ${named.join(', ')}${more}.`;
}

/** The notice when the database could not be opened and there was no copy to restore. */
export function describeFreshStart(error: string): string {
  return `The database could not be opened (${error}) and there was no backup copy to restore: Veritag starts with an empty library.`;
}

/** The notice when the copy could not be restored: the backups stay untouched until one is restored. */
export function describeFailedRestore(error: string): string {
  return `Your work could not be restored from the backup copy (${error}). The backups are kept as they are: restore one from File → Backups… once the problem is fixed. Changes made until then are not backed up.`;
}
