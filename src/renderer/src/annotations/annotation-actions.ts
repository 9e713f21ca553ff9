// What a user can do to annotations — tag a selection, relabel, edit a note, delete — each
// one storage transaction, tracked by the "Saved" indicator and recorded for undo/redo in the
// history of the annotation's article. A tag, a relabel and a deletion are shown before they are
// written (proposed on the database's feed) and taken back if the write fails.
import type { Annotation } from '../../../shared/annotation';
import { newAnnotation, normalizeNote, withLabel, withNote } from '../../../shared/annotation-factory';
import { labelById, type LabelId } from '../../../shared/labels';
import type { CodePointIndex } from '../../../shared/code-points';
import { snapSelection } from '../../../shared/selection-snapping';
import { TextPositionAnchor, selectorFor } from '../../../shared/text-selector';
import { addAnnotation, deleteAnnotation, modifyAnnotation, putAnnotation } from '../db/annotation-repository';
import type { Storage } from '../db/storage';
import { annotationKey } from '../reader/anchor';
import type { SaveTracker } from './save-state';
import { articleHistory, type UndoTarget } from './undo-history';
import type { UndoStore } from './undo-store';

/** Names an annotation: ids are unique within a set. */
export interface AnnotationRef {
  setId: string;
  id: string;
}

export interface TagRequest {
  setId: string;
  documentId: string;
  codePoints: CodePointIndex;
  start: number;
  end: number;
  label: LabelId;
  /** Keep the selection exactly as made (Alt held): no trimming, no snapping to words. */
  exact: boolean;
}

export class AnnotationActions {
  constructor(
    private readonly db: Storage,
    private readonly history: UndoStore,
    private readonly saves: SaveTracker,
  ) {}

  /**
   * Tags a selection: the annotation, shown at once, and its write; null when the selection holds
   * nothing but whitespace.
   */
  tag(request: TagRequest): { annotation: Annotation; written: Promise<void> } | null {
    const { codePoints } = request;
    const range = snapSelection(codePoints, request.start, request.end, { exact: request.exact });
    if (!range) return null;
    const annotation = newAnnotation({
      setId: request.setId,
      document: request.documentId,
      label: request.label,
      selector: selectorFor(TextPositionAnchor.fromSelector(codePoints, range)),
      now: new Date(),
    });
    const write = this.db.feed.while({ puts: [annotation], deletes: [] }, () => addAnnotation(this.db, annotation));
    const written = this.history.afterWrite(this.saves.track(write), () =>
      this.history.push(articleHistory(annotation.document), {
        label: `Tag as ${labelById(request.label).name}`,
        target: targetOf(annotation),
        undo: () => this.saves.track(deleteAnnotation(this.db, annotation.setId, annotation.id)).then(() => undefined),
        redo: () => this.saves.track(putAnnotation(this.db, annotation)),
      }),
    );
    return { annotation, written };
  }

  /** Relabels; given the whole annotation as shown, the new label shows before it is written. */
  relabel(target: AnnotationRef | Annotation, label: LabelId): Promise<void> {
    const now = new Date();
    const shown = 'label' in target && target.label !== label ? [withLabel(target, label, now)] : [];
    return this.modify(target, (a) => withLabel(a, label, now), `Change label to ${labelById(label).name}`, shown);
  }

  setNote(target: AnnotationRef, note: string): Promise<void> {
    return this.modify(target, (a) => withNote(a, normalizeNote(note), new Date()), 'Edit note');
  }

  async remove(annotation: Annotation): Promise<void> {
    const key = [annotation.setId, annotation.id] as const;
    const write = this.db.feed.while({ puts: [], deletes: [key] }, () => deleteAnnotation(this.db, annotation.setId, annotation.id));
    await this.history.afterWrite(this.saves.track(write), (removed) => {
      if (!removed) return;
      this.history.push(articleHistory(removed.document), {
        label: `Delete ${labelById(removed.label).name}`,
        target: targetOf(removed),
        undo: () => this.saves.track(putAnnotation(this.db, removed)),
        redo: () => this.saves.track(deleteAnnotation(this.db, removed.setId, removed.id)).then(() => undefined),
      });
    });
  }

  /** Changes the stored record (read and written in one transaction, so edits never race). */
  private async modify(target: AnnotationRef, change: (a: Annotation) => Annotation, label: string, shown: Annotation[] = []): Promise<void> {
    const write = () => modifyAnnotation(this.db, target.setId, target.id, change);
    const written = this.saves.track(shown.length > 0 ? this.db.feed.while({ puts: shown, deletes: [] }, write) : write());
    await this.history.afterWrite(written, (result) => {
      if (!result || result.before === result.after) return;
      const { before, after } = result;
      this.history.push(articleHistory(after.document), {
        label,
        target: targetOf(after),
        undo: () => this.saves.track(putAnnotation(this.db, before)),
        redo: () => this.saves.track(putAnnotation(this.db, after)),
      });
    });
  }
}

function targetOf(annotation: Annotation): UndoTarget {
  return { key: annotationKey(annotation), start: annotation.start, end: annotation.end, quote: annotation.exact };
}
