// The reader's ProseMirror schema: a document is a list of paragraphs, one per line of
// the article's text, holding plain text only (no marks: highlights are painted apart).
import { Schema } from 'prosemirror-model';
import { LONG_RUN, hasLongRun } from '../../../shared/bounded-text';

export const readerSchema = new Schema({
  nodes: {
    doc: { content: 'paragraph*' },
    paragraph: {
      content: 'text*',
      parseDOM: [{ tag: 'p' }],
      // A paragraph with a very long run without spaces keeps it on its line (see LONG_RUN); its
      // length lets the stylesheet guess its height while it is off screen and not laid out.
      toDOM: (node) => {
        const text = node.textContent;
        const unbroken = text.length >= LONG_RUN && hasLongRun(text, LONG_RUN);
        return ['p', unbroken ? { class: 'unbroken', 'data-length': text.length } : { 'data-length': text.length }, 0];
      },
    },
    text: {},
  },
  marks: {},
});
