// Import and export as the user meets them: the menu, buttons and dropped files start them; this
// hook walks each through its dialogs (decisions, problems, export options) and reports the outcome.
import { useCallback, useRef, useState, type ReactNode } from 'react';
import type { AnnotationSet } from '../../../shared/annotation';
import type { Article } from '../../../shared/article';
import { isUnreadable, type OpenedFile } from '../../../shared/ipc';
import { libraryEntries } from '../db/article-repository';
import { listSets } from '../db/set-repository';
import { storage } from '../db/storage';
import { notEnoughSpaceMessage, notImportedMessage } from '../db/storage-failure';
import type { Workspace } from '../db/workspace-repository';
import { formatCount, plural } from '../ui/plural';
import { veritag } from '../veritag-bridge';
import { ExportDialog } from './export-dialog';
import { ImportDialog } from './import-dialog';
import { importShortfall } from './import-space';
import { defaultDecision, describeImport, needsDecision, type ImportDecision } from './import-plan';
import { OrphansDialog } from './orphans-dialog';
import { ProblemsDialog } from './problems-dialog';
import { exportSet, forgetSetFile, readSetFile, storeImport, type ExportOptions, type ImportProgress, type ReadPlan } from './set-exchange';

interface SetExchangeContext {
  articles: readonly Article[] | null;
  sets: readonly AnnotationSet[] | null;
  workspace: Workspace | null;
  openArticle: { id: string; title: string } | null;
  saveProfileName: (name: string) => Promise<string | null>;
  inform: (lines: string[]) => void;
  fail: (error: unknown) => void;
}

type Step =
  | { kind: 'idle' }
  /** `serial` tells one file's decision from the next one's, so each dialog starts from its own file. */
  | { kind: 'decide'; read: ReadPlan; queue: OpenedFile[]; serial: number }
  | { kind: 'problems'; fileName: string; problems: string[]; queue: OpenedFile[] }
  | { kind: 'export'; setId: string }
  | { kind: 'orphans' };

export interface SetExchange {
  importFiles: (files: OpenedFile[]) => void;
  chooseAndImport: () => void;
  startExport: (setId?: string) => void;
  showOrphans: () => void;
  dialogs: ReactNode;
  /** What a running import is doing, for the status line; null when none runs. */
  progress: string | null;
}

/** Fewest milliseconds between two updates of the progress line (each one renders the app). */
const PROGRESS_EVERY_MS = 200;

/** The status line for an import of `fileName` that is as far as `progress`. */
function progressLine(fileName: string, progress: ImportProgress): string {
  return progress.step === 'placing'
    ? `Importing ${fileName}: placing the annotations…`
    : `Importing ${fileName}: ${formatCount(progress.written)} of ${plural(progress.total, 'annotation')}`;
}

export function useSetExchange(context: SetExchangeContext): SetExchange {
  const { articles, sets, workspace, inform, fail } = context;
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const decisions = useRef(0);
  const library = articles ?? [];

  const [progress, setProgress] = useState<string | null>(null);
  const finish = useCallback(
    async (read: ReadPlan, decision: ImportDecision) => {
      const { fileName } = read.plan;
      setProgress(`Importing ${fileName}…`);
      let shownAt = 0;
      try {
        const report = await storeImport(storage, read, decision, (progress) => {
          const now = performance.now();
          const last = progress.step === 'writing' && progress.written === progress.total;
          if (now - shownAt < PROGRESS_EVERY_MS && progress.step === 'writing' && !last) return;
          shownAt = now;
          setProgress(progressLine(fileName, progress));
        });
        inform([describeImport(report)]);
      } catch (error) {
        // Nothing of it was stored (one transaction): say so in the user's words, naming the file.
        throw new Error(notImportedMessage(fileName, error));
      } finally {
        setProgress(null);
      }
    },
    [inform],
  );

  /** Takes the queued files one at a time: each either imports, asks a decision, or lists its problems. */
  const next = useCallback(
    async (queue: OpenedFile[]): Promise<void> => {
      for (let remaining = queue; ; ) {
        const [file, ...rest] = remaining;
        if (!file) {
          setStep({ kind: 'idle' });
          return;
        }
        if (isUnreadable(file)) {
          setStep({ kind: 'problems', fileName: file.name, problems: [file.error], queue: rest });
          return;
        }
        // A large file that would not fit is refused before anything is read or stored.
        const shortfall = await importShortfall(file.bytes.length);
        if (shortfall) {
          fail(new Error(notEnoughSpaceMessage(file.name, shortfall.needed, shortfall.free)));
          remaining = rest;
          continue;
        }
        // The library as stored now (the seeds may have arrived since the last render).
        setProgress(`Reading ${file.name}…`);
        const read = await readSetFile(file, await libraryEntries(storage), await listSets(storage)).finally(() => setProgress(null));
        if (!read.ok) {
          setStep({ kind: 'problems', fileName: read.fileName, problems: read.errors, queue: rest });
          return;
        }
        if (needsDecision(read.plan)) {
          decisions.current += 1;
          setStep({ kind: 'decide', read, queue: rest, serial: decisions.current });
          return;
        }
        await finish(read, defaultDecision(read.plan));
        remaining = rest;
      }
    },
    [finish, fail],
  );

  const importFiles = useCallback((files: OpenedFile[]) => void next(files).catch(fail), [next, fail]);
  const chooseAndImport = useCallback(() => void veritag().openSetFiles().then(importFiles, fail), [importFiles, fail]);
  const startExport = useCallback(
    (setId?: string) => {
      const id = setId ?? workspace?.mySet.id;
      if (id) setStep({ kind: 'export', setId: id });
    },
    [workspace],
  );
  const showOrphans = useCallback(() => setStep({ kind: 'orphans' }), []);

  const runExport = async (options: ExportOptions) => {
    const result = await exportSet(options);
    setStep({ kind: 'idle' });
    if (result.saved) inform([`Exported ${plural(result.count, 'annotation')} to ${result.fileName}.`]);
  };

  let dialogs: ReactNode = null;
  if (step.kind === 'decide') {
    dialogs = (
      <ImportDialog
        key={step.serial}
        plan={step.read.plan}
        library={library}
        onCancel={() => void forgetSetFile(step.read).then(() => next(step.queue)).catch(fail)}
        onImport={(decision) => finish(step.read, decision).then(() => next(step.queue)).catch(fail)}
      />
    );
  } else if (step.kind === 'problems') {
    dialogs = <ProblemsDialog fileName={step.fileName} problems={step.problems} onClose={() => void next(step.queue).catch(fail)} />;
  } else if (step.kind === 'export' && sets && workspace) {
    dialogs = (
      <ExportDialog
        sets={sets}
        initialSetId={step.setId}
        openArticle={context.openArticle}
        profile={workspace.profile}
        onRename={context.saveProfileName}
        onExport={runExport}
        onClose={() => setStep({ kind: 'idle' })}
      />
    );
  } else if (step.kind === 'orphans') {
    dialogs = <OrphansDialog onClose={() => setStep({ kind: 'idle' })} />;
  }
  return { importFiles, chooseAndImport, startExport, showOrphans, dialogs, progress };
}
