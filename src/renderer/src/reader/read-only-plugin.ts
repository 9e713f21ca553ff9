// Keeps the article text immutable while the view stays editable, so a caret exists and
// Shift+arrow selection works: every transaction that would change the document is dropped.
import { Plugin, PluginKey } from 'prosemirror-state';

const readOnlyKey = new PluginKey('veritag-read-only');

export function readOnly(): Plugin {
  return new Plugin({
    key: readOnlyKey,
    filterTransaction: (tr) => !tr.docChanged,
    props: {
      // Nothing is ever inserted: say so early, so the browser does not try either.
      handlePaste: () => true,
      handleDrop: () => false,
      handleTextInput: () => true,
    },
  });
}
