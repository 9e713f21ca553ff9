// CSS.highlights is one registry for the whole page, and two reader views can show at once (the
// review screen): named Highlights are shared and ref-counted, and each lease adds and removes only its own ranges.

interface SharedHighlight {
  readonly highlight: Highlight;
  leases: number;
}

const shared = new Map<string, SharedHighlight>();

/** One user's share of a named, page-wide Highlight. */
export interface HighlightLease {
  readonly name: string;
  add: (range: AbstractRange) => void;
  delete: (range: AbstractRange) => void;
  /** Removes this lease's ranges; the Highlight leaves CSS.highlights with its last lease. */
  release: () => void;
}

/** Whether this page can paint custom highlights at all (it can in Electron and Chromium). */
export function customHighlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/**
 * A lease on the Highlight registered as `name` (created and registered on first use). A higher
 * `priority` paints above a lower one; leases on one name must agree on it.
 */
export function leaseHighlight(name: string, priority: number): HighlightLease {
  const entry = acquire(name, priority);
  const own = new Set<AbstractRange>();
  let released = false;
  return {
    name,
    add(range) {
      if (released || own.has(range)) return;
      own.add(range);
      entry.highlight.add(range);
    },
    delete(range) {
      if (own.delete(range)) entry.highlight.delete(range);
    },
    release() {
      if (released) return;
      released = true;
      for (const range of own) entry.highlight.delete(range);
      own.clear();
      entry.leases--;
      if (entry.leases === 0) {
        shared.delete(name);
        if (CSS.highlights.get(name) === entry.highlight) CSS.highlights.delete(name);
      }
    },
  };
}

function acquire(name: string, priority: number): SharedHighlight {
  let entry = shared.get(name);
  if (!entry) {
    const highlight = new Highlight();
    highlight.priority = priority;
    entry = { highlight, leases: 0 };
    shared.set(name, entry);
  }
  // Re-registers when something else cleared the page's registry meanwhile.
  if (CSS.highlights.get(name) !== entry.highlight) CSS.highlights.set(name, entry.highlight);
  entry.leases++;
  return entry;
}
