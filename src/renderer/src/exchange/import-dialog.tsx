// What the user decides before an import is stored: which library article an unknown document
// stands for (offered when one has the same source), and whether to replace a set already there.
import { useState } from 'react';
import type { Article } from '../../../shared/article';
import { ModalDialog } from '../ui/modal-dialog';
import { plural } from '../ui/plural';
import { defaultDecision, type Collision, type ImportDecision, type ImportPlan } from './import-plan';
import { shownName } from '../../../shared/visible-text';

interface ImportDialogProps {
  plan: ImportPlan;
  library: readonly Pick<Article, 'id' | 'title' | 'source'>[];
  /** Stores the import; the dialog stays busy (buttons disabled) until it settles. */
  onImport: (decision: ImportDecision) => Promise<void>;
  onCancel: () => void;
}

const ORPHANS = '';

export function ImportDialog({ plan, library, onImport, onCancel }: ImportDialogProps) {
  const initial = defaultDecision(plan);
  const [mapping, setMapping] = useState(() => new Map(initial.mapping));
  const [collision, setCollision] = useState<Collision>(initial.collision);
  const [busy, setBusy] = useState(false);
  const unknown = plan.matches.filter((m) => !m.known && m.annotationCount > 0);
  const { set, annotationCount } = plan.file;
  return (
    <ModalDialog title={`Import “${shownName(set.name)}”`} className="import-dialog" onCancel={() => busy || onCancel()}>
      <p className="muted">
        <span className="clamped">By {shownName(set.annotator.name)}</span> {plural(annotationCount, 'annotation')} on{' '}
        {plural(plan.matches.filter((m) => m.annotationCount > 0).length, 'article')} · from {shownName(plan.fileName)}
      </p>
      {unknown.length > 0 && (
        <fieldset className="import-mapping">
          <legend>Articles not in your library</legend>
          <p className="muted">
            Choose the library article each one is a version of, and its annotations are re-anchored there; or keep them
            as orphans until the article is added.
          </p>
          {unknown.map((match) => (
            <label key={match.document.id} className="mapping-row">
              <span>
                <strong className="clamped" title={shownName(match.document.title)}>
                  {shownName(match.document.title)}
                </strong>
                <span className="muted clamped">
                  {shownName(match.document.source)} · {plural(match.annotationCount, 'annotation')}
                </span>
              </span>
              <select
                aria-label={`Library article for “${shownName(match.document.title)}”`}
                value={mapping.get(match.document.id) ?? ORPHANS}
                onChange={(event) => {
                  const value = event.currentTarget.value;
                  setMapping((current) => new Map(current).set(match.document.id, value === ORPHANS ? null : value));
                }}
              >
                <option value={ORPHANS}>Not in the library: keep as orphans</option>
                {library.map((article) => (
                  <option key={article.id} value={article.id}>
                    {shownName(article.title)}
                    {article.source === match.document.source ? ' (same source)' : ''}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </fieldset>
      )}
      {plan.collision && (
        <fieldset className="import-collision">
          <legend>This set is already here</legend>
          <label>
            <input type="radio" name="collision" checked={collision === 'replace'} onChange={() => setCollision('replace')} />
            Replace the stored copy
          </label>
          <label>
            <input type="radio" name="collision" checked={collision === 'keep-both'} onChange={() => setCollision('keep-both')} />
            <span className="clamped">Keep both (the new one as “{shownName(set.name)} (2)”)</span>
          </label>
        </fieldset>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
        <button
          type="button"
          className="primary"
          disabled={busy}
          onClick={() => {
            setBusy(true);
            void onImport({ mapping, collision }).finally(() => setBusy(false));
          }}
        >
          {busy ? 'Importing…' : 'Import'}
        </button>
      </div>
    </ModalDialog>
  );
}
