// The reviewer's actions — starting the review, accept A, accept B, accept both, reject both,
// edit, auto-accept on or off — each one transaction on the reviewed set, tracked by the "Saved"
// indicator; decisions are undoable.
import type { Annotation, AnnotationSet } from '../../../shared/annotation';
import { labelById } from '../../../shared/labels';
import type { CodePointIndex } from '../../../shared/code-points';
import type { SaveTracker } from '../annotations/save-state';
import { reviewHistory } from '../annotations/undo-history';
import type { UndoStore } from '../annotations/undo-store';
import type { Decision, DecisionKind, Review, Storage } from '../db/storage';
import {
  allReviewedAnnotations,
  applyAutoAccept,
  ensureReview,
  recordDecision,
  restoreDecision,
  reviewedAnnotations,
  type AutoAcceptance,
  type GroupDecision,
} from '../db/review-repository';
import { agreedAnnotation, decidedAnnotations, editedAnnotation, type AgreedSpan, type EditedSpan, type ReviewGroup, type Verdict } from './review-model';

export const DECISION_NAMES: Record<DecisionKind, string> = {
  'accept-a': 'Accept A',
  'accept-b': 'Accept B',
  'accept-both': 'Accept both',
  'reject-both': 'Reject both',
  edited: 'Edited',
};

/** An agreed span's automatic decision ("accept both") and the copy it puts into the reviewed set. */
export function autoAcceptance(review: Review, agreed: AgreedSpan, now: Date): AutoAcceptance {
  const annotation = agreedAnnotation(agreed.pair, review.reviewedSetId, now);
  const decision: Decision = {
    reviewId: review.id,
    group: agreed.key,
    document: agreed.document,
    start: agreed.pair.a.start,
    end: agreed.pair.a.end,
    decision: 'accept-both',
    decidedAt: now.toISOString(),
    annotationIds: [annotation.id],
    auto: true,
  };
  return { decision, annotation, group: agreed.group };
}

export class ReviewActions {
  constructor(
    private readonly db: Storage,
    private readonly history: UndoStore,
    private readonly saves: SaveTracker,
  ) {}

  /** The review of A against B; made, with its reviewed set, at the first decision. */
  begin(setA: AnnotationSet, setB: AnnotationSet, reviewer: { id: string; name: string }, autoAcceptAgreed: boolean): Promise<Review> {
    return ensureReview(this.db, setA, setB, reviewer, { autoAcceptAgreed });
  }

  /** Resolves, once stored, to the decision recorded. */
  decide(review: Review, group: ReviewGroup, verdict: Verdict): Promise<Decision> {
    const now = new Date();
    return this.record(review, group, verdict, decidedAnnotations(group, verdict, review.reviewedSetId, now), now);
  }

  /** Replaces the group by one span of the reviewer's making (boundaries and label) in the text `codePoints` indexes; resolves to the decision. */
  edit(review: Review, group: ReviewGroup, span: EditedSpan, codePoints: CodePointIndex): Promise<Decision> {
    const now = new Date();
    return this.record(review, group, 'edited', [editedAnnotation(group, span, codePoints, review.reviewedSetId, now)], now);
  }

  /** Switches auto-accept: on accepts the agreed spans not decided yet, off withdraws the automatic ones. */
  autoAccept(review: Review, on: boolean, agreed: readonly AgreedSpan[]): Promise<void> {
    const now = new Date();
    return this.saves.track(applyAutoAccept(this.db, review, on, on ? agreed.map((x) => autoAcceptance(review, x, now)) : []));
  }

  /** The span an edit decision put into the reviewed set, or null. */
  async editedSpan(review: Review, decision: Decision | undefined): Promise<Annotation | null> {
    const id = decision?.decision === 'edited' ? decision.annotationIds[0] : undefined;
    return id === undefined ? null : ((await reviewedAnnotations(this.db, review, [id]))[0] ?? null);
  }

  /** Every annotation of the reviewed set. */
  reviewedSet(review: Review): Promise<Annotation[]> {
    return allReviewedAnnotations(this.db, review);
  }

  private async record(review: Review, group: ReviewGroup, kind: DecisionKind, annotations: Annotation[], now: Date): Promise<Decision> {
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
    const agreed = group.agreed.map((x) => autoAcceptance(review, x, now));
    const change: GroupDecision = { group: group.key, document: group.document, decision, annotations, agreed };
    const before = await this.saves.track(recordDecision(this.db, review, change, now));
    const label = kind === 'edited' ? `Edit to ${labelById(annotations[0]?.label ?? 'claim').name}` : DECISION_NAMES[kind];
    this.history.push(reviewHistory(review.id), {
      label,
      target: { key: group.key, start: group.start, end: group.end, quote: group.a[0]?.exact ?? group.b[0]?.exact ?? '' },
      undo: () => this.saves.track(restoreDecision(this.db, review, change, before)).then(() => undefined),
      redo: () => this.saves.track(recordDecision(this.db, review, change, now)).then(() => undefined),
    });
    return decision;
  }
}
