// Storing an imported set as one transaction: the texts of the library articles it is placed in
// are read, the set is built from them (re-anchored, or kept as orphans) and stored, so no article
// can be removed between reading its text and placing annotations in it.
import type { Article } from '../../../shared/article';
import type { VeritagDatabase } from './database';
import { storeImportedSet, type ImportedSetWrite } from './set-repository';

/** What an import builds from the texts of the articles it is placed in, and its report. */
export type ImportBuilder<Report> = (texts: ReadonlyMap<string, string>) => { write: ImportedSetWrite; report: Report };

/**
 * Reads the texts of `articleIds` (those still in the library), builds the set with them and
 * stores it: all of it, or (on any error) nothing. `onProgress` hears how many annotations are written.
 */
export async function importSet<Report>(
  db: VeritagDatabase,
  articleIds: readonly string[],
  build: ImportBuilder<Report>,
  onProgress?: (written: number, total: number) => void,
): Promise<Report> {
  return db.transaction('rw', [db.documents, db.sets, db.annotations, db.foreignDocuments], async () => {
    const articles = await db.documents.bulkGet([...articleIds]);
    const texts = new Map(articles.filter((a): a is Article => a !== undefined).map((a) => [a.id, a.text]));
    const { write, report } = build(texts);
    await storeImportedSet(db, write, onProgress);
    return report;
  });
}
