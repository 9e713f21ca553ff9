// Builds the reader's ProseMirror document from an article's text, line for line, so the
// positions agree with the offset map of src/shared.
import type { Node } from 'prosemirror-model';
import type { OffsetMap } from '../../../shared/offset-map';
import { readerSchema } from './reader-schema';

export function createReaderDocument(map: OffsetMap): Node {
  const { paragraph } = readerSchema.nodes;
  if (!paragraph) throw new Error('reader schema has no paragraph node');
  const paragraphs = map.lines.map((line) =>
    paragraph.create(null, line === '' ? null : readerSchema.text(line)),
  );
  return readerSchema.node('doc', null, paragraphs);
}
