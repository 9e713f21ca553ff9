// The layer's one interval index over a spans map, in text order (ties by label, then key). A map
// made by changing a few spans of an indexed one gets its index by merging in those few, not by
// sorting all 20,000 again: after a tag, the next scroll or click pays O(n) with a small constant.
import { compareOrdinal } from '../../../shared/ordinal';
import { SpanIndex } from '../../../shared/span-index';
import type { HighlightSpan, HighlightSpans as Spans } from './highlight-span';

export interface IndexEntry {
  readonly start: number;
  readonly end: number;
  readonly span: Readonly<HighlightSpan>;
}

/** Spans with the same start and end: by label, then key. */
const ties = (a: IndexEntry, b: IndexEntry): number =>
  compareOrdinal(a.span.label, b.span.label) || compareOrdinal(a.span.key, b.span.key);

/** Past this many changed keys since the last index, building anew is as quick as merging. */
const MERGE_LIMIT = 4096;

/** Built on the first lookup of a spans map, then kept as long as that map lives. */
const indexes = new WeakMap<Spans, SpanIndex<IndexEntry>>();
/** For a map not indexed yet: the last map before it that was, and the keys changed since. */
const pending = new WeakMap<Spans, { readonly base: Spans; readonly keys: ReadonlySet<string> }>();
/** One entry per span object (spans are frozen), shared by every index that holds it. */
const entries = new WeakMap<Readonly<HighlightSpan>, IndexEntry>();

export function entryOf(span: Readonly<HighlightSpan>): IndexEntry {
  let entry = entries.get(span);
  if (!entry) {
    entry = { start: span.from, end: span.to, span };
    entries.set(span, entry);
  }
  return entry;
}

/**
 * Notes that `spans` is `base` with the spans under `keys` added, replaced or removed, so its index
 * can be merged from base's. Holds at most one older map (the last one indexed) until then.
 */
export function noteChange(spans: Spans, base: Spans, keys: ReadonlySet<string>): void {
  const before = indexes.has(base) ? { base, keys: new Set<string>() } : pending.get(base);
  if (!before || before.keys.size + keys.size > MERGE_LIMIT) return;
  pending.set(spans, { base: before.base, keys: new Set([...before.keys, ...keys]) });
}

/** Whether `spans` has its index, or can have it by merging a few changes in. */
export function indexReady(spans: Spans): boolean {
  const change = pending.get(spans);
  return indexes.has(spans) || (change !== undefined && indexes.has(change.base));
}

/** The index of `spans`: kept, merged from an earlier map's index by the changes noted, or built. */
export function indexOf(spans: Spans): SpanIndex<IndexEntry> {
  let index = indexes.get(spans);
  if (index) return index;
  const change = pending.get(spans);
  const base = change && indexes.get(change.base);
  if (change && base) {
    const removed = new Set<IndexEntry>();
    const added: IndexEntry[] = [];
    for (const key of change.keys) {
      const old = change.base.get(key);
      const now = spans.get(key);
      if (old === now) continue;
      if (old) removed.add(entryOf(old));
      if (now) added.push(entryOf(now));
    }
    index = base.with(removed, added, ties);
  } else {
    index = SpanIndex.from(Array.from(spans.values(), entryOf), ties);
  }
  pending.delete(spans);
  indexes.set(spans, index);
  return index;
}
