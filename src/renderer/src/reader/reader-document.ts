// Builds the reader's ProseMirror document from an article's text, line for line, so the
// positions agree with DocumentPositions.
import type { Node } from 'prosemirror-model';
import type { DocumentPositions } from './document-positions';
import { readerSchema } from './reader-schema';

export function createReaderDocument(map: DocumentPositions): Node {
  const { paragraph } = readerSchema.nodes;
  const paragraphs = map.lines.map((line) =>
    paragraph.create(null, line === '' ? null : readerSchema.text(line)),
  );
  return readerSchema.node('doc', null, paragraphs);
}
