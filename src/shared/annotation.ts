// The annotation model shared by the app, the file format and the command line: a labelled
// span of a document (code-point offsets plus the quote that re-anchors it) and the set it belongs to.
import type { LabelId } from './labels';
import type { TextSelector } from './text-selector';

/** Who made a set. */
interface Annotator {
  id: string;
  name: string;
}

/** mine: the user's own (editable); imported: a colleague's (read-only); reviewed: adjudicated. */
export type SetKind = 'mine' | 'imported' | 'reviewed';

export interface AnnotationSet {
  id: string;
  name: string;
  annotator: Annotator;
  kind: SetKind;
  /** RFC 3339 timestamps. */
  created: string;
  modified: string;
}

/** An annotation's place: code-point offsets and its quote with 32 code points of context. */
export interface Annotation extends TextSelector {
  /** Unique within its set (not across sets). */
  id: string;
  setId: string;
  /** The document id, `sha256:<hex>`. */
  document: string;
  label: LabelId;
  /** Plain text, never HTML; possibly empty. */
  note: string;
  created: string;
  modified: string;
  /**
   * Set when the annotation has no place in a local text: on import (its article is not in the
   * library, or its quote was not found) and when its article is removed. It keeps the file's
   * offsets and quote, and is placed again when the article is added.
   * The number 1, not `true`, so that IndexedDB can index it (it cannot index booleans).
   */
  orphan?: 1;
  /** In a reviewed set: which of the two reviewed sets the span came from, or edited by the reviewer. */
  provenance?: Provenance;
}

/** Where a reviewed annotation came from: set A, set B, both alike, or edited by the reviewer. */
export const PROVENANCES = ['A', 'B', 'both', 'edited'] as const;

export type Provenance = (typeof PROVENANCES)[number];
