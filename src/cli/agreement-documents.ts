// Which documents and spans `veritag agreement` compares, per agreement.md ("Which documents,
// which offsets"): every document either file lists, with the offsets written in the files.
import type { AgreementDocument } from '../shared/agreement';
import type { AnnotationSetFile, FileAnnotation } from '../shared/annotation-set-schema';
import { codePointLength } from '../shared/code-points';

export interface NamedSetFile {
  /** As the user typed it; names the file in messages. */
  path: string;
  file: AnnotationSetFile;
}

export interface ComparedDocument extends AgreementDocument {
  /** From A's listing, else B's. */
  title: string;
}

export type AgreementDocumentsResult =
  | { ok: true; documents: ComparedDocument[] }
  | { ok: false; errors: string[] };

/**
 * The union of both files' `documents` (a listed document without annotations counts), each with
 * the spans A and B put in it; an error for every document the two files give different lengths.
 */
export function agreementDocuments(a: NamedSetFile, b: NamedSetFile): AgreementDocumentsResult {
  const documents = new Map<string, ComparedDocument>();
  const errors: string[] = [];
  for (const listed of a.file.documents) {
    documents.set(listed.id, { id: listed.id, title: listed.title, length: listed.length, a: [], b: [] });
  }
  b.file.documents.forEach((listed, i) => {
    const known = documents.get(listed.id);
    if (known === undefined) {
      documents.set(listed.id, { id: listed.id, title: listed.title, length: listed.length, a: [], b: [] });
    } else if (known.length !== listed.length) {
      errors.push(
        `${b.path}: documents[${i}]: length: ${listed.length}, but ${a.path} gives ${known.length} for ` +
          `document ${listed.id}; the two files do not annotate the same text`,
      );
    }
  });
  if (errors.length > 0) return { ok: false, errors };
  addSpans(documents, a.file.annotations, 'a');
  addSpans(documents, b.file.annotations, 'b');
  return { ok: true, documents: [...documents.values()] };
}

/**
 * A warning for each annotation whose offsets do not span its quote's code points (counted in
 * UTF-16 by another tool, or from another edition): valid, but compared at the offsets written.
 */
export function offsetWarnings({ path, file }: NamedSetFile): string[] {
  return file.annotations.flatMap(({ id, start, end, exact }, i) => {
    const points = codePointLength(exact);
    return end - start === points
      ? []
      : [
          `warning: ${path}: annotations[${i}] (id ${id}): end - start is ${end - start}, but exact has ${points} code points; ` +
            'compared at the offsets written (importing the file into Veritag re-anchors it by its quote)',
        ];
  });
}

/** A valid file lists every document its annotations refer to, so each finds its document. */
function addSpans(
  documents: ReadonlyMap<string, ComparedDocument>,
  annotations: readonly FileAnnotation[],
  side: 'a' | 'b',
): void {
  const spans = new Map<string, Array<Pick<FileAnnotation, 'start' | 'end' | 'label'>>>();
  for (const { document, start, end, label } of annotations) {
    const list = spans.get(document) ?? [];
    list.push({ start, end, label });
    spans.set(document, list);
  }
  for (const [id, list] of spans) {
    const document = documents.get(id);
    if (document === undefined) throw new Error(`Annotations refer to document ${id}, which the file does not list`);
    document[side] = list;
  }
}
