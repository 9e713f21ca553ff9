// The workspace against real IndexedDB: created once (even when asked twice at the same time),
// and renaming the user validates the name and carries it to their own set.
import { describe, expect, it } from 'vitest';
import { testDatabase } from './test-database';
import { ensureWorkspace, readWorkspace, renameProfile } from './workspace-repository';

const NOW = new Date('2026-11-22T10:00:00.000Z');
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
/** Matches any version-4 UUID (typed unknown: vitest types its matchers as any). */
const ANY_UUID: unknown = expect.stringMatching(UUID);

describe('ensureWorkspace', () => {
  it('creates the profile and the user set on first start-up', async () => {
    const db = testDatabase();
    expect(await readWorkspace(db)).toBeUndefined();
    const { profile, mySet } = await ensureWorkspace(db, NOW);
    expect(profile).toEqual({ id: ANY_UUID, name: 'Me', named: false });
    expect(mySet).toEqual({
      id: ANY_UUID,
      name: 'My annotations',
      annotator: { id: profile.id, name: 'Me' },
      kind: 'mine',
      created: NOW.toISOString(),
      modified: NOW.toISOString(),
    });
    expect(await db.meta.get('profile')).toEqual({ key: 'profile', value: profile });
    expect(await readWorkspace(db)).toEqual({ profile, mySet });
  });

  it('is idempotent, also when called twice at once', async () => {
    const db = testDatabase();
    const [first, second] = await Promise.all([ensureWorkspace(db, NOW), ensureWorkspace(db, NOW)]);
    expect(second).toEqual(first);
    const later = await ensureWorkspace(db, new Date('2027-01-01T00:00:00.000Z'));
    expect(later).toEqual(first);
    expect(await db.sets.count()).toBe(1);
    expect(await db.meta.count()).toBe(1);
  });

  it('keeps an existing profile and set untouched', async () => {
    const db = testDatabase();
    await ensureWorkspace(db, NOW);
    const renamed = await renameProfile(db, 'Alice');
    const again = await ensureWorkspace(db, new Date('2027-01-01T00:00:00.000Z'));
    expect(again.profile).toEqual(renamed);
    expect(again.mySet.annotator.name).toBe('Alice');
    expect(again.mySet.created).toBe(NOW.toISOString());
  });
});

describe('renameProfile', () => {
  it('stores the trimmed name, marks the profile named and renames the annotator of the user set', async () => {
    const db = testDatabase();
    const { profile, mySet } = await ensureWorkspace(db, NOW);
    await db.sets.add({ ...mySet, id: 'imported', kind: 'imported', annotator: { id: 'bob', name: 'Bob' } });
    const renamed = await renameProfile(db, '  Alice Martin \n');
    expect(renamed).toEqual({ id: profile.id, name: 'Alice Martin', named: true });
    const workspace = await readWorkspace(db);
    expect(workspace?.profile).toEqual(renamed);
    expect(workspace?.mySet.annotator).toEqual({ id: profile.id, name: 'Alice Martin' });
    expect((await db.sets.get('imported'))?.annotator).toEqual({ id: 'bob', name: 'Bob' });
  });

  it('accepts up to 80 characters, counted in code points', async () => {
    const db = testDatabase();
    await ensureWorkspace(db, NOW);
    const name = '🦊'.repeat(80);
    expect((await renameProfile(db, name)).name).toBe(name);
  });

  it('refuses an empty or too long name and leaves the workspace unchanged', async () => {
    const db = testDatabase();
    const before = await ensureWorkspace(db, NOW);
    await expect(renameProfile(db, '   ')).rejects.toThrow('A name cannot be empty.');
    await expect(renameProfile(db, 'x'.repeat(81))).rejects.toThrow('A name can have at most 80 characters.');
    expect(await readWorkspace(db)).toEqual(before);
  });

  it('refuses before the workspace exists', async () => {
    const db = testDatabase();
    await expect(renameProfile(db, 'Alice')).rejects.toThrow('The workspace is not ready yet');
    expect(await db.meta.count()).toBe(0);
  });
});
