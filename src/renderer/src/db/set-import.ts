// Storing an imported set: the texts of the library articles it is placed in are read, the set is
// built from them (re-anchored, or kept as orphans; in the exchange worker, outside any
// transaction) and stored in one transaction, which first checks that those texts are still the
// ones it was placed in: an article removed or changed meanwhile fails the import, storing nothing.
import type { Article } from '../../../shared/article';
import type { VeritagDatabase } from './database';
import { storeImportedSet, type ImportedSetWrite } from './set-repository';

/** What an import builds from the texts of the articles it is placed in, and its report. */
export type ImportBuilder<Report> = (
  texts: ReadonlyMap<string, string>,
) => { write: ImportedSetWrite; report: Report } | Promise<{ write: ImportedSetWrite; report: Report }>;

const textsOf = async (db: VeritagDatabase, articleIds: readonly string[]): Promise<Map<string, string>> =>
  new Map((await db.documents.bulkGet([...articleIds])).filter((a): a is Article => a !== undefined).map((a) => [a.id, a.text]));

const sameTexts = (a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): boolean =>
  a.size === b.size && [...a].every(([id, text]) => b.get(id) === text);

/**
 * Reads the texts of `articleIds` (those in the library), builds the set with them and stores it:
 * all of it, or (on any error) nothing. `onProgress` hears how many annotations are written.
 */
export async function importSet<Report>(
  db: VeritagDatabase,
  articleIds: readonly string[],
  build: ImportBuilder<Report>,
  onProgress?: (written: number, total: number) => void,
): Promise<Report> {
  const texts = await textsOf(db, articleIds);
  const { write, report } = await build(texts);
  await db.transaction('rw', [db.documents, db.sets, db.annotations, db.foreignDocuments], async () => {
    if (!sameTexts(texts, await textsOf(db, articleIds))) {
      throw new Error('an article it is placed in was changed or removed meanwhile; import the file again');
    }
    await storeImportedSet(db, write, onProgress);
  });
  return report;
}
