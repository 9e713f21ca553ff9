// Application-menu commands can arrive before the app is ready for them (a shortcut pressed while
// the library and the user's sets are still loading): they wait here, in order, and are handled
// once the app has loaded its data and attached its handler. None is lost; one chosen again while
// waiting (the user repeats it because nothing happened yet) is kept once.
import { useEffect, useEffectEvent } from 'react';
import type { MenuCommand } from '../../../shared/ipc';

type Handler = (command: MenuCommand) => void;

export class MenuCommandQueue {
  private readonly waiting: MenuCommand[] = [];
  private handler: Handler | null = null;

  /** A command from the menu: handled now when the app is ready, else kept (once: the user repeats it because nothing happened). */
  readonly receive = (command: MenuCommand): void => {
    if (this.handler) this.handler(command);
    else if (!this.waiting.includes(command)) this.waiting.push(command);
  };

  /** The app is ready: the waiting commands are handled in order, later ones as they come. Returns the detach function. */
  attach(handler: Handler): () => void {
    this.handler = handler;
    for (const command of this.waiting.splice(0)) handler(command);
    return () => {
      if (this.handler === handler) this.handler = null;
    };
  }
}

/** Handles the queue's commands with `handle` while `ready` (the latest `handle`, without re-attaching). */
export function useMenuCommands(queue: MenuCommandQueue, ready: boolean, handle: Handler): void {
  const onCommand = useEffectEvent(handle);
  useEffect(() => (ready ? queue.attach((command) => onCommand(command)) : undefined), [queue, ready]);
}
