// One snapshot of the durable copy as a folder of files (snapshot-files.ts says which), written
// whole (folder-write.ts) and read back with every file's hash checked.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { countsOf } from '../shared/durable-copy';
import type { BackupSummary, CopyState } from '../shared/durable-copy';
import { MANIFEST_FILE, parseSnapshotManifest, snapshotFiles, stateFromSnapshotFiles } from '../shared/snapshot-files';
import type { SnapshotManifest } from '../shared/snapshot-files';
import type { BackupFolder } from './backup-folder';
import { parseSnapshotName, snapshotName } from './backup-folder';
import { fileErrorReason } from './file-error';
import { writeFolderWhole } from './folder-write';

/** Writes `state` as a new snapshot folder, named by its counter and time (`now` when it has none). */
export async function writeSnapshotFolder(folder: BackupFolder, state: CopyState, now: Date): Promise<BackupSummary> {
  const files = snapshotFiles(state);
  const time = state.at === null || Number.isNaN(Date.parse(state.at)) ? now : new Date(state.at);
  const id = await writeFolderWhole(folder.snapshots, snapshotName(state.counter, time), files);
  return { id, at: state.at ?? time.toISOString(), counter: state.counter, counts: countsOf(state.rows) };
}

export type SnapshotRead = { ok: true; state: CopyState; summary: BackupSummary } | { ok: false; error: string };

/** What the Backups window lists of snapshot `name`, from its manifest alone; null when that is unreadable. */
export async function readSnapshotSummary(folder: BackupFolder, name: string): Promise<BackupSummary | null> {
  const manifest = await readManifest(folder, name);
  return typeof manifest === 'string' ? null : summaryOf(name, manifest);
}

/** The state snapshot `name` holds, every file checked against its hash; or what is wrong with it. */
export async function readSnapshotFolder(folder: BackupFolder, name: string): Promise<SnapshotRead> {
  const manifest = await readManifest(folder, name);
  if (typeof manifest === 'string') return { ok: false, error: manifest };
  const files = new Map<string, string>();
  for (const path of Object.keys(manifest.files)) {
    const read = await readText(join(folder.snapshot(name), ...path.split('/')));
    if (!read.ok) return { ok: false, error: `${path} ${read.problem}` };
    files.set(path, read.text);
  }
  const read = stateFromSnapshotFiles(manifest, files);
  return read.ok ? { ok: true, state: read.state, summary: summaryOf(name, manifest) } : read;
}

async function readManifest(folder: BackupFolder, name: string): Promise<SnapshotManifest | string> {
  const read = await readText(join(folder.snapshot(name), MANIFEST_FILE));
  if (!read.ok) return `${MANIFEST_FILE} ${read.problem}`;
  const parsed = parseSnapshotManifest(read.text);
  return parsed.ok ? parsed.manifest : parsed.error;
}

function summaryOf(name: string, manifest: SnapshotManifest): BackupSummary {
  const at = manifest.at ?? parseSnapshotName(name)?.time ?? new Date(0).toISOString();
  return { id: name, at, counter: manifest.counter, counts: manifest.counts };
}

type TextRead = { ok: true; text: string } | { ok: false; problem: string };

/** The file's text exactly (a BOM kept), or what keeps it from being read. */
async function readText(path: string): Promise<TextRead> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return { ok: false, problem: `cannot be read: ${fileErrorReason(error)}` };
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    return { ok: false, problem: 'is not UTF-8 text' };
  }
}
