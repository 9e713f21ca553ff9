// A labelled span, as agreement and the review compare them, and the key that says two are the
// same place: same start, end and label.
import type { LabelId } from './labels';

/** Code-point offsets (end exclusive) and a label. */
export interface LabeledSpan {
  start: number;
  end: number;
  label: LabelId;
}

/** Equal for two spans exactly when they have the same start, end and label. */
export const labeledSpanKey = (span: LabeledSpan): string => `${span.start}:${span.end}:${span.label}`;
