// The layer's spans by key, one immutable collection per state. A state that changes a few spans
// of 20,000 shares the rest with the one before (a small layer of changes over one flat map),
// so a tag costs the spans it changed, not a copy of them all.
import type { HighlightSpan, HighlightSpans } from './highlight-span';

type Span = Readonly<HighlightSpan>;

/** Layers of more changed keys than this are folded into one flat map. */
const MAX_LAYER = 256;

export const NO_SPANS: HighlightSpans = new Map<string, Span>();

/** `base` with each key of `changes` set to its span, or removed where it maps to null. */
export function withChanges(base: HighlightSpans, changes: ReadonlyMap<string, Span | null>): HighlightSpans {
  if (changes.size === 0) return base;
  const flat = base instanceof LayeredSpans ? base.flat : base;
  const layer = new Map(base instanceof LayeredSpans ? [...base.layer, ...changes] : changes);
  if (layer.size <= MAX_LAYER) return new LayeredSpans(flat, layer);
  const folded = new Map<string, Span>();
  for (const span of flat.values()) if (!layer.has(span.key)) folded.set(span.key, span);
  for (const [key, span] of layer) if (span) folded.set(key, span);
  return folded;
}

class LayeredSpans implements HighlightSpans {
  readonly size: number;

  constructor(
    readonly flat: HighlightSpans,
    readonly layer: ReadonlyMap<string, Span | null>,
  ) {
    let size = flat.size;
    for (const [key, span] of layer) size += (span ? 1 : 0) - (flat.has(key) ? 1 : 0);
    this.size = size;
  }

  get(key: string): Span | undefined {
    const span = this.layer.get(key);
    return span === undefined ? this.flat.get(key) : (span ?? undefined);
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  *keys(): Generator<string, undefined, unknown> {
    for (const span of this.values()) yield span.key;
  }

  *values(): Generator<Span, undefined, unknown> {
    for (const span of this.flat.values()) if (!this.layer.has(span.key)) yield span;
    for (const span of this.layer.values()) if (span) yield span;
  }
}
