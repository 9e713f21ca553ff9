// The library sidebar: every article with its source and date, the open one marked;
// rename in place, remove after a confirmation.
import { useState, type KeyboardEvent } from 'react';
import type { Article } from '../../../shared/article';
import { LABELS } from '../../../shared/labels';
import type { LabelCounts } from '../db/label-count-state';
import { useCountsBySetOnDocument } from '../db/use-annotations';
import { useSets } from '../db/use-sets';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { Icon } from '../ui/icons';
import { keptAsOrphans, orphanShares } from './article-removal';
import { shownName } from '../../../shared/visible-text';

interface LibraryPanelProps {
  articles: Article[] | null;
  /** Per document id, the user's annotations by label (null while loading). */
  labelCounts: ReadonlyMap<string, LabelCounts> | null;
  openId: string | null;
  onOpen: (id: string) => void;
  onRename: (id: string, title: string) => Promise<boolean>;
  onRemove: (id: string) => void;
}

export function LibraryPanel({ articles, labelCounts, openId, onOpen, onRename, onRemove }: LibraryPanelProps) {
  const [renaming, setRenaming] = useState<string | null>(null);
  const [removing, setRemoving] = useState<Article | null>(null);

  return (
    <nav className="library" aria-label="Library">
      <h2 className="panel-heading">
        Library {articles && <span className="count">{articles.length}</span>}
      </h2>
      {articles === null ? (
        <p className="muted">Loading…</p>
      ) : articles.length === 0 ? (
        <p className="muted">No articles yet. Add a .txt or .md file, drop one here, or paste text.</p>
      ) : (
        <ul className="library-list">
          {articles.map((article) => (
            <li key={article.id} className={article.id === openId ? 'library-item current' : 'library-item'}>
              {renaming === article.id ? (
                <RenameField
                  article={article}
                  onDone={(title) => {
                    if (title === null) setRenaming(null);
                    else void onRename(article.id, title).then((renamed) => renamed && setRenaming(null));
                  }}
                />
              ) : (
                <button
                  type="button"
                  className="library-open"
                  aria-label={shownName(article.title)}
                  title={`${shownName(article.title)}\n${shownName(article.source)}`}
                  aria-current={article.id === openId ? 'page' : undefined}
                  onClick={() => onOpen(article.id)}
                >
                  <span className="library-title">{shownName(article.title)}</span>
                  <span className="library-meta">
                    <span>{shownName(article.source)}</span>
                    {article.publishedOn && <span className="nowrap"> · {article.publishedOn}</span>}
                  </span>
                  <LabelProgress counts={labelCounts?.get(article.id)} />
                </button>
              )}
              <div className="library-actions">
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Rename “${shownName(article.title)}”`}
                  title="Rename"
                  onClick={() => setRenaming(article.id)}
                >
                  <Icon name="pencil" />
                </button>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Remove “${shownName(article.title)}”`}
                  title="Remove"
                  onClick={() => setRemoving(article)}
                >
                  <Icon name="trash" />
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {removing && (
        <RemoveDialog
          article={removing}
          onCancel={() => setRemoving(null)}
          onConfirm={() => {
            onRemove(removing.id);
            setRemoving(null);
          }}
        />
      )}
    </nav>
  );
}

/** How many of each label the user has tagged in an article: progress at a glance. */
function LabelProgress({ counts }: { counts: LabelCounts | undefined }) {
  const tagged = LABELS.filter((label) => (counts?.[label.id] ?? 0) > 0);
  if (!counts || tagged.length === 0) return null;
  const summary = tagged.map((label) => `${counts[label.id]} ${label.name}`).join(', ');
  return (
    <span className="label-progress" aria-label={`Annotations: ${summary}`} title={summary}>
      {tagged.map((label) => (
        <span key={label.id} className={`progress-count label-${label.id}`}>
          <span className="label-swatch" aria-hidden="true" />
          {counts[label.id]}
        </span>
      ))}
    </span>
  );
}

function RemoveDialog({ article, onCancel, onConfirm }: { article: Article; onCancel: () => void; onConfirm: () => void }) {
  const counts = useCountsBySetOnDocument(article.id);
  const sets = useSets();
  const total = counts ? [...counts.values()].reduce((sum, n) => sum + n, 0) : 0;
  return (
    <ConfirmDialog
      title="Remove article?"
      message={`“${shownName(article.title)}” and its text will be removed from this computer.`}
      confirmLabel="Remove"
      onCancel={onCancel}
      onConfirm={onConfirm}
    >
      {counts === null || sets === null ? (
        <p className="muted">Counting its annotations…</p>
      ) : (
        <>
          <p>{keptAsOrphans(total)}</p>
          {total > 0 && (
            <>
              <ul className="removal-shares">
                {orphanShares(sets, counts).map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
              <p className="muted">
                Nothing else is deleted: orphans are listed under Orphans in the Sets panel, exported with their sets, and put
                back in place when the article is added again.
              </p>
            </>
          )}
        </>
      )}
    </ConfirmDialog>
  );
}

function RenameField({ article, onDone }: { article: Article; onDone: (title: string | null) => void }) {
  const [value, setValue] = useState(article.title);
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') onDone(value);
    if (event.key === 'Escape') onDone(null);
  };
  return (
    <input
      className="rename-field"
      aria-label="New title"
      value={value}
      autoFocus
      onFocus={(event) => event.currentTarget.select()}
      onChange={(event) => setValue(event.currentTarget.value)}
      onKeyDown={onKeyDown}
      onBlur={() => onDone(null)}
    />
  );
}
