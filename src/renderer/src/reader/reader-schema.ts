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
      // A paragraph with a very long run without spaces keeps it on its line (see LONG_RUN); one
      // shorter than the run has none, and is not scanned.
      toDOM: (node) => {
        const text = node.textContent;
        return ['p', text.length >= LONG_RUN && hasLongRun(text, LONG_RUN) ? { class: 'unbroken' } : {}, 0];
      },
    },
    text: {},
  },
  marks: {},
});
