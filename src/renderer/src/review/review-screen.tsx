// The review: set A beside set B on the same article, the agreement figures on top, the
// disagreements listed in text order, and one key per decision into the reviewed set.
import { useEffect, useMemo, useState } from 'react';
import type { AnnotationSet } from '../../../shared/annotation';
import type { LabelId } from '../../../shared/labels';
import { snapSelection } from '../../../shared/selection-snapping';
import type { TextSelection } from '../../../shared/selection-summary';
import { db } from '../db/database';
import { applyAutoAccept, ensureReview, reviewId } from '../db/review-repository';
import type { Profile } from '../db/workspace-repository';
import { useArticle } from '../db/use-library';
import { annotationKey } from '../reader/anchor';
import { DocumentPositions } from '../reader/document-positions';
import { reviewHistory } from '../annotations/undo-history';
import { useUndoHistory } from '../annotations/undo-store';
import { setDisplayName } from '../sets/set-names';
import { toggled } from '../ui/toggled';
import { AgreementFigures } from './agreement-figures';
import { CorpusTable } from './corpus-table';
import { DisagreementList } from './disagreement-list';
import type { ReviewActions } from './review-actions';
import { ReviewBar } from './review-bar';
import { ReviewPanes } from './review-panes';
import { paneSpans } from './review-spans';
import { useReviewKeys } from './review-keys';
import { ReportDialog } from './report-dialog';
import { reportInput } from './report-input';
import { reviewReportCsv, reviewReportJson } from './review-report';
import { fileNameStem } from '../../../shared/annotation-set-file';
import { useSetAnnotations } from '../db/use-review';
import { veritag } from '../veritag-bridge';
import { agreedDecisions, useReviewData } from './use-review-data';
import type { SpanClass } from './review-model';

interface ReviewScreenProps {
  sets: readonly AnnotationSet[];
  profile: Profile;
  mySetId: string;
  initialDocumentId: string | null;
  actions: ReviewActions;
  onClose: () => void;
  onError: (error: unknown) => void;
}

