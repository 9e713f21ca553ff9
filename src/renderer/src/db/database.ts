// The one IndexedDB database (Dexie). Every schema version stays here, oldest first,
// each with the date it was introduced; never edit a released version, add a new one.
import { Dexie, type EntityTable } from 'dexie';
import type { Article } from '../../../shared/article';

/** Small named values the app keeps (e.g. which bundled seeds were already offered). */
export interface MetaEntry {
  key: string;
  value: unknown;
}

export class VeritagDatabase extends Dexie {
  documents!: EntityTable<Article, 'id'>;
  meta!: EntityTable<MetaEntry, 'key'>;

  constructor(name = 'veritag') {
    super(name);
    // v1, 2026-11-22: the article library (text included) and app metadata.
    this.version(1).stores({
      documents: 'id, source, addedAt',
      meta: 'key',
    });
  }
}

export const db = new VeritagDatabase();
