// The reviewer's decisions — accept A, accept B, accept both, reject both, edit — each one
// transaction on the reviewed set, tracked by the "Saved" indicator and undoable.
import type { Annotation } from '../../../shared/annotation';
import { labelById, type LabelId } from '../../../shared/labels';
import type { CodePointIndex } from '../../../shared/code-points';
import { TextPositionAnchor, selectorFor } from '../../../shared/text-selector';
import { reviewHistory } from '../annotations/undo-history';
import type { UndoStore } from '../annotations/undo-store';
import type { SaveTracker } from '../annotations/save-state';
import type { Decision, DecisionKind, Review, VeritagDatabase } from '../db/database';
import { recordDecision, restoreDecision } from '../db/review-repository';
import { decidedAnnotations, type ReviewGroup } from './review-model';

export const DECISION_NAMES: Record<DecisionKind, string> = {
  'accept-a': 'Accept A',
  'accept-b': 'Accept B',
  'accept-both': 'Accept both',
  'reject-both': 'Reject both',
  edited: 'Edited',
};

/** The span the reviewer makes instead (edit): a range of the text and a label. */
export interface EditedSpan {
  start: number;
  end: number;
  label: LabelId;
}

export class ReviewActions {
  constructor(
    private readonly db: VeritagDatabase,
    private readonly history: UndoStore,
    private readonly saves: SaveTracker,
  ) {}

  decide(review: Review, group: ReviewGroup, kind: Exclude<DecisionKind, 'edited'>): Promise<void> {
    const now = new Date();
    return this.record(review, group, kind, decidedAnnotations(group, kind, review.reviewedSetId, now), now);
  }

  /** Replaces the group by one span of the reviewer's making (boundaries and label). */
  edit(review: Review, group: ReviewGroup, span: EditedSpan, codePoints: CodePointIndex): Promise<void> {
    const now = new Date();
    const stamp = now.toISOString();
    const source = group.a[0] ?? group.b[0];
    const notes = [...new Set([...group.a, ...group.b].map((x) => x.note).filter((n) => n !== ''))];
    const annotation: Annotation = {
      id: crypto.randomUUID(),
      setId: review.reviewedSetId,
      document: group.document,
      label: span.label,
      ...selectorFor(TextPositionAnchor.fromSelector(codePoints, span)),
      note: notes.join('\n\n'),
      created: source?.created ?? stamp,
      modified: stamp,
      provenance: 'edited',
    };
    return this.record(review, group, 'edited', [annotation], now);
  }

  private async record(review: Review, group: ReviewGroup, kind: DecisionKind, annotations: Annotation[], now: Date): Promise<void> {
    const decision: Decision = {
      reviewId: review.id,
      group: group.key,
      document: group.document,
      start: group.start,
      end: group.end,
      decision: kind,
      decidedAt: now.toISOString(),
      annotationIds: annotations.map((a) => a.id),
    };
    const before = await this.saves.track(recordDecision(this.db, review, decision, group.key, annotations, now));
    const label = kind === 'edited' ? `Edit to ${labelById(annotations[0]?.label ?? 'claim').name}` : DECISION_NAMES[kind];
    this.history.push(reviewHistory(review.id), {
      label,
      target: { key: group.key, start: group.start, end: group.end, quote: group.a[0]?.exact ?? group.b[0]?.exact ?? '' },
      undo: () => this.saves.track(restoreDecision(this.db, review, group.key, before)).then(() => undefined),
      redo: () => this.saves.track(recordDecision(this.db, review, decision, group.key, annotations, now)).then(() => undefined),
    });
  }
}
