// Renderer entry: fonts and styles, the menu commands' queue, then the React workbench.
import '@fontsource/literata/400.css';
import '@fontsource/literata/400-italic.css';
import '@fontsource/literata/600.css';
import '@fontsource/inter/400.css';
import '@fontsource/inter/500.css';
import '@fontsource/inter/600.css';
import 'prosemirror-view/style/prosemirror.css';
import './styles.css';
import './reader/highlights.css';
import './review/review.css';
import './review/review-panes.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { UndoContext, UndoStore } from './annotations/undo-store';
import { CopySync } from './backups/copy-sync';
import { recoverAtStart } from './backups/recovery';
import { StartFailure } from './backups/start-failure';
import { journalChanges } from './db/change-journal';
import { readCopyState } from './db/copy-repository';
import { storage } from './db/storage';
import { MenuCommandQueue } from './ui/menu-command-queue';
import { failureMessage, veritag } from './veritag-bridge';

// Listen before the first render: a command chosen while the app loads waits in the queue.
const menuCommands = new MenuCommandQueue();
veritag().onMenuCommand(menuCommands.receive);

// Every committed change to the user's work goes to the durable copy, from the first one on.
const copySync = new CopySync(veritag(), () => readCopyState(storage));
journalChanges(storage, copySync.append);

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
// The database is checked against the copy (and restored from it) before anything reads it; a
// database that cannot be opened at all stops here, with the copy left untouched.
void recoverAtStart(storage, veritag(), copySync).then(
  (recovery) => {
    createRoot(root).render(
      <StrictMode>
        <UndoContext value={new UndoStore()}>
          <App menuCommands={menuCommands} recovery={recovery} copySync={copySync} />
        </UndoContext>
      </StrictMode>,
    );
  },
  (error: unknown) => {
    const reason = `The database could not be opened: ${failureMessage(error)}`;
    copySync.hold(reason);
    createRoot(root).render(<StartFailure reason={reason} />);
  },
);
