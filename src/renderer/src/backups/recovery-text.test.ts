// The words of the recovery notices: counts, reasons, losses and colleagues' files to import again.
import { describe, expect, it } from 'vitest';
import { describeCounts, describeMoment, describeRestore } from './recovery-text';

const COUNTS = { articles: 6, myAnnotations: 11, reviewedSets: 1, reviewedAnnotations: 4 };

describe('recovery text', () => {
  it('names what a copy holds', () => {
    expect(describeCounts(COUNTS)).toBe('11 annotations in your set, 1 reviewed set with 4 annotations, 6 articles');
    expect(describeCounts({ articles: 1, myAnnotations: 1, reviewedSets: 0, reviewedAnnotations: 0 })).toBe('1 annotation in your set, no reviewed sets, 1 article');
    expect(describeMoment(null)).toBe('an unknown time');
    expect(describeMoment('2026-12-02T04:05:06.000Z')).toMatch(/^\d{1,2} December 2026 at \d\d:\d\d:06$/);
  });

  it('says what was restored, why, what was lost and which colleagues’ files to import again', () => {
    const lines = describeRestore(
      {
        at: '2026-12-02T04:05:06.000Z',
        counts: COUNTS,
        damage: 'journal line 12 is not JSON',
        lostChanges: 3,
        importedFiles: [{ path: '/home/alice/bob.veritag.json', name: 'bob.veritag.json', sha256: 'ab', openedAt: '2026-12-01T00:00:00.000Z', unchanged: false }],
      },
      { kind: 'behind', changes: 2 },
    );
    expect(lines[0]).toMatch(/^Restored from the backup copy of .+ 2026 at .+: 11 annotations in your set, 1 reviewed set with 4 annotations, 6 articles\.$/);
    expect(lines.slice(1)).toEqual([
      'The database was missing the last 2 changes.',
      'The backup copy itself was damaged (journal line 12 is not JSON); the last 3 changes could not be read back and are lost.',
      'Colleagues’ sets are not part of the backup copy. Set files you opened for import, to import again if you need them: /home/alice/bob.veritag.json (changed or gone since).',
    ]);
    expect(describeRestore({ at: null, counts: COUNTS, damage: null, lostChanges: 0, importedFiles: [] }, { kind: 'missing' })[1]).toBe('The database was missing.');
  });
});
