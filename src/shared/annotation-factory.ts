// The one place annotations are made — tagged, read from a file, placed, orphaned — and edited, so
// ids, timestamps and field order are the same everywhere; edits return new objects (or the same
// one when nothing changes).
import type { Annotation, Provenance } from './annotation';
import { codePointLength } from './code-points';
import type { LabelId } from './labels';
import type { TextSelector } from './text-selector';

const WHITE_SPACE = /^\p{White_Space}$/u;

export interface NewAnnotationInput {
  setId: string;
  document: string;
  label: LabelId;
  selector: TextSelector;
  /** Stored as given (run it through normalizeNote first); '' when omitted. */
  note?: string;
  now: Date;
  /** A fresh random UUID when omitted. */
  id?: string;
  /** Only in a reviewed set: where the span came from. */
  provenance?: Provenance;
}

/**
 * A new annotation created at `now`. Throws a RangeError when the selector's range is not
 * 0 ≤ start < end or its `exact` is not end − start code points long, or `now` is invalid.
 */
export function newAnnotation(input: NewAnnotationInput): Annotation {
  const { start, end, exact, prefix, suffix } = input.selector;
  const validRange = Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end;
  if (!validRange || codePointLength(exact) !== end - start) {
    const expected = 'expected 0 ≤ start < end and an exact text of end − start code points';
    throw new RangeError(`The selector ${start}–${end} is not valid: ${expected}`);
  }
  const timestamp = input.now.toISOString();
  return {
    id: input.id ?? crypto.randomUUID(),
    setId: input.setId,
    document: input.document,
    label: input.label,
    start,
    end,
    exact,
    prefix,
    suffix,
    note: input.note ?? '',
    created: timestamp,
    modified: timestamp,
    ...(input.provenance === undefined ? {} : { provenance: input.provenance }),
  };
}

/** An annotation as a file holds it: everything but the set it belongs to and the orphan flag. */
export type RecordedAnnotation = Omit<Annotation, 'setId' | 'orphan'>;

/** An annotation's file fields in the file format's order; `provenance` only when it has one. */
export function annotationRecord(a: RecordedAnnotation): RecordedAnnotation {
  const record: RecordedAnnotation = {
    id: a.id,
    document: a.document,
    label: a.label,
    start: a.start,
    end: a.end,
    exact: a.exact,
    prefix: a.prefix,
    suffix: a.suffix,
    note: a.note,
    created: a.created,
    modified: a.modified,
  };
  if (a.provenance !== undefined) record.provenance = a.provenance;
  return record;
}

/**
 * A file's annotation as a member of set `setId`. Its selector is kept as written, whether or not
 * it fits a text: placedAt or orphaned says where it goes.
 */
export function annotationInSet(record: RecordedAnnotation, setId: string): Annotation {
  const { id, ...fields } = annotationRecord(record);
  return { id, setId, ...fields };
}

/** `a` placed in `document` at `selector` (re-anchored): no longer an orphan; nothing else changes. */
export function placedAt(a: Annotation, document: string, selector: TextSelector): Annotation {
  const { orphan: _orphan, ...rest } = a;
  const { start, end, exact, prefix, suffix } = selector;
  return { ...rest, document, start, end, exact, prefix, suffix };
}

/** `a` kept as an orphan (no text places it): its document, offsets and quote as they were. */
export function orphaned(a: Annotation): Annotation {
  return a.orphan === 1 ? a : { ...a, orphan: 1 };
}

/** `a` relabelled at `now`, or `a` itself when it already has that label. */
export function withLabel(a: Annotation, label: LabelId, now: Date): Annotation {
  return a.label === label ? a : { ...a, label, modified: now.toISOString() };
}

/** `a` with its note replaced at `now` (stored as given), or `a` itself when it is unchanged. */
export function withNote(a: Annotation, note: string, now: Date): Annotation {
  return a.note === note ? a : { ...a, note, modified: now.toISOString() };
}

/**
 * A note as stored: CRLF and lone CR turned into LF and whitespace at the very end removed;
 * nothing else changes (notes are plain text, so no HTML is parsed, stripped or escaped).
 */
export function normalizeNote(note: string): string {
  const unified = note.replace(/\r\n?/g, '\n');
  let end = unified.length;
  while (end > 0 && WHITE_SPACE.test(unified.charAt(end - 1))) end--;
  return unified.slice(0, end);
}
