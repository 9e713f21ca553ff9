// The disagreements of the review in text order: both sides' spans (class, label, quote, note),
// the decision taken, counts per class and filters by class and label. Each row re-renders only
// when its own group, decision or selection changes.
import { memo, useEffect, useRef } from 'react';
import type { Annotation } from '../../../shared/annotation';
import { inQuotationMarks, listedText } from '../annotations/quote-marks';
import { labelById, type LabelId } from '../../../shared/labels';
import { LabelFilter } from '../ui/label-filter';
import type { Decision } from '../db/storage';
import { DECISION_NAMES } from './review-actions';
import { CLASS_NAMES, type ReviewGroup, type SpanClass } from './review-model';

/** Spans listed per side of one disagreement (a dense passage can chain hundreds together). */
const SHOWN_PER_SIDE = 4;

const FILTERABLE_CLASSES: readonly SpanClass[] = ['boundary', 'label', 'only-a', 'only-b'];

interface DisagreementListProps {
  groups: readonly ReviewGroup[];
  currentKey: string | null;
  decisions: ReadonlyMap<string, Decision>;
  counts: Record<SpanClass, number>;
  hiddenClasses: ReadonlySet<SpanClass>;
  hiddenLabels: ReadonlySet<LabelId>;
  /** Document titles, shown when the review covers several documents. */
  titles: ReadonlyMap<string, string> | null;
  onToggleClass: (c: SpanClass) => void;
  onToggleLabel: (l: LabelId) => void;
  onChoose: (key: string) => void;
}

function SpanLine({ side, annotation, spanClass }: { side: 'A' | 'B'; annotation: Annotation; spanClass: SpanClass }) {
  const label = labelById(annotation.label);
  return (
    <span className="review-span">
      <span className={`side-badge side-${side}`}>{side}</span>
      <span className={`class-badge class-${spanClass}`}>{CLASS_NAMES[spanClass]}</span>
      <span className={`label-chip label-${label.id}`}>{label.name}</span>
      <span className="item-quote">{inQuotationMarks(listedText(annotation.exact))}</span>
      {annotation.note && <span className="item-note">{listedText(annotation.note.split('\n', 1)[0] ?? '')}</span>}
    </span>
  );
}

interface DisagreementRowProps {
  group: ReviewGroup;
  decision: Decision | undefined;
  current: boolean;
  /** The document's title, when the review covers several documents. */
  title: string | null;
  onChoose: (key: string) => void;
}

const DisagreementRow = memo(function DisagreementRow({ group, decision, current, title, onChoose }: DisagreementRowProps) {
  return (
    <li>
      <button
        type="button"
        className={current ? 'disagreement-item selected' : 'disagreement-item'}
        aria-current={current ? 'true' : undefined}
        onClick={() => onChoose(group.key)}
      >
        {title !== null && <span className="item-set">{title}</span>}
        {group.a.slice(0, SHOWN_PER_SIDE).map((a, i) => (
          <SpanLine key={`a${a.id}`} side="A" annotation={a} spanClass={group.aClasses[i] ?? 'only-a'} />
        ))}
        {group.a.length > SHOWN_PER_SIDE && <span className="more-spans">and {group.a.length - SHOWN_PER_SIDE} more spans of A</span>}
        {group.b.slice(0, SHOWN_PER_SIDE).map((b, i) => (
          <SpanLine key={`b${b.id}`} side="B" annotation={b} spanClass={group.bClasses[i] ?? 'only-b'} />
        ))}
        {group.b.length > SHOWN_PER_SIDE && <span className="more-spans">and {group.b.length - SHOWN_PER_SIDE} more spans of B</span>}
        <span className={decision ? 'decision decided' : 'decision'}>{decision ? DECISION_NAMES[decision.decision] : 'Not decided'}</span>
      </button>
    </li>
  );
});

export function DisagreementList(props: DisagreementListProps) {
  const { groups, currentKey, decisions, counts, hiddenClasses, hiddenLabels, titles } = props;
  const listRef = useRef<HTMLOListElement>(null);
  // Walking with n / p keeps the current disagreement in sight.
  useEffect(() => {
    listRef.current?.querySelector('[aria-current="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [currentKey]);
  return (
    <section className="disagreement-panel" aria-label="Disagreements">
      <div role="group" aria-label="Classes" className="filter-chips">
        <span className="class-count class-agree">
          {CLASS_NAMES.agree} <span className="count">{counts.agree}</span>
        </span>
        {FILTERABLE_CLASSES.map((c) => (
          <button key={c} type="button" className={`filter-chip class-${c}`} aria-pressed={!hiddenClasses.has(c)} onClick={() => props.onToggleClass(c)}>
            {CLASS_NAMES[c]} <span className="count">{counts[c]}</span>
          </button>
        ))}
      </div>
      <LabelFilter name="Labels" hidden={hiddenLabels} onToggle={props.onToggleLabel} />
      {groups.length === 0 ? (
        <p className="muted sidebar-hint">No disagreement to show.</p>
      ) : (
        <ol ref={listRef} className="disagreement-list" aria-label="Disagreements in text order">
          {groups.map((group) => (
            <DisagreementRow
              key={group.key}
              group={group}
              decision={decisions.get(group.key)}
              current={group.key === currentKey}
              title={titles ? (titles.get(group.document) ?? group.document) : null}
              onChoose={props.onChoose}
            />
          ))}
        </ol>
      )}
    </section>
  );
}
