// The workbench: toolbar with the label legend, library, reader with its annotations, and the
// status line; plus the ways articles come in and the application-menu commands.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { OpenedFile } from '../../shared/ipc';
import { describeSelection } from '../../shared/selection-summary';
import { AnnotationActions } from './annotations/annotation-actions';
import { restoreBackup } from './backups/backup-restore';
import { BackupsDialog } from './backups/backups-dialog';
import type { CopySync } from './backups/copy-sync';
import type { RecoveryNotice as StartNotice } from './backups/recovery';
import { RecoveryNotice } from './backups/recovery-notice';
import { DocumentWorkbench } from './annotations/document-workbench';
import { SaveTracker, useSaveStatus } from './annotations/save-state';
import { articleHistory } from './annotations/undo-history';
import { useUndoStore } from './annotations/undo-store';
import { removeArticle, renameArticle } from './db/article-repository';
import { deleteSet } from './db/set-repository';
import { failureNotice } from './db/storage-failure';
import { storage } from './db/storage';
import { useLabelCounts } from './db/use-annotations';
import { useArticle, useArticles } from './db/use-library';
import { useOrphanCount } from './db/use-orphans';
import { useSets } from './db/use-sets';
import { useWorkspace } from './db/use-workspace';
import { ensureWorkspace, renameProfile } from './db/workspace-repository';
import { addArticleFiles, addPastedText, describeIntake, ensureBundledSeeds, type IntakeReport } from './library/article-intake';
import { describeRemoval } from './library/article-removal';
import { LibraryPanel } from './library/library-panel';
import { useSetExchange } from './exchange/use-set-exchange';
import type { ReaderSelection } from './reader/reader-view';
import { ReviewActions } from './review/review-actions';
import { ReviewScreen } from './review/review-screen';
import { SetsPanel } from './sets/sets-panel';
import { useVisibleSets } from './sets/visible-sets';
import { useFileDrop } from './ui/file-drop';
import { useMenuCommands, type MenuCommandQueue } from './ui/menu-command-queue';
import { AppToolbar } from './ui/app-toolbar';
import { LabelLegend } from './ui/label-legend';
import { NoticeArea, useNotices } from './ui/notices';
import { ProfileDialog } from './ui/profile-dialog';
import { useTheme } from './ui/theme';
import { isTextField, useUndoCommands } from './ui/undo-keys';
import { veritag } from './veritag-bridge';
import { visibleText } from '../../shared/visible-text';

const OPEN_KEY = 'veritag.openArticle';

let starting: Promise<string[]> | null = null;
/** First-run work, once per page: the workspace (profile, own set) and the bundled seeds. */
const startOnce = (): Promise<string[]> =>
  (starting ??= ensureWorkspace(storage).then(() => veritag().listBundledSeeds().then((files) => ensureBundledSeeds(storage, files))));

const NO_SETS: never[] = [];
const isSetFileName = (name: string): boolean => /\.(?:json|jsonld)$/i.test(name);

interface AppProps {
  menuCommands: MenuCommandQueue;
  /** What start-up found when it compared the database with the durable copy. */
  recovery: StartNotice;
  copySync: CopySync;
}

