// The highlight layer's data: what the plugin (highlight-layer.ts) keeps and its painter
// (highlight-painter.ts) draws. A leaf module, so the two need not import each other.
import type { LabelId } from '../../../shared/labels';

/** A labelled span at its resolved anchor (ProseMirror positions, from < to). */
export interface HighlightSpan {
  key: string;
  label: LabelId;
  from: number;
  to: number;
  /** Shown subdued, e.g. a colleague's read-only set. */
  muted?: boolean;
  /** Its stored quote no longer matches the text. */
  flagged?: boolean;
}

/** The layer's spans by key, read-only (a Map, or a few changes layered over one: highlight-spans.ts). */
export interface HighlightSpans {
  readonly size: number;
  get: (key: string) => Readonly<HighlightSpan> | undefined;
  has: (key: string) => boolean;
  keys: () => Iterable<string>;
  values: () => Iterable<Readonly<HighlightSpan>>;
}

/** What one state changed since the spans `base`: the keys added, replaced or removed. */
export interface HighlightDelta {
  readonly base: HighlightSpans;
  readonly keys: ReadonlySet<string>;
}

export interface HighlightState {
  readonly spans: HighlightSpans;
  readonly selected: string | null;
  /** The last flash asked for; `serial` grows with each, so flashing one span twice flashes twice. */
  readonly flash: { readonly key: string; readonly serial: number } | null;
  /** Lets painters update only what changed; null when anything may have (set, remapping). */
  readonly delta: HighlightDelta | null;
}
