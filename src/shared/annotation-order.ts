// The one order annotations are listed in: export files, the sidebar, the reviewed set.
import { compareOrdinal } from './ordinal';

/** The fields that decide an annotation's place in text order. */
export interface OrderedAnnotation {
  document?: string;
  start: number;
  end: number;
  label: string;
  id: string;
}

/**
 * The spec's export order, which is also the sidebar's text order: by document (when both have
 * one), start, end, label id, then id; strings compare ordinally, never by locale.
 */
export function compareAnnotations(a: OrderedAnnotation, b: OrderedAnnotation): number {
  if (a.document !== undefined && b.document !== undefined) {
    const byDocument = compareOrdinal(a.document, b.document);
    if (byDocument !== 0) return byDocument;
  }
  return (
    a.start - b.start ||
    a.end - b.end ||
    compareOrdinal(a.label, b.label) ||
    compareOrdinal(a.id, b.id)
  );
}