export function App({ menuCommands, recovery: startNotice, copySync }: AppProps) {
  const articles = useArticles();
  const workspace = useWorkspace();
  const sets = useSets();
  const visibility = useVisibleSets(sets ?? NO_SETS);
  const orphanCount = useOrphanCount();
  const labelCounts = useLabelCounts(workspace?.mySet.id ?? null);
  const [openId, setOpenId] = useState<string | null>(() => window.localStorage.getItem(OPEN_KEY));
  const article = useArticle(openId);
  const [selection, setSelection] = useState<ReaderSelection | null>(null);
  const [editingProfile, setEditingProfile] = useState(false);
  const [reviewing, setReviewing] = useState(false);
  const [started, setStarted] = useState(false);
  const [recovery, setRecovery] = useState(startNotice);
  const [showingBackups, setShowingBackups] = useState(false);
  const { notices, push, dismiss } = useNotices();
  const { theme, toggle: toggleTheme } = useTheme();

  const history = useUndoStore();
  const saves = useMemo(() => new SaveTracker(), []);
  const actions = useMemo(() => new AnnotationActions(storage, history, saves), [history, saves]);
  const reviewActions = useMemo(() => new ReviewActions(storage, history, saves), [history, saves]);
  const saveStatus = useSaveStatus(saves);

  const open = useCallback((id: string | null) => {
    setOpenId(id);
    setSelection(null);
    if (id) window.localStorage.setItem(OPEN_KEY, id);
    else window.localStorage.removeItem(OPEN_KEY);
  }, []);

  const fail = useCallback((error: unknown) => push('error', [failureNotice(error)]), [push]);

  // A copy that could not be written is said once, when it happens (it is written again later).
  useEffect(() => copySync.subscribe((problem) => push('error', problem === null ? [] : [problem])), [copySync, push]);
  const listBackups = useCallback(() => veritag().listBackups(), []);
  const restore = useCallback(
    (id: string) =>
      restoreBackup(storage, veritag(), copySync, id).then((outcome) => {
        history.forgetAll();
        return outcome;
      }),
    [copySync, history],
  );

  const report = useCallback(
    (result: IntakeReport) => {
      push('error', result.errors);
      push('info', describeIntake(result));
      const first = result.added[0] ?? result.existing[0];
      if (first) open(first.id);
    },
    [open, push],
  );

  const addFiles = useCallback(
    (files: OpenedFile[]) => {
      if (files.length > 0) addArticleFiles(storage, files).then(report, fail);
    },
    [report, fail],
  );
  const chooseFiles = useCallback(() => veritag().openArticleFiles().then(addFiles, fail), [addFiles, fail]);
  const saveProfile = useCallback(
    (name: string) =>
      renameProfile(storage, name).then(
        () => null,
        (error: unknown) => (error instanceof Error ? error.message : String(error)),
      ),
    [],
  );
  const inform = useCallback((lines: string[]) => push('info', lines), [push]);
  const exchange = useSetExchange({
    articles,
    sets,
    workspace,
    openArticle: article ? { id: article.id, title: article.title } : null,
    saveProfileName: saveProfile,
    inform,
    fail,
  });
  const { importFiles, chooseAndImport, startExport, showOrphans } = exchange;
  const dropFiles = useCallback(
    (files: OpenedFile[]) => {
      addFiles(files.filter((f) => !isSetFileName(f.name)));
      const setFiles = files.filter((f) => isSetFileName(f.name));
      if (setFiles.length > 0) importFiles(setFiles);
    },
    [addFiles, importFiles],
  );
  const pasteArticle = useCallback(
    () => veritag().readClipboardText().then((text) => addPastedText(storage, text)).then(report, fail),
    [report, fail],
  );
  const dragging = useFileDrop(dropFiles);

  const { undo, redo, labels: undoLabels } = useUndoCommands(history, inform, fail);

  useEffect(() => {
    // Started also when it failed (the problem is shown): the library is then as complete as it gets.
    void startOnce()
      .then((errors) => push('error', errors), fail)
      .finally(() => setStarted(true));
  }, [push, fail]);

  // Menu commands wait until the seeds are stored and the library, the workspace and the sets are
  // loaded: an import planned earlier would not know the seeds, an export would have no set.
  const ready = started && articles !== null && workspace !== null && sets !== null;
  useMenuCommands(menuCommands, ready, (command) => {
    if (command === 'add-article') void chooseFiles();
    else if (command === 'paste-article') void pasteArticle();
    else if (command === 'toggle-dark-mode') toggleTheme();
    else if (command === 'import-set') chooseAndImport();
    else if (command === 'export-set') startExport();
    else if (command === 'open-review') setReviewing(true);
    else if (command === 'show-backups') setShowingBackups(true);
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- a text field's own undo and redo have no other API
    else if (isTextField(document.activeElement)) document.execCommand(command);
    else if (command === 'undo') undo();
    else redo();
  });

  // A removed article closes; a stale remembered id is forgotten.
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- reacts to the database (an external change)
    if (openId && article === undefined) open(null);
  }, [openId, article, open]);

  const rename = useCallback(
    (id: string, title: string) =>
      renameArticle(storage, id, title).then(
        () => true,
        (error: unknown) => {
          fail(error);
          return false;
        },
      ),
    [fail],
  );
  const remove = useCallback(
    (id: string) =>
      void removeArticle(storage, id).then((removed) => {
        history.forget(articleHistory(id));
        push('info', [describeRemoval(removed)]);
      }, fail),
    [history, push, fail],
  );
  const removeSet = useCallback(
    (setId: string) => {
      void deleteSet(storage, setId).then(() => push('info', ['Removed the set.']), fail);
    },
    [push, fail],
  );

  return (
    <div className="app">
      <AppToolbar
        reviewing={reviewing}
        profileName={workspace?.profile.name ?? null}
        dark={theme === 'dark'}
        onAddArticle={() => void chooseFiles()}
        onPasteArticle={() => void pasteArticle()}
        onImportSet={chooseAndImport}
        onExport={() => startExport()}
        onToggleReview={() => setReviewing((r) => !r)}
        onEditProfile={() => setEditingProfile(true)}
        onToggleTheme={toggleTheme}
      />
      {reviewing && workspace && sets ? (
        <ReviewScreen
          sets={sets}
          profile={workspace.profile}
          mySetId={workspace.mySet.id}
          initialDocumentId={article?.id ?? null}
          actions={reviewActions}
          onClose={() => setReviewing(false)}
          onError={fail}
        />
      ) : (
        <>
          <div className="left-column">
            <LibraryPanel
              articles={articles}
              labelCounts={labelCounts}
              openId={openId}
              onOpen={open}
              onRename={rename}
              onRemove={remove}
            />
            <SetsPanel
              sets={sets}
              visibility={visibility}
              orphanCount={orphanCount}
              onImport={chooseAndImport}
              onExport={startExport}
              onRemove={removeSet}
              onShowOrphans={showOrphans}
            />
          </div>
          {article && workspace ? (
            <DocumentWorkbench
              key={article.id}
              article={article}
              mySet={workspace.mySet}
              visibleSets={visibility.visible}
              actions={actions}
              onSelectionChange={setSelection}
              onError={fail}
            />
          ) : (
            <main className="reading-area">
              <div className="empty-reader">
                <p>Choose an article from the library to read and annotate it.</p>
                <p className="muted">Add your own with “Add article…”, by dropping .txt or .md files here, or by pasting text.</p>
              </div>
            </main>
          )}
        </>
      )}
      <footer className="status-line">
        <span role="status" aria-label="Selection">
          {article ? describeSelection(selection) : ''}
        </span>
        {exchange.progress && (
          <span role="status" aria-label="Import progress" className="busy">
            {visibleText(exchange.progress)}
          </span>
        )}
        <span className="spacer" />
        <LabelLegend />
        <span className="spacer" />
        {/* A status to look at, not announced after every action (the notices and "Saved" are). */}
        <span role="status" aria-live="off" aria-label="Undo" className="muted">
          {undoLabels.undo ? `Undo ${undoLabels.undo}` : ''}
        </span>
        <span role="status" aria-label="Save state" className={`save-state save-${saveStatus.state}`}>
          {saveStatus.text}
        </span>
      </footer>
      {recovery && <RecoveryNotice notice={recovery} onDismiss={() => setRecovery(null)} />}
      <NoticeArea notices={notices} onDismiss={dismiss} />
      {showingBackups && <BackupsDialog listBackups={listBackups} restore={restore} onClose={() => setShowingBackups(false)} />}
      {exchange.dialogs}
      {editingProfile && workspace && (
        <ProfileDialog name={workspace.profile.name} onSave={saveProfile} onClose={() => setEditingProfile(false)} />
      )}
      {dragging && (
        <div className="drop-hint" aria-hidden="true">
          Drop articles (.txt, .md) to add them, or annotation sets (.json, .jsonld) to import them
        </div>
      )}
    </div>
  );
}
