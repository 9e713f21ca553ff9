// The one place annotations are created and edited, so ids, timestamps and field order are the
// same everywhere; edits return new objects (or the same one when nothing changes).
import type { Annotation, TextQuoteSelector } from './annotation';
import { codePointLength } from './code-points';
import type { LabelId } from './labels';

const WHITE_SPACE = /^\p{White_Space}$/u;

export interface NewAnnotationInput {
  setId: string;
  document: string;
  label: LabelId;
  selector: TextQuoteSelector;
  /** Stored as given (run it through normalizeNote first); '' when omitted. */
  note?: string;
  now: Date;
  /** A fresh random UUID when omitted. */
  id?: string;
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
  };
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
