// A live view misses no change: what the feed announces while the view is read is applied after
// the read, and after its last listener leaves it follows the feed no more (no DOM needed).
import { describe, expect, it, vi } from 'vitest';
import { AnnotationFeed, type FeedEvent } from './annotation-feed';
import { LiveView } from './live-view';
import { testAnnotation } from './test-records';

const ids = (state: string[], event: FeedEvent): string[] =>
  event.type === 'committed' ? [...state, ...event.changes.puts.map((a) => a.id)] : state;

describe('LiveView', () => {
  it('applies the changes announced while it was read, once read', async () => {
    const feed = new AnnotationFeed();
    let finish: (value: string[]) => void = () => undefined;
    const view = new LiveView(feed, () => new Promise<string[]>((resolve) => (finish = resolve)), ids);
    let notified = 0;
    const leave = view.subscribe(() => notified++);
    feed.committed({ puts: [testAnnotation('mine', 'during')], deletes: [] });
    expect(view.getSnapshot()).toBeNull();
    finish(['read']);
    await expect.poll(() => view.getSnapshot()).toEqual(['read', 'during']);
    feed.committed({ puts: [testAnnotation('mine', 'after')], deletes: [] });
    expect(view.getSnapshot()).toEqual(['read', 'during', 'after']);
    expect(notified).toBe(2);
    leave();
    feed.committed({ puts: [testAnnotation('mine', 'gone')], deletes: [] });
    expect(notified).toBe(2);
  });

  it('reads once the page is idle when asked to, and shows what the read threw', async () => {
    const feed = new AnnotationFeed();
    let reads = 0;
    const view = new LiveView(
      feed,
      () => {
        reads++;
        return Promise.reject(new Error('the database is closed'));
      },
      ids,
      true,
    );
    view.subscribe(() => undefined);
    expect(reads).toBe(0);
    await expect.poll(() => reads).toBe(1);
    await vi.waitFor(() => expect(view.getSnapshot).toThrow('the database is closed'));
  });
});
