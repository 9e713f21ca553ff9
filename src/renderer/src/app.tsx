// The workbench: toolbar, library, reader and status line, plus the ways articles come
// in (open dialog, drag and drop, clipboard) and the application-menu commands.
import { useCallback, useEffect, useState } from 'react';
import type { OpenedFile } from '../../shared/ipc';
import { describeSelection, type TextSelection } from '../../shared/selection-summary';
import { db } from './db/database';
import { addArticleFiles, addPastedText, describeIntake, ensureBundledSeeds, type IntakeReport } from './library/article-intake';
import { removeArticle, renameArticle } from './library/article-repository';
import { LibraryPanel } from './library/library-panel';
import { useArticle, useArticles } from './library/use-library';
import { ReaderPane } from './reader/reader-pane';
import { useFileDrop } from './ui/file-drop';
import { Icon } from './ui/icons';
import { NoticeArea, useNotices } from './ui/notices';
import { useTheme } from './ui/theme';
import { veritag } from './veritag-bridge';

const OPEN_KEY = 'veritag.openArticle';

let seeding: Promise<string[]> | null = null;
const seedOnce = (): Promise<string[]> =>
  (seeding ??= veritag().listBundledSeeds().then(ensureBundledSeeds));

export function App() {
  const articles = useArticles();
  const [openId, setOpenId] = useState<string | null>(() => window.localStorage.getItem(OPEN_KEY));
  const article = useArticle(openId);
  const [selection, setSelection] = useState<TextSelection | null>(null);
  const { notices, push, dismiss } = useNotices();
  const { theme, toggle: toggleTheme } = useTheme();

  const open = useCallback((id: string | null) => {
    setOpenId(id);
    setSelection(null);
    if (id) window.localStorage.setItem(OPEN_KEY, id);
    else window.localStorage.removeItem(OPEN_KEY);
  }, []);

  const report = useCallback(
    (result: IntakeReport) => {
      push('error', result.errors);
      push('info', describeIntake(result));
      const first = result.added[0] ?? result.existing[0];
      if (first) open(first.id);
    },
    [open, push],
  );

  const fail = useCallback((error: unknown) => push('error', [error instanceof Error ? error.message : String(error)]), [push]);

  const addFiles = useCallback(
    (files: OpenedFile[]) => {
      if (files.length > 0) addArticleFiles(files).then(report, fail);
    },
    [report, fail],
  );
  const chooseFiles = useCallback(() => veritag().openArticleFiles().then(addFiles, fail), [addFiles, fail]);
  const pasteArticle = useCallback(
    () => veritag().readClipboardText().then((text) => addPastedText(text)).then(report, fail),
    [report, fail],
  );
  const dragging = useFileDrop(addFiles);

  useEffect(() => {
    seedOnce().then((errors) => push('error', errors), fail);
  }, [push, fail]);

  useEffect(
    () =>
      veritag().onMenuCommand((command) => {
        if (command === 'add-article') void chooseFiles();
        else if (command === 'paste-article') void pasteArticle();
        else if (command === 'toggle-dark-mode') toggleTheme();
      }),
    [chooseFiles, pasteArticle, toggleTheme],
  );

  // A removed article closes; a stale remembered id is forgotten.
  useEffect(() => {
    if (openId && article === undefined) open(null);
  }, [openId, article, open]);

  const rename = useCallback(
    (id: string, title: string) =>
      renameArticle(db, id, title).then(
        () => true,
        (error: unknown) => {
          fail(error);
          return false;
        },
      ),
    [fail],
  );
  const remove = useCallback(
    (id: string) => {
      const title = articles?.find((a) => a.id === id)?.title ?? 'The article';
      removeArticle(db, id).then(() => push('info', [`Removed “${title}”.`]), fail);
    },
    [articles, push, fail],
  );

  return (
    <div className="app">
      <header className="toolbar">
        <span className="brand">Veritag</span>
        <button type="button" onClick={() => void chooseFiles()}>
          <Icon name="plus" /> Add article…
        </button>
        <button type="button" onClick={() => void pasteArticle()}>
          <Icon name="paste" /> Paste as new article
        </button>
        <span className="spacer" />
        <button type="button" aria-pressed={theme === 'dark'} onClick={toggleTheme} title="Toggle dark mode">
          <Icon name={theme === 'dark' ? 'sun' : 'moon'} /> Dark mode
        </button>
      </header>
      <LibraryPanel articles={articles} openId={openId} onOpen={open} onRename={rename} onRemove={remove} />
      <main className="reading-area">
        {article ? (
          <ReaderPane key={article.id} article={article} onSelectionChange={setSelection} />
        ) : (
          <div className="empty-reader">
            <p>Choose an article from the library to read and annotate it.</p>
            <p className="muted">Add your own with “Add article…”, by dropping .txt or .md files here, or by pasting text.</p>
          </div>
        )}
      </main>
      <footer className="status-line">
        <span role="status" aria-label="Selection">
          {article ? describeSelection(selection) : ''}
        </span>
      </footer>
      <NoticeArea notices={notices} onDismiss={dismiss} />
      {dragging && (
        <div className="drop-hint" aria-hidden="true">
          Drop .txt or .md files to add them to the library
        </div>
      )}
    </div>
  );
}
