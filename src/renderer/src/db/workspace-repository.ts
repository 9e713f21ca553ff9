// The user's workspace: their profile (kept in `meta`) and their own, editable annotation set,
// both created on first start-up; and renaming the user. Each user action is one transaction.
import type { AnnotationSet } from '../../../shared/annotation';
import { codePointLength } from '../../../shared/code-points';
import type { VeritagDatabase } from './database';

/** The person using this copy of the app; `named` stays false until they choose a name. */
export interface Profile {
  id: string;
  name: string;
  named: boolean;
}

export interface Workspace {
  profile: Profile;
  /** The user's own set (kind 'mine'). */
  mySet: AnnotationSet;
}

const PROFILE_KEY = 'profile';
const DEFAULT_PROFILE_NAME = 'Me';
const MY_SET_NAME = 'My annotations';
export const MAX_PROFILE_NAME_LENGTH = 80;

/** Creates whatever is missing of the profile and the user's set; safe to call concurrently. */
export async function ensureWorkspace(db: VeritagDatabase, now: Date = new Date()): Promise<Workspace> {
  return db.transaction('rw', db.meta, db.sets, async () => {
    let profile = asProfile((await db.meta.get(PROFILE_KEY))?.value);
    if (!profile) {
      profile = { id: crypto.randomUUID(), name: DEFAULT_PROFILE_NAME, named: false };
      await db.meta.put({ key: PROFILE_KEY, value: profile });
    }
    let mySet = await db.sets.where('kind').equals('mine').first();
    if (!mySet) {
      const stamp = now.toISOString();
      mySet = {
        id: crypto.randomUUID(),
        name: MY_SET_NAME,
        annotator: { id: profile.id, name: profile.name },
        kind: 'mine',
        created: stamp,
        modified: stamp,
      };
      await db.sets.add(mySet);
    }
    return { profile, mySet };
  });
}

/** The workspace, or undefined before ensureWorkspace has run. */
export async function readWorkspace(db: VeritagDatabase): Promise<Workspace | undefined> {
  return db.transaction('r', db.meta, db.sets, async () => {
    const profile = asProfile((await db.meta.get(PROFILE_KEY))?.value);
    const mySet = await db.sets.where('kind').equals('mine').first();
    return profile && mySet ? { profile, mySet } : undefined;
  });
}

/** Sets the user's name (also on their own set) and returns the stored profile. */
export async function renameProfile(db: VeritagDatabase, name: string): Promise<Profile> {
  const clean = name.trim();
  if (clean === '') throw new Error('A name cannot be empty.');
  if (codePointLength(clean) > MAX_PROFILE_NAME_LENGTH) {
    throw new Error(`A name can have at most ${MAX_PROFILE_NAME_LENGTH} characters.`);
  }
  return db.transaction('rw', db.meta, db.sets, async () => {
    const prior = asProfile((await db.meta.get(PROFILE_KEY))?.value);
    if (!prior) throw new Error('The workspace is not ready yet; try again in a moment.');
    const profile: Profile = { ...prior, name: clean, named: true };
    await db.meta.put({ key: PROFILE_KEY, value: profile });
    await db.sets
      .where('kind')
      .equals('mine')
      .modify((set) => {
        set.annotator = { ...set.annotator, name: clean };
      });
    return profile;
  });
}

function asProfile(value: unknown): Profile | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { id, name, named } = value as Record<string, unknown>;
  return typeof id === 'string' && typeof name === 'string' && typeof named === 'boolean'
    ? { id, name, named }
    : undefined;
}
