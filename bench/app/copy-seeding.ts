// Puts the user's own annotations into a profile the way the app itself brings work back: a snapshot
// written by the main process's durable-copy store into the profile's Backups folder, one change
// ahead of the database, which the app restores at its next start (docs/backups.md).
/// <reference types="node" />
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { DurableCopyStore } from '../../src/main/durable-copy-store';
import type { Annotation } from '../../src/shared/annotation';
import { CHANGE_COUNTER_KEY, type Row } from '../../src/shared/durable-copy';

/** The stored article and the user's own set, as the copy holds them. */
export interface CopiedWork {
  document: { id: string; text: string };
  setId: string;
}

/** Whether anything in the profile's Backups folder mentions `needle` yet (the app's copy has caught up). */
export async function backupMentions(profileDir: string, needle: string): Promise<boolean> {
  const root = join(profileDir, 'Backups');
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const text = await readFile(join(entry.parentPath, entry.name), 'utf8').catch(() => '');
    if (text.includes(needle)) return true;
  }
  return false;
}

/** Reads the article titled `title` and the user's own set from the copy of a profile whose app is not running. */
export async function readCopiedWork(profileDir: string, title: string): Promise<CopiedWork> {
  const store = new DurableCopyStore({ backupDir: join(profileDir, 'Backups') });
  const { state } = await store.read(null);
  await store.idle();
  const document = state.rows.documents.find((row) => row['title'] === title);
  const mine = state.rows.sets.find((row) => row['kind'] === 'mine');
  if (!document || typeof document['id'] !== 'string' || typeof document['text'] !== 'string') throw new Error(`The backup copy has no article “${title}”`);
  if (!mine || typeof mine['id'] !== 'string') throw new Error('The backup copy has no set of the user’s own');
  return { document: { id: document['id'], text: document['text'] }, setId: mine['id'] };
}

/**
 * Writes a snapshot of the copy with `annotations` added to the user's set, one change past the
 * database, so that the app restores it at its next start. The app must not be running.
 */
export async function addToCopy(profileDir: string, annotations: readonly Annotation[]): Promise<void> {
  const store = new DurableCopyStore({ backupDir: join(profileDir, 'Backups') });
  const { state } = await store.read(null);
  const counter = state.counter + 1;
  const meta = state.rows.meta.filter((row) => row['key'] !== CHANGE_COUNTER_KEY);
  await store.writeSnapshot({
    counter,
    at: new Date().toISOString(),
    rows: {
      ...state.rows,
      annotations: [...state.rows.annotations, ...annotations.map((a): Row => ({ ...a }))],
      meta: [...meta, { key: CHANGE_COUNTER_KEY, value: counter }],
    },
  });
  await store.idle();
}
