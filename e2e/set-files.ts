// Set files as a colleague's tool would write them, for the journeys that import them: one
// document (its text, title and source as given) and Claims on a quote of it.
import { writeFile } from 'node:fs/promises';
import { CodePointIndex, codePointLength } from '../src/shared/code-points';
import { documentId } from '../src/shared/document-id';
import { TextPositionAnchor, selectorFor } from '../src/shared/text-selector';

export interface SetFileContents {
  set: { id: string; name: string; annotator: string };
  document: { text: string; title: string; source: string };
  /** The words the annotations quote (their first occurrence in the text). */
  quote: string;
  /** The annotations' note ('' when not given). */
  note?: string;
  /** How many annotations on the quote (1 when not given). */
  count?: number;
}

/** Writes the file at `path` and returns the path. */
export async function writeSetFile(path: string, { set, document, quote, note = '', count = 1 }: SetFileContents): Promise<string> {
  const { text } = document;
  const start = text.indexOf(quote);
  const selector = selectorFor(new TextPositionAnchor(CodePointIndex.of(text), start, start + quote.length));
  const stamp = '2026-11-22T09:58:01.000Z';
  const listed = { id: documentId(text), title: document.title, source: document.source, length: codePointLength(text) };
  const file = {
    format: 'veritag.annotation-set',
    version: 1,
    set: { id: set.id, name: set.name, annotator: { id: `${set.id}-annotator`, name: set.annotator } },
    exportedAt: stamp,
    documents: [listed],
    annotations: Array.from({ length: count }, (_, i) => ({ id: `${set.id}-${i + 1}`, document: listed.id, label: 'claim', ...selector, note, created: stamp, modified: stamp })),
  };
  await writeFile(path, JSON.stringify(file));
  return path;
}
