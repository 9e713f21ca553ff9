// The review: set A beside set B on the same article, the agreement figures on top, the
// disagreements listed in text order, and one key per decision into the reviewed set. Its state
// is the review store (review-store.ts), read through memoised selectors.
import { useCallback, useMemo } from 'react';
import type { AnnotationSet } from '../../../shared/annotation';
import { fileNameStem } from '../../../shared/annotation-set-file';
import { snapSelection } from '../../../shared/selection-snapping';
import { reviewHistory } from '../annotations/undo-history';
import { useUndoHistory } from '../annotations/undo-store';
import { reviewId } from '../db/review-repository';
import type { Profile } from '../db/workspace-repository';
import { useArticle } from '../db/use-library';
import { annotationKey } from '../reader/anchor';
import { DocumentPositions } from '../reader/document-positions';
import { setDisplayName } from '../sets/set-names';
import { veritag } from '../veritag-bridge';
import { AgreementFigures } from './agreement-figures';
import { CorpusTable } from './corpus-table';
import { DisagreementList } from './disagreement-list';
import { ReportDialog } from './report-dialog';
import { reportInput } from './report-input';
import type { ReviewActions } from './review-actions';
import { ReviewBar } from './review-bar';
import { useReviewKeys } from './review-keys';
import { ReviewPanes } from './review-panes';
import { reviewReportCsv, reviewReportJson } from './review-report';
import { agreedSpans, classCounts, corpusFigures, currentGroup, decidedCount, disagreementCounts, scopeFigures, scopeGroups, visibleGroups } from './review-selectors';
import { paneSpans } from './review-spans';
import { useReviewStore } from './use-review-store';
import { shownName } from '../../../shared/visible-text';

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
  const [state, dispatch] = useReviewStore(
    { setA: props.mySetId, setB: comparable.find((s) => s.id !== props.mySetId)?.id ?? props.mySetId, documentId: props.initialDocumentId },
    actions,
    onError,
  );
  const setA = sets.find((s) => s.id === state.setA) ?? null;
  const setB = sets.find((s) => s.id === state.setB) ?? null;
  const { review, documents, documentId, decisions } = state;
  const visible = visibleGroups(state);
  const current = currentGroup(state);
  // Stable, so the list's rows re-render only when their own group, decision or selection changes.
  const choose = useCallback((key: string) => dispatch({ type: 'group-chosen', key, scroll: true }), [dispatch]);
  const titles = useMemo(() => new Map(documents.map((d) => [d.id, shownName(d.title)])), [documents]);

  // Until the first decision there is no review record: looking at a pair writes nothing.
  const begin = async () => {
    if (review) return review;
    if (!setA || !setB) throw new Error('Choose two sets first.');
    return actions.begin(setA, setB, { id: profile.id, name: profile.name }, state.autoAccept);
  };

  const paneDocumentId = current?.document ?? documentId ?? documents[0]?.id ?? null;
  const article = useArticle(paneDocumentId);
  const map = useMemo(() => (article ? DocumentPositions.fromText(article.text) : null), [article]);
  const shown = documents.find((d) => d.id === article?.id);
  const spansA = useMemo(() => (article && map && shown ? paneSpans(map, shown.a) : []), [article, map, shown]);
  const spansB = useMemo(() => (article && map && shown ? paneSpans(map, shown.b) : []), [article, map, shown]);

  // Undo and redo act on this pair's own history, and go to the disagreement they changed.
  useUndoHistory(reviewHistory(reviewId(state.setA, state.setB)), (target) => dispatch({ type: 'group-chosen', key: target.key, scroll: true }));

  useReviewKeys({
    // Not while a pair loads: a half-loaded pair shows one side only, and has no review record yet.
    enabled: current !== null && !state.loading,
    next: () => dispatch({ type: 'stepped', direction: 1 }),
    previous: () => dispatch({ type: 'stepped', direction: -1 }),
    decide: (verdict) => {
      if (current)
        begin()
          .then((r) => actions.decide(r, current, verdict))
          .then((decision) => dispatch({ type: 'decided', decision, setA: state.setA, setB: state.setB }))
          .catch(onError);
    },
    edit: (label) => {
      // The reviewer's own boundaries when text is selected in a pane; else the earlier edit's, else the group's first span's.
      const source = current?.a[0] ?? current?.b[0];
      if (!current || !source || !article || !map) return;
      const range = state.paneSelection ? snapSelection(map.codePoints, state.paneSelection.start, state.paneSelection.end, { exact: false }) : null;
      const decision = decisions.get(current.key);
      begin()
        .then(async (r) => {
          const earlier = await actions.editedSpan(r, decision);
          const span = range ?? (earlier ? { start: earlier.start, end: earlier.end } : { start: source.start, end: source.end });
          return actions.edit(r, current, { ...span, label: label ?? earlier?.label ?? source.label }, map.codePoints);
        })
        .then((made) => dispatch({ type: 'decided', decision: made, setA: state.setA, setB: state.setB }))
        .catch(onError);
    },
    editing: current !== null && decisions.get(current.key)?.decision === 'edited',
  });

  const figures = corpusFigures(state);
  const figuresShown = scopeFigures(state);
  const nameA = setA ? setDisplayName(setA) : 'A';
  const nameB = setB ? setDisplayName(setB) : 'B';

  if (comparable.length < 2 || state.setA === state.setB) {
    const other = comparable.find((x) => x.id !== state.setA);
    return (
      <div className="review-screen">
        <div className="empty-reader">
          <p>A review compares two sets of annotations: yours and a colleague's.</p>
          <p className="muted">
            {comparable.length < 2 ? 'Import a colleague’s set first (Import set…), then open the review again.' : 'Choose two different sets.'}
          </p>
          {other && (
            <p>
              <button type="button" onClick={() => dispatch({ type: 'set-b-chosen', id: other.id })}>
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
        setA={state.setA}
        setB={state.setB}
        documents={documents}
        documentId={documentId}
        decided={decidedCount(state)}
        total={scopeGroups(state).length}
        loading={state.loading}
        onSetA={(id) => dispatch({ type: 'set-a-chosen', id })}
        onSetB={(id) => dispatch({ type: 'set-b-chosen', id })}
        onDocument={(id) => dispatch({ type: 'document-chosen', id })}
        autoAccept={review?.autoAcceptAgreed ?? state.autoAccept}
        onAutoAccept={(on) => {
          dispatch({ type: 'auto-accept-chosen', on });
          if (review) actions.autoAccept(review, on, agreedSpans(state)).catch(onError);
        }}
        onExportReport={() => dispatch({ type: 'reporting', open: true })}
        onClose={props.onClose}
      />
      <section className="review-figures" aria-label="Agreement figures">
        {figuresShown && (
          <AgreementFigures
            title={documentId ? `This article: ${titles.get(documentId) ?? ''}` : `All ${documents.length} articles`}
            figures={figuresShown}
            nameA="A"
            nameB="B"
          />
        )}
        {!documentId && figures && (
          <CorpusTable
            nameA="A"
            nameB="B"
            documents={figures.documents.map((f) => ({ id: f.id, title: titles.get(f.id) ?? f.id, figures: f, disagreements: disagreementCounts(state).get(f.id) ?? 0 }))}
            selectedId={documentId}
            onOpen={(id) => dispatch({ type: 'document-chosen', id })}
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
            focusOffset={state.focus}
            onSelectionChange={(selection) => dispatch({ type: 'pane-selected', selection })}
            onActivate={(_side, key) => {
              const group = visible.find((g) => [...g.a, ...g.b].some((x) => annotationKey(x) === key));
              if (group) dispatch({ type: 'group-chosen', key: group.key, scroll: false });
            }}
          />
        ) : (
          <p className="muted empty-reader">{state.loading ? 'Loading…' : 'Neither set has annotations to compare.'}</p>
        )}
        <DisagreementList
          groups={visible}
          currentKey={current?.key ?? null}
          decisions={decisions}
          counts={classCounts(state)}
          hiddenClasses={state.hiddenClasses}
          hiddenLabels={state.hiddenLabels}
          titles={documentId ? null : titles}
          onToggleClass={(spanClass) => dispatch({ type: 'class-toggled', spanClass })}
          onToggleLabel={(label) => dispatch({ type: 'label-toggled', label })}
          onChoose={choose}
        />
      </div>
      {state.reporting && setA && setB && (
        <ReportDialog
          onClose={() => dispatch({ type: 'reporting', open: false })}
          onSave={async (kind, format) => {
            const input = reportInput(state, setA, setB, review ? await actions.reviewedSet(review) : [], new Date());
            if (!input) throw new Error('There is nothing to report yet.');
            const csv = kind === 'json' ? null : reviewReportCsv(input);
            const text = csv === null ? reviewReportJson(input) : kind === 'figures-csv' ? csv.figures : csv.decisions;
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
