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
import { MenuCommandQueue } from './ui/menu-command-queue';
import { veritag } from './veritag-bridge';

// Listen before the first render: a command chosen while the app loads waits in the queue.
const menuCommands = new MenuCommandQueue();
veritag().onMenuCommand(menuCommands.receive);

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
createRoot(root).render(
  <StrictMode>
    <UndoContext value={new UndoStore()}>
      <App menuCommands={menuCommands} />
    </UndoContext>
  </StrictMode>,
);
