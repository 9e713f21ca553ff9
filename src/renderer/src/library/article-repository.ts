// Writes to the article library: adding (deduplicated by id), importing the bundled
// seeds once, renaming and removing (with its annotations). Each user action is one transaction.
import type { Article } from '../../../shared/article';
import type { VeritagDatabase } from '../db/database';

export interface AddResult {
  added: Article[];
  /** Articles whose text was already in the library (the stored copy is returned). */
  existing: Article[];
}

const SEEDS_KEY = 'bundledSeedsOffered';
export const MAX_TITLE_LENGTH = 300;

export async function addArticles(db: VeritagDatabase, candidates: readonly Article[]): Promise<AddResult> {
  return db.transaction('rw', db.documents, async () => {
    const added: Article[] = [];
    const existing: Article[] = [];
    const stored = await db.documents.bulkGet(candidates.map((a) => a.id));
    const seen = new Set<string>();
    candidates.forEach((candidate, i) => {
      const prior = stored[i];
      if (prior) existing.push(prior);
      else if (seen.has(candidate.id)) existing.push(candidate);
      else {
        seen.add(candidate.id);
        added.push(candidate);
      }
    });
    await db.documents.bulkAdd(added);
    return { added, existing };
  });
}

/** Adds the bundled seeds not offered before; a seed the user removed does not come back. */
export async function importBundledSeeds(db: VeritagDatabase, seeds: readonly Article[]): Promise<number> {
  return db.transaction('rw', db.documents, db.meta, async () => {
    const entry = await db.meta.get(SEEDS_KEY);
    const offered = new Set(Array.isArray(entry?.value) ? (entry.value as string[]) : []);
    const fresh = seeds.filter((seed) => !offered.has(seed.id));
    const present = await db.documents.bulkGet(fresh.map((s) => s.id));
    const toAdd = fresh.filter((_, i) => !present[i]);
    await db.documents.bulkAdd(toAdd);
    for (const seed of seeds) offered.add(seed.id);
    await db.meta.put({ key: SEEDS_KEY, value: [...offered].sort() });
    return toAdd.length;
  });
}

/** Renames an article (its title only: the text never changes). Returns the stored title. */
export async function renameArticle(db: VeritagDatabase, id: string, title: string): Promise<string> {
  const clean = title.replace(/\s+/g, ' ').trim();
  if (clean === '') throw new Error('A title cannot be empty.');
  if ([...clean].length > MAX_TITLE_LENGTH) throw new Error(`A title can have at most ${MAX_TITLE_LENGTH} characters.`);
  await db.transaction('rw', db.documents, async () => {
    const updated = await db.documents.update(id, { title: clean });
    if (updated === 0) throw new Error('That article is no longer in the library.');
  });
  return clean;
}

/** Removes an article and its annotations in every set. */
export async function removeArticle(db: VeritagDatabase, id: string): Promise<void> {
  await db.transaction('rw', db.documents, db.annotations, async () => {
    await db.annotations.where('document').equals(id).delete();
    await db.documents.delete(id);
  });
}

/** How many annotations (in every set) removing the article would delete. */
export async function countDocumentAnnotations(db: VeritagDatabase, documentId: string): Promise<number> {
  return db.annotations.where('document').equals(documentId).count();
}

/** Every article's id, title and source (no texts), for matching imported documents. */
export async function libraryEntries(db: VeritagDatabase): Promise<Array<Pick<Article, 'id' | 'title' | 'source'>>> {
  const entries: Array<Pick<Article, 'id' | 'title' | 'source'>> = [];
  await db.documents.each(({ id, title, source }) => entries.push({ id, title, source }));
  return entries;
}
