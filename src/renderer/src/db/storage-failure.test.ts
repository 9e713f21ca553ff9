// The words for storage failures, for each way Dexie hands them over: a quota error inside an
// AbortError or a BulkError (built as Dexie builds them from Chromium's QuotaExceededError, whose
// message is empty), and, from real IndexedDB, a closed database and a bulk write that failed.
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { testDatabase } from './test-database';
import { testAnnotation } from './test-records';
import {
  failureNotice,
  notAddedMessage,
  notEnoughSpaceMessage,
  notImportedMessage,
  notSavedLabel,
  storageFailureOf,
} from './storage-failure';

const NO_ROOM = "there is no room left for Veritag's data (the disk or the storage quota is full)";
/** What Chromium puts in `transaction.error` when a commit goes over the quota. */
const quotaError = () => new DOMException('', 'QuotaExceededError');

/** The rejection of `write`, which must fail. */
async function rejectionOf(write: Promise<unknown>): Promise<unknown> {
  try {
    await write;
  } catch (error) {
    return error;
  }
  throw new Error('The write did not fail');
}

describe('storageFailureOf', () => {
  it('finds a quota error however Dexie wrapped it', () => {
    expect(storageFailureOf(quotaError())).toBe('no-room');
    expect(storageFailureOf(new Dexie.AbortError(quotaError()))).toBe('no-room');
    expect(storageFailureOf(new Dexie.QuotaExceededError('', quotaError()))).toBe('no-room');
    const failures = Array.from({ length: 921 }, quotaError);
    expect(storageFailureOf(new Dexie.BulkError('annotations.bulkAdd(): 921 of 1000 operations failed', failures))).toBe('no-room');
    expect(storageFailureOf(new Dexie.AbortError(new Dexie.BulkError('2 of 2 operations failed', [quotaError(), quotaError()])))).toBe('no-room');
  });

  it('finds a full disk in the error Chromium gives a transaction whose write found no space', () => {
    // As Chromium 156 words it (a profile on a full tmpfs); abort-cause.ts puts it in the requests' place.
    const noSpace = new DOMException(
      'Connection is closing because of: IO error: .../https_app.veritag.test_0.indexeddb.leveldb/000003.log: FILE_ERROR_NO_SPACE (ChromeMethodBFE: 3::WritableFileAppend::8)',
      'UnknownError',
    );
    expect(storageFailureOf(new Dexie.BulkError('annotations.bulkAdd(): 1000 of 1000 operations failed', [noSpace]))).toBe('no-room');
    expect(storageFailureOf(new Dexie.AbortError(noSpace))).toBe('no-room');
    expect(storageFailureOf(new DOMException('Internal error committing transaction.', 'UnknownError'))).toBe('not-written');
  });

  it('tells a database that is gone from a write that was refused, and both from any other error', async () => {
    const db = testDatabase();
    await db.open();
    const duplicate = await rejectionOf(db.annotations.bulkAdd([testAnnotation('s', '1'), testAnnotation('s', '1')]));
    expect((duplicate as Error).name).toBe('BulkError');
    expect(storageFailureOf(duplicate)).toBe('not-written');
    db.close();
    const closed = await rejectionOf(db.annotations.add(testAnnotation('s', '2')));
    expect((closed as Error).name).toBe('DatabaseClosedError');
    expect(storageFailureOf(closed)).toBe('unavailable');
    expect(storageFailureOf(new Error('That article is no longer in the library.'))).toBeNull();
    expect(storageFailureOf('a string')).toBeNull();
    expect(storageFailureOf(null)).toBeNull();
  });
});

describe('the messages', () => {
  it('says a full disk or quota in words, never the raw error', () => {
    const error = new Dexie.AbortError(new Dexie.BulkError('annotations.bulkAdd(): 921 of 1000 operations failed', [quotaError()]));
    expect(failureNotice(error)).toBe(`Not saved: ${NO_ROOM}. Free some disk space and try again.`);
    expect(notSavedLabel(error)).toBe('Not saved: no room left');
    expect(notImportedMessage('alice.veritag.json', error)).toBe(
      `“alice.veritag.json” was not imported: ${NO_ROOM}. Nothing of it was stored. Free some disk space and try again.`,
    );
    expect(notAddedMessage(['a.txt'], error)).toBe(`“a.txt” was not added: ${NO_ROOM}. Free some disk space and try again.`);
    expect(notAddedMessage(['a.txt', 'b.md'], error)).toBe(`“a.txt”, “b.md” were not added: ${NO_ROOM}. Free some disk space and try again.`);
  });

  it('says a closed database and a refused write in words, naming the refusal', async () => {
    const db = testDatabase();
    await db.open();
    const duplicate = await rejectionOf(db.annotations.bulkAdd([testAnnotation('s', '1'), testAnnotation('s', '1')]));
    expect(failureNotice(duplicate)).toMatch(
      /^Not saved: Veritag's database could not store it \(ConstraintError: .+\)\. Try again; if it keeps failing, restart Veritag\.$/,
    );
    expect(notSavedLabel(duplicate)).toBe('Not saved');
    db.close();
    const closed = await rejectionOf(db.sets.add({ ...testAnnotation('s', '2'), id: 'x' } as never));
    expect(failureNotice(closed)).toBe("Not saved: Veritag's database is not available (it was closed or could not be opened). Restart Veritag.");
    expect(notSavedLabel(closed)).toBe('Not saved: database unavailable');
  });

  it('keeps any other error as its own message', () => {
    const error = new Error('A set with the id s1 is already stored.');
    expect(failureNotice(error)).toBe('A set with the id s1 is already stored.');
    expect(notSavedLabel(error)).toBe('Not saved');
    expect(notImportedMessage('bob.json', error)).toBe('“bob.json” was not imported: A set with the id s1 is already stored.');
    expect(notAddedMessage(['a.txt'], 'odd')).toBe('“a.txt” was not added: odd');
  });

  it('says how much an import needs and how much is free, in megabytes', () => {
    expect(notEnoughSpaceMessage('big.veritag.json', 120_400_000, 14_200_000)).toBe(
      '“big.veritag.json” was not imported: it needs about 120 MB of space; 14 MB are free. Free some disk space and import it again.',
    );
    expect(notEnoughSpaceMessage('big.json', 3_500_000, 1_100_000)).toContain('it needs about 4 MB of space; 1 MB is free.');
    expect(notEnoughSpaceMessage('big.json', 1_200_000_000, 300_000)).toContain('it needs about 1,200 MB of space; less than 1 MB is free.');
  });
});