export function ReviewScreen(props: ReviewScreenProps) {
  const { sets, profile, actions, onError } = props;
  const comparable = sets.filter((s) => s.kind !== 'reviewed');
  const [aId, setAId] = useState(props.mySetId);
  const [bId, setBId] = useState(() => comparable.find((s) => s.id !== props.mySetId)?.id ?? props.mySetId);
  const [documentId, setDocumentId] = useState<string | null>(props.initialDocumentId);
  const [hiddenClasses, setHiddenClasses] = useState<ReadonlySet<SpanClass>>(new Set());
  const [hiddenLabels, setHiddenLabels] = useState<ReadonlySet<LabelId>>(new Set());
  const [currentKey, setCurrentKey] = useState<string | null>(null);
  const [focus, setFocus] = useState<{ offset: number; nonce: number } | null>(null);
  const [reporting, setReporting] = useState(false);
  const [paneSelection, setPaneSelection] = useState<TextSelection | null>(null);

  const setA = sets.find((s) => s.id === aId) ?? null;
  const setB = sets.find((s) => s.id === bId) ?? null;
  const data = useReviewData(setA, setB, documentId);
  const review = data.review ?? null;
  const reviewed = useSetAnnotations(review?.reviewedSetId ?? null);

  // Until the first decision there is no review record: looking at a pair writes nothing.
  const [autoAccept, setAutoAccept] = useState(true);
  const begin = async () => {
    if (review) return review;
    if (!setA || !setB) throw new Error('Choose two sets first.');
    return ensureReview(db, setA, setB, { id: profile.id, name: profile.name }, { autoAcceptAgreed: autoAccept });
  };

  // Agreed spans go into the reviewed set by themselves while auto-accept is on.
  useEffect(() => {
    if (!review || !review.autoAcceptAgreed || data.loading) return;
    const pending = agreedDecisions(data, review.reviewedSetId, review.id, new Date()).filter((x) => !data.decisions.has(x.decision.group));
    if (pending.length > 0) applyAutoAccept(db, review, true, pending).catch(onError);
  }, [review, data, onError]);

  const visible = useMemo(
    () =>
      data.groups.filter((g) => {
        const classes = [...g.aClasses, ...g.bClasses];
        const labels = [...g.a, ...g.b].map((x) => x.label);
        return classes.some((c) => !hiddenClasses.has(c)) && labels.some((l) => !hiddenLabels.has(l));
      }),
    [data.groups, hiddenClasses, hiddenLabels],
  );
  const current = visible.find((g) => g.key === currentKey) ?? null;
  const decided = data.groups.filter((g) => data.decisions.has(g.key)).length;

  const paneDocumentId = current?.document ?? documentId ?? data.documents[0]?.id ?? null;
  const article = useArticle(paneDocumentId);
  const map = useMemo(() => (article ? DocumentPositions.fromText(article.text) : null), [article]);
  const spansA = useMemo(() => (article && map ? paneSpans(map, data.a.get(article.id) ?? []) : []), [article, map, data.a]);
  const spansB = useMemo(() => (article && map ? paneSpans(map, data.b.get(article.id) ?? []) : []), [article, map, data.b]);

  const go = (key: string | null) => {
    setCurrentKey(key);
    const group = visible.find((g) => g.key === key);
    if (group) setFocus((f) => ({ offset: group.start, nonce: (f?.nonce ?? 0) + 1 }));
  };
  const step = (direction: 1 | -1) => {
    if (visible.length === 0) return;
    const at = visible.findIndex((g) => g.key === currentKey);
    const next = at < 0 ? (direction === 1 ? 0 : visible.length - 1) : (at + direction + visible.length) % visible.length;
    go(visible[next]?.key ?? null);
  };

  // Undo and redo act on this pair's own history, and go to the disagreement they changed.
  useUndoHistory(reviewHistory(reviewId(aId, bId)), (target) => go(target.key));

  /** The reviewed-set span of an edited disagreement (kept when it is relabelled or re-bounded). */
  const editedSpan = (key: string) => {
    const decision = data.decisions.get(key);
    const id = decision?.decision === 'edited' ? decision.annotationIds[0] : undefined;
    return id ? (reviewed ?? []).find((a) => a.id === id) ?? null : null;
  };

  useReviewKeys({
    enabled: current !== null,
    next: () => step(1),
    previous: () => step(-1),
    decide: (kind) => {
      if (current) begin().then((r) => actions.decide(r, current, kind)).catch(onError);
    },
    edit: (label) => {
      // The reviewer's own boundaries when text is selected in a pane; else the group's first span's.
      const source = current?.a[0] ?? current?.b[0];
      if (!current || !source || !article || !map) return;
      const range = paneSelection ? snapSelection(map.codePoints, paneSelection.start, paneSelection.end, { exact: false }) : null;
      const earlier = editedSpan(current.key);
      const span = range ?? (earlier ? { start: earlier.start, end: earlier.end } : { start: source.start, end: source.end });
      begin()
        .then((r) => actions.edit(r, current, { ...span, label: label ?? earlier?.label ?? source.label }, map.codePoints))
        .catch(onError);
    },
    editing: current !== null && data.decisions.get(current.key)?.decision === 'edited',
  });

  const titles = new Map(data.documents.map((d) => [d.id, d.title]));
  const scopeFigures = documentId ? data.figures?.documents.find((d) => d.id === documentId) : data.figures?.corpus;
  const nameA = setA ? setDisplayName(setA) : 'A';
  const nameB = setB ? setDisplayName(setB) : 'B';

  if (comparable.length < 2 || aId === bId) {
    const other = comparable.find((x) => x.id !== aId);
    return (
      <div className="review-screen">
        <div className="empty-reader">
          <p>A review compares two sets of annotations: yours and a colleague's.</p>
          <p className="muted">
            {comparable.length < 2
              ? 'Import a colleague’s set first (Import set…), then open the review again.'
              : 'Choose two different sets.'}
          </p>
          {comparable.length >= 2 && other && (
            <p>
              <button type="button" onClick={() => setBId(other.id)}>
                Compare with {setDisplayName(other)}
              </button>
            </p>
          )}
          <button type="button" onClick={props.onClose}>
            Close review
          </button>
        </div>
      </div>
    );
  }

  return (
    <div className="review-screen">
      <ReviewBar
        sets={comparable}
        setA={aId}
        setB={bId}
        documents={data.documents}
        documentId={documentId}
        decided={decided}
        total={data.groups.length}
        onSetA={setAId}
        onSetB={setBId}
        onDocument={(id) => {
          setDocumentId(id);
          setCurrentKey(null);
        }}
        autoAccept={review?.autoAcceptAgreed ?? autoAccept}
        onAutoAccept={(on) => {
          setAutoAccept(on);
          if (review) applyAutoAccept(db, review, on, on ? agreedDecisions(data, review.reviewedSetId, review.id, new Date()) : []).catch(onError);
        }}
        onExportReport={() => setReporting(true)}
        onClose={props.onClose}
      />
      <section className="review-figures" aria-label="Agreement figures">
        {scopeFigures && (
          <AgreementFigures
            title={documentId ? `This article: ${titles.get(documentId) ?? ''}` : `All ${data.documents.length} articles`}
            figures={scopeFigures}
            nameA="A"
            nameB="B"
          />
        )}
        {!documentId && data.figures && (
          <CorpusTable
            nameA="A"
            nameB="B"
            documents={data.figures.documents.map((figures) => ({
              id: figures.id,
              title: titles.get(figures.id) ?? figures.id,
              figures,
              disagreements: data.disagreementCounts.get(figures.id) ?? 0,
            }))}
            selectedId={documentId}
            onOpen={(id) => {
              setDocumentId(id);
              setCurrentKey(null);
            }}
          />
        )}
      </section>
      <div className="review-main">
        {article && map ? (
          <ReviewPanes
            article={{ id: article.id, title: article.title, text: article.text }}
            map={map}
            left={{ label: `A · ${nameA}`, spans: spansA, selectedKey: current?.a[0] ? annotationKey(current.a[0]) : null }}
            right={{ label: `B · ${nameB}`, spans: spansB, selectedKey: current?.b[0] ? annotationKey(current.b[0]) : null }}
            focusOffset={focus}
            onSelectionChange={setPaneSelection}
            onActivate={(_side, key) => {
              const group = visible.find((g) => [...g.a, ...g.b].some((x) => annotationKey(x) === key));
              if (group) setCurrentKey(group.key);
            }}
          />
        ) : (
          <p className="muted empty-reader">{data.loading ? 'Loading…' : 'Neither set has annotations to compare.'}</p>
        )}
        <DisagreementList
          groups={visible}
          currentKey={current?.key ?? null}
          decisions={data.decisions}
          counts={data.counts}
          hiddenClasses={hiddenClasses}
          hiddenLabels={hiddenLabels}
          titles={documentId ? null : titles}
          onToggleClass={(c) => setHiddenClasses((s) => toggled(s, c))}
          onToggleLabel={(l) => setHiddenLabels((s) => toggled(s, l))}
          onChoose={go}
        />
      </div>
      {reporting && setA && setB && (
        <ReportDialog
          onClose={() => setReporting(false)}
          onSave={async (kind, format) => {
            const input = reportInput(data, setA, setB, reviewed ?? [], new Date());
            if (!input) throw new Error('There is nothing to report yet.');
            const text =
              kind === 'json' ? reviewReportJson(input) : kind === 'figures-csv' ? reviewReportCsv(input).figures : reviewReportCsv(input).decisions;
            const stem = fileNameStem(`review ${setA.annotator.name} ${setB.annotator.name}`, input.generatedAt);
            const defaultName = kind === 'json' ? `${stem}.review.json` : `${stem}.${kind}.csv`;
            const result = await veritag().saveExport({ defaultName, format, text });
            return result.saved ? result.fileName : null;
          }}
        />
      )}
    </div>
  );
}
