// The library's per-label progress by delta: counted once, then moved by each committed change
// (a relabel moves one count, a deletion takes one away, other sets and proposals change nothing).
import { describe, expect, it } from 'vitest';
import type { FeedEvent } from './annotation-feed';
import { emptyLabelCounts, loadedLabelCounts, reduceLabelCounts } from './label-count-state';
import { DOC_A, DOC_B, testAnnotation } from './test-records';

const commit = (puts: ReturnType<typeof testAnnotation>[], deletes: Array<readonly [string, string]> = []): FeedEvent => ({
  type: 'committed',
  changes: { puts, deletes },
});

describe('label counts by delta', () => {
  const loaded = loadedLabelCounts('mine', [
    testAnnotation('mine', '1'),
    testAnnotation('mine', '2'),
    testAnnotation('mine', '3', { label: 'disputed' }),
    testAnnotation('mine', '4', { document: DOC_B, label: 'casualty-figure' }),
    testAnnotation('theirs', '5', { label: 'attribution' }),
  ]);

  it('counts one set’s annotations by document and label', () => {
    expect([...loaded.counts.keys()].sort()).toEqual([DOC_A, DOC_B]);
    expect(loaded.counts.get(DOC_A)).toEqual({ ...emptyLabelCounts(), claim: 2, disputed: 1 });
    expect(loaded.counts.get(DOC_B)).toEqual({ ...emptyLabelCounts(), 'casualty-figure': 1 });
  });

  it('moves a relabelled annotation, drops a deleted one and a document left without any', () => {
    const next = reduceLabelCounts(loaded, commit([testAnnotation('mine', '1', { label: 'attribution' })], [['mine', '4']]));
    expect(next.counts.get(DOC_A)).toEqual({ ...emptyLabelCounts(), claim: 1, disputed: 1, attribution: 1 });
    expect(next.counts.has(DOC_B)).toBe(false);
    expect(loaded.counts.get(DOC_A)).toEqual({ ...emptyLabelCounts(), claim: 2, disputed: 1 });
  });

  it('keeps the same state for other sets, proposals, and a change that moves nothing', () => {
    expect(reduceLabelCounts(loaded, commit([testAnnotation('theirs', '9')]))).toBe(loaded);
    expect(reduceLabelCounts(loaded, { type: 'proposed', proposal: 1, changes: { puts: [testAnnotation('mine', '9')], deletes: [] } })).toBe(loaded);
    expect(reduceLabelCounts(loaded, commit([testAnnotation('mine', '2', { note: 'same place' })]))).toBe(loaded);
    expect(reduceLabelCounts(loaded, commit([], [['mine', 'never']]))).toBe(loaded);
  });
});
