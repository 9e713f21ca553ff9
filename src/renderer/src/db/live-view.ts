// A view of stored data that is read once and then kept up to date by the annotation feed's deltas,
// as an external store for useSyncExternalStore: events that come while it is read are queued and
// applied after (applying a change the read already saw changes nothing), so none is missed.
import type { AnnotationFeed, FeedEvent } from './annotation-feed';

export class LiveView<S> {
  private state: S | null = null;
  private failure: { error: unknown } | null = null;
  private readonly listeners = new Set<() => void>();
  private stop: (() => void) | null = null;

  constructor(
    private readonly feed: AnnotationFeed,
    private readonly load: () => Promise<S>,
    private readonly reduce: (state: S, event: FeedEvent) => S,
    /** Read only once the page is idle (or after a second at most): for views that can wait for the reader. */
    private readonly whenIdle = false,
  ) {}

  /** Starts reading with the first listener, and stops following the feed after the last. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    if (this.listeners.size === 1) this.start();
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) this.stop?.();
    };
  };

  /** The state; null while it is read. Throws what the read threw (for the error boundary). */
  getSnapshot = (): S | null => {
    if (this.failure) throw this.failure.error;
    return this.state;
  };

  private start(): void {
    let queued: FeedEvent[] | null = [];
    let live = true;
    const unsubscribe = this.feed.subscribe((event) => {
      if (queued) queued.push(event);
      else if (this.state !== null) this.set(this.reduce(this.state, event));
    });
    const read = (): void => {
      this.load().then(
        (loaded) => {
          if (!live) return;
          const waiting = queued ?? [];
          queued = null;
          this.set(waiting.reduce(this.reduce, loaded));
        },
        (error: unknown) => {
          if (!live) return;
          this.failure = { error };
          this.notify();
        },
      );
    };
    const idle = this.whenIdle ? requestIdleCallback(read, { timeout: 1_000 }) : null;
    if (idle === null) read();
    this.stop = () => {
      live = false;
      if (idle !== null) cancelIdleCallback(idle);
      unsubscribe();
      this.stop = null;
      this.state = null;
    };
  }

  private set(state: S): void {
    if (state === this.state) return;
    this.state = state;
    this.notify();
  }

  private notify(): void {
    for (const listener of [...this.listeners]) listener();
  }
}
