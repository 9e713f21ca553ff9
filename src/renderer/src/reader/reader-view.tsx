// The article reader: a ProseMirror view over an immutable document, fully selectable
// with mouse and keyboard, reporting its selection in code points.
import { useEffect, useMemo, useRef } from 'react';
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { OffsetMap } from '../../../shared/offset-map';
import type { TextSelection } from '../../../shared/selection-summary';
import { toTextSelection } from './anchor';
import { createReaderDocument } from './reader-document';
import { readOnly } from './read-only-plugin';

interface ReaderViewProps {
  text: string;
  label: string;
  onSelectionChange(selection: TextSelection | null): void;
}

export function ReaderView({ text, label, onSelectionChange }: ReaderViewProps) {
  const host = useRef<HTMLDivElement>(null);
  const map = useMemo(() => OffsetMap.fromText(text), [text]);
  const viewRef = useRef<EditorView | null>(null);
  const report = useRef(onSelectionChange);
  report.current = onSelectionChange;
  const attributes = useMemo(
    () => ({
      'aria-label': label,
      'aria-readonly': 'true',
      'aria-multiline': 'true',
      role: 'textbox',
      spellcheck: 'false',
      autocorrect: 'off',
      autocapitalize: 'off',
      class: 'reader-text',
    }),
    [label],
  );
  const attributesRef = useRef(attributes);
  attributesRef.current = attributes;

  useEffect(() => {
    const mount = host.current;
    if (!mount) return;
    const view: EditorView = new EditorView(mount, {
      state: EditorState.create({ doc: createReaderDocument(map), plugins: [readOnly()] }),
      attributes: attributesRef.current,
      dispatchTransaction(tr) {
        const state = view.state.apply(tr);
        view.updateState(state);
        if (tr.selectionSet) {
          report.current(toTextSelection(state.doc, map, { from: state.selection.from, to: state.selection.to }));
        }
      },
    });
    viewRef.current = view;
    report.current(null);
    return () => {
      viewRef.current = null;
      view.destroy();
    };
  }, [map]);

  useEffect(() => {
    viewRef.current?.setProps({ attributes });
  }, [attributes]);

  return <div ref={host} className="reader-host" />;
}
