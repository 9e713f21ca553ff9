// The library sidebar: every article with its source and date, the open one marked;
// rename in place, remove after a confirmation.
import { useState, type KeyboardEvent } from 'react';
import type { Article } from '../../../shared/article';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { Icon } from '../ui/icons';

interface LibraryPanelProps {
  articles: Article[] | null;
  openId: string | null;
  onOpen(id: string): void;
  onRename(id: string, title: string): Promise<boolean>;
  onRemove(id: string): void;
}

export function LibraryPanel({ articles, openId, onOpen, onRename, onRemove }: LibraryPanelProps) {
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
                  onDone={async (title) => {
                    if (title === null || (await onRename(article.id, title))) setRenaming(null);
                  }}
                />
              ) : (
                <button
                  type="button"
                  className="library-open"
                  aria-label={article.title}
                  aria-current={article.id === openId ? 'page' : undefined}
                  onClick={() => onOpen(article.id)}
                >
                  <span className="library-title">{article.title}</span>
                  <span className="library-meta">
                    <span>{article.source}</span>
                    {article.publishedOn && <span className="nowrap"> · {article.publishedOn}</span>}
                  </span>
                </button>
              )}
              <div className="library-actions">
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Rename “${article.title}”`}
                  title="Rename"
                  onClick={() => setRenaming(article.id)}
                >
                  <Icon name="pencil" />
                </button>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Remove “${article.title}”`}
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
        <ConfirmDialog
          title="Remove article?"
          message={`“${removing.title}” and its text will be removed from this computer. It has no annotations yet.`}
          confirmLabel="Remove"
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

function RenameField({ article, onDone }: { article: Article; onDone(title: string | null): void }) {
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
