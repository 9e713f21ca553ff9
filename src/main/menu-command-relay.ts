// Menu commands for the page, which hears them only once it has loaded: while the window is still
// loading, reloading, has crashed or is gone (macOS keeps the app without one), they wait here and
// are delivered in order when a page has loaded, so a command chosen early is never dropped.
import { MENU_CHANNEL, type MenuCommand } from '../shared/ipc';

interface NavigationDetails {
  isMainFrame: boolean;
  isSameDocument: boolean;
}

type Listen<Event extends string, Listener> = (event: Event, listener: Listener) => unknown;

/** The parts of a window's webContents the relay uses (Electron's WebContents has them). */
export interface MenuPage {
  on: Listen<'did-finish-load', () => void> &
    Listen<'did-start-navigation', (details: NavigationDetails) => void> &
    Listen<'render-process-gone', () => void> &
    Listen<'destroyed', () => void>;
  send: (channel: string, command: MenuCommand) => void;
}

export class MenuCommandRelay {
  private readonly waiting: MenuCommand[] = [];
  /** The page that has loaded and hears commands; null while none does. */
  private loaded: MenuPage | null = null;

  /** Delivers a command now, or keeps it (once: the user repeats it because nothing happened) until a page has loaded. */
  send(command: MenuCommand): void {
    if (this.loaded) this.loaded.send(MENU_CHANNEL, command);
    else if (!this.waiting.includes(command)) this.waiting.push(command);
  }

  /** Follows a window's page: it hears commands from each time it has loaded until it navigates away, crashes or closes. */
  follow(page: MenuPage): void {
    const leave = () => {
      if (this.loaded === page) this.loaded = null;
    };
    page.on('did-finish-load', () => {
      this.loaded = page;
      for (const command of this.waiting.splice(0)) page.send(MENU_CHANNEL, command);
    });
    page.on('did-start-navigation', (details) => {
      if (details.isMainFrame && !details.isSameDocument) leave();
    });
    page.on('render-process-gone', leave);
    page.on('destroyed', leave);
  }
}
