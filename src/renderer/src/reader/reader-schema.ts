// The reader's ProseMirror schema: a document is a list of paragraphs, one per line of
// the article's text, holding plain text only (no marks: highlights are painted apart).
import { Schema } from 'prosemirror-model';

export const readerSchema = new Schema({
  nodes: {
    doc: { content: 'paragraph*' },
    paragraph: {
      content: 'text*',
      parseDOM: [{ tag: 'p' }],
      toDOM: () => ['p', 0],
    },
    text: {},
  },
  marks: {},
});
