// Paint first, commit after, on real IndexedDB: a tag, a relabel and a deletion are announced on
// the feed before their write starts, and a write that fails is taken back and reported.
import { describe, expect, it } from 'vitest';
import { CodePointIndex } from '../../../shared/code-points';
import type { FeedEvent } from '../db/annotation-feed';
import { getAnnotation } from '../db/annotation-repository';
import { testDatabase } from '../db/test-database';
import { DOC_A, testArticle, testSet } from '../db/test-records';
import { AnnotationActions } from './annotation-actions';
import { SaveTracker } from './save-state';
import { UndoStore } from './undo-store';

const TEXT = 'The 139 people died.';

async function setUp() {
  const db = testDatabase();
  await db.sets.bulkAdd([testSet('mine', 'mine'), testSet('theirs', 'imported')]);
  await db.documents.add(testArticle(DOC_A, TEXT));
  const events: FeedEvent[] = [];
  db.feed.subscribe((event) => events.push(event));
  const saves = new SaveTracker();
  return { db, events, saves, actions: new AnnotationActions(db, new UndoStore(), saves) };
}

const request = (setId: string) => ({ setId, documentId: DOC_A, codePoints: CodePointIndex.of(TEXT), start: 8, end: 14, label: 'claim' as const, exact: false });

describe('AnnotationActions, paint first', () => {
  it('shows a tag before its write, then settles it once stored', async () => {
    const { db, events, actions } = await setUp();
    const made = actions.tag(request('mine'));
    expect(events.map((e) => e.type)).toEqual(['proposed']);
    await made?.written;
    expect(events.map((e) => e.type)).toEqual(['proposed', 'committed', 'settled']);
    expect(await getAnnotation(db, 'mine', made?.annotation.id ?? '')).toEqual(made?.annotation);
  });

  it('takes a tag back when its write fails, and the save state says why', async () => {
    const { db, events, actions, saves } = await setUp();
    const made = actions.tag(request('theirs'));
    await expect(made?.written).rejects.toThrow('This set is read-only.');
    expect(events.map((e) => e.type)).toEqual(['proposed', 'withdrawn']);
    expect(saves.getSnapshot().state).toBe('failed');
    expect(await db.annotations.count()).toBe(0);
  });

  it('shows a relabel and a deletion before their writes', async () => {
    const { events, actions } = await setUp();
    const made = actions.tag(request('mine'));
    await made?.written;
    const tagged = made?.annotation;
    if (!tagged) throw new Error('nothing tagged');
    events.length = 0;
    const relabelled = actions.relabel(tagged, 'disputed');
    const shown = events[0];
    expect(shown?.type === 'proposed' && shown.changes.puts[0]?.label).toBe('disputed');
    await relabelled;
    events.length = 0;
    const removed = actions.remove(tagged);
    expect(events[0]?.type === 'proposed' && events[0].changes.deletes).toEqual([['mine', tagged.id]]);
    await removed;
    expect(events.map((e) => e.type)).toEqual(['proposed', 'committed', 'settled']);
  });
});
