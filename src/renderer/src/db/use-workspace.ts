// The domain hook over the user's workspace (their profile and their own set) for components.
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from './database';
import { readWorkspace, type Workspace } from './workspace-repository';

/** The profile and the user's own set; null while loading or before ensureWorkspace has run. */
export function useWorkspace(): Workspace | null {
  return useLiveQuery(async () => (await readWorkspace(db)) ?? null, [], null);
}
