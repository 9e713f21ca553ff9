// The removal's words: whose annotations are kept, in the sets' order, counted right.
import { describe, expect, it } from 'vitest';
import type { AnnotationSet, SetKind } from '../../../shared/annotation';
import { describeRemoval, keptAsOrphans, orphanShares } from './article-removal';

const set = (id: string, kind: SetKind, name: string, annotator = 'Me'): AnnotationSet => ({
  id,
  name,
  annotator: { id: annotator, name: annotator },
  kind,
  created: '2026-11-22T09:00:00.000Z',
  modified: '2026-11-22T09:00:00.000Z',
});

const SETS = [
  set('mine', 'mine', 'My annotations'),
  set('reviewed', 'reviewed', 'Reviewed: Me + Bob'),
  set('alice', 'imported', 'First pass', 'Alice'),
  set('bob', 'imported', 'Crocus', 'Bob'),
];

describe('orphanShares', () => {
  it('names each set with annotations on the article, in the sets’ order', () => {
    const counts = new Map([
      ['bob', 5],
      ['mine', 3],
      ['reviewed', 1],
      ['alice', 0],
    ]);
    expect(orphanShares(SETS, counts)).toEqual(['3 of yours', '1 in the reviewed set “Reviewed: Me + Bob”', "5 of Bob's (“Crocus”)"]);
    expect(orphanShares(SETS, new Map())).toEqual([]);
  });
});

describe('keptAsOrphans', () => {
  it('agrees with the count', () => {
    expect(keptAsOrphans(0)).toBe('It has no annotations.');
    expect(keptAsOrphans(1)).toBe('1 annotation on it is kept as an orphan:');
    expect(keptAsOrphans(1204)).toBe('1,204 annotations on it are kept as orphans:');
  });
});

describe('describeRemoval', () => {
  it('says what was removed and what was kept', () => {
    expect(describeRemoval({ title: 'Crocus', orphaned: 0 })).toBe('Removed “Crocus”.');
    expect(describeRemoval({ title: 'Crocus', orphaned: 1 })).toBe('Removed “Crocus”; its annotation is kept as an orphan.');
    expect(describeRemoval({ title: 'Crocus', orphaned: 8 })).toBe('Removed “Crocus”; its 8 annotations are kept as orphans.');
  });
});
