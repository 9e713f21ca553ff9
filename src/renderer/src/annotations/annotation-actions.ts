// What a user can do to annotations — tag a selection, relabel, edit a note, delete — each
// one storage transaction, tracked by the "Saved" indicator and recorded for undo/redo in the
// history of the annotation's article.
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

  /** Tags a selection; null when it holds nothing but whitespace. */
  async tag(request: TagRequest): Promise<Annotation | null> {
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
    await this.saves.track(addAnnotation(this.db, annotation));
    this.history.push(articleHistory(annotation.document), {
      label: `Tag as ${labelById(request.label).name}`,
      target: targetOf(annotation),
      undo: () => this.saves.track(deleteAnnotation(this.db, annotation.setId, annotation.id)).then(() => undefined),
      redo: () => this.saves.track(putAnnotation(this.db, annotation)),
    });
    return annotation;
  }

  relabel(target: AnnotationRef, label: LabelId): Promise<void> {
    return this.modify(target, (a) => withLabel(a, label, new Date()), `Change label to ${labelById(label).name}`);
  }

  setNote(target: AnnotationRef, note: string): Promise<void> {
    return this.modify(target, (a) => withNote(a, normalizeNote(note), new Date()), 'Edit note');
  }

  async remove(annotation: Annotation): Promise<void> {
    const removed = await this.saves.track(deleteAnnotation(this.db, annotation.setId, annotation.id));
    if (!removed) return;
    this.history.push(articleHistory(removed.document), {
      label: `Delete ${labelById(removed.label).name}`,
      target: targetOf(removed),
      undo: () => this.saves.track(putAnnotation(this.db, removed)),
      redo: () => this.saves.track(deleteAnnotation(this.db, removed.setId, removed.id)).then(() => undefined),
    });
  }

  /** Changes the stored record (read and written in one transaction, so edits never race). */
  private async modify(target: AnnotationRef, change: (a: Annotation) => Annotation, label: string): Promise<void> {
    const result = await this.saves.track(modifyAnnotation(this.db, target.setId, target.id, change));
    if (!result || result.before === result.after) return;
    const { before, after } = result;
    this.history.push(articleHistory(after.document), {
      label,
      target: targetOf(after),
      undo: () => this.saves.track(putAnnotation(this.db, before)),
      redo: () => this.saves.track(putAnnotation(this.db, after)),
    });
  }
}

function targetOf(annotation: Annotation): UndoTarget {
  return { key: annotationKey(annotation), start: annotation.start, end: annotation.end, quote: annotation.exact };
}
