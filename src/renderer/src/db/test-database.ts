// Test support for the browser unit tests: a fresh, uniquely named database per test, deleted
// after it (real IndexedDB in Chromium). Not imported by the app.
import { Dexie } from 'dexie';
import { afterEach } from 'vitest';
import { VeritagDatabase } from './database';

const open: Dexie[] = [];

afterEach(async () => {
  const instances = open.splice(0);
  // Close every instance first: a database still open elsewhere would block its deletion.
  for (const db of instances) db.close();
  for (const name of new Set(instances.map((db) => db.name))) await Dexie.delete(name);
});

/** A new empty VeritagDatabase, deleted after the current test. */
export function testDatabase(): VeritagDatabase {
  return track(new VeritagDatabase(`test-${crypto.randomUUID()}`));
}

/** Registers any Dexie instance (e.g. one opened at an older schema) for deletion after the test. */
export function track<T extends Dexie>(db: T): T {
  open.push(db);
  return db;
}
