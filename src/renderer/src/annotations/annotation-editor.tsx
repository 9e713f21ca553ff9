// Editing the selected annotation: its label, a multi-line plain-text note, deletion.
// Notes save after a pause in typing, when the field loses focus, and on Escape (back to the reader).
import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import type { Annotation } from '../../../shared/annotation';
import { LONG_RUN, hasLongRun } from '../../../shared/bounded-text';
import { LABELS, labelById, type LabelId } from '../../../shared/labels';
import { LongQuote } from './long-quote';

interface AnnotationEditorProps {
  annotation: Annotation;
  readOnly: boolean;
  /** The set's name when it is not the user's own (shown, with "read-only"). */
  setName: string | null;
  /** The note field, for the reader to move focus into it (Enter). */
  noteRef: RefObject<HTMLTextAreaElement | null>;
  onRelabel: (label: LabelId) => void;
  onNote: (note: string) => void;
  onDelete: () => void;
  /** Escape in the note: focus goes back to the reader, the annotation stays selected. */
  onLeaveNote: () => void;
  onClose: () => void;
}

const NOTE_PAUSE_MS = 700;

export function AnnotationEditor(props: AnnotationEditorProps) {
  const { annotation, readOnly, setName, noteRef } = props;
  const [draft, setDraft] = useState(annotation.note);
  const unbroken = useUnbrokenLayout(noteRef, draft);
  const timer = useRef<number | undefined>(undefined);
  const latest = useRef(props);
  useLayoutEffect(() => {
    latest.current = props;
  });

  // What this editor last saved: a stored note that differs came from elsewhere (undo, redo).
  const committed = useRef(annotation.note);
  const pending = useRef<string | null>(null);
  useEffect(() => {
    if (annotation.note === committed.current) return;
    committed.current = annotation.note;
    setDraft(annotation.note);
  }, [annotation.note]);

  const commit = (value: string) => {
    window.clearTimeout(timer.current);
    timer.current = undefined;
    pending.current = null;
    if (value === committed.current) return;
    committed.current = value;
    latest.current.onNote(value);
  };
  // Leaving the annotation (the editor unmounts) saves what was typed since the last pause.
  useEffect(
    () => () => {
      if (pending.current !== null) commit(pending.current);
    },
    [], // commit reads refs only

  );

  const label = labelById(annotation.label);
  return (
    <section className="annotation-editor" aria-label="Selected annotation">
      <header className="editor-header">
        <span className={`label-chip label-${label.id}`}>{label.name}</span>
        {setName && <span className="item-set">{setName}{readOnly ? ' · read-only' : ''}</span>}
        <button type="button" className="icon-button" aria-label="Close" title="Close (Escape)" onClick={props.onClose}>
          ×
        </button>
      </header>
      <blockquote className="editor-quote">
        <LongQuote text={annotation.exact} marked={false} />
      </blockquote>
      <p className="editor-offsets muted">
        {annotation.start}–{annotation.end}
      </p>
      <div role="radiogroup" aria-label="Label" className="label-choices">
        {LABELS.map((choice) => (
          <label key={choice.id} className={`label-choice label-${choice.id}`}>
            <input
              type="radio"
              name="annotation-label"
              value={choice.id}
              checked={annotation.label === choice.id}
              disabled={readOnly}
              onChange={() => props.onRelabel(choice.id)}
            />
            <span>{choice.name}</span>
            <kbd aria-hidden="true">{choice.key}</kbd>
          </label>
        ))}
      </div>
      <label className="note-field">
        <span>Note</span>
        <textarea
          ref={noteRef}
          className={unbroken ? 'unbroken' : undefined}
          value={draft}
          readOnly={readOnly}
          rows={4}
          placeholder={readOnly ? '' : 'Source, context, what to check…'}
          onChange={(event) => {
            const value = event.currentTarget.value;
            setDraft(value);
            pending.current = value;
            window.clearTimeout(timer.current);
            timer.current = window.setTimeout(() => commit(value), NOTE_PAUSE_MS);
          }}
          onBlur={(event) => commit(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              commit(event.currentTarget.value);
              props.onLeaveNote();
            }
          }}
        />
      </label>
      {!readOnly && (
        <div className="editor-actions">
          <button type="button" className="danger-outline" onClick={props.onDelete}>
            Delete annotation
          </button>
        </div>
      )}
    </section>
  );
}

/**
 * Whether the note lays out its long runs without spaces on one line (scrolling) rather than
 * breaking them, which takes seconds for 40,000 joined letters. Decided from the draft, and for
 * a paste, a drop or a typed insertion before the text is in the field: laid out broken even
 * once, it would freeze the window.
 */
function useUnbrokenLayout(field: RefObject<HTMLTextAreaElement | null>, draft: string): boolean {
  const [inserting, setInserting] = useState(false);
  useEffect(() => {
    const element = field.current;
    if (!element) return;
    const before = (event: InputEvent) => {
      const inserted = event.data ?? event.dataTransfer?.getData('text/plain') ?? '';
      if (hasLongRun(inserted, LONG_RUN)) flushSync(() => setInserting(true));
    };
    // Once the text is in, the draft decides.
    const after = () => setInserting(false);
    element.addEventListener('beforeinput', before);
    element.addEventListener('input', after);
    return () => {
      element.removeEventListener('beforeinput', before);
      element.removeEventListener('input', after);
    };
  }, [field]);
  return inserting || hasLongRun(draft, LONG_RUN);
}
