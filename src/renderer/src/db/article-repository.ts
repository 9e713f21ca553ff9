// The article library: adding (deduplicated by id, placing the orphans that waited for an added
// article), importing the bundled seeds once, renaming, and removing, which keeps the annotations
// on the article, in every set, as orphans. Each user action is one transaction.
import type { Article } from '../../../shared/article';
import { codePointLength } from '../../../shared/code-points';
import type { VeritagDatabase } from './database';
import { reattachOrphans } from './set-repository';

export interface AddResult {
  added: Article[];
  /** Articles whose text was already in the library (the stored copy is returned). */
  existing: Article[];
  /** Orphaned annotations placed in the added articles. */
  reattached: number;
}

/** What removing an article did: its title, and how many annotations on it are now orphans. */
export interface RemovedArticle {
  title: string;
  orphaned: number;
}

const SEEDS_KEY = 'bundledSeedsOffered';
const MAX_TITLE_LENGTH = 300;

/** Adds the articles not in the library yet and places the orphans waiting for them: all or nothing. */
export async function addArticles(db: VeritagDatabase, candidates: readonly Article[]): Promise<AddResult> {
  return db.transaction('rw', db.documents, db.annotations, db.foreignDocuments, async () => {
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
    return { added, existing, reattached: await reattachOrphans(db, added) };
  });
}

/**
 * Adds the bundled seeds not offered before (a seed the user removed does not come back), and places
 * the orphans that were waiting for them, in one transaction; writes nothing when every seed was offered.
 */
export async function importBundledSeeds(db: VeritagDatabase, seeds: readonly Article[]): Promise<number> {
  return db.transaction('rw', [db.documents, db.meta, db.annotations, db.foreignDocuments], async () => {
    const entry = await db.meta.get(SEEDS_KEY);
    const offered = new Set(Array.isArray(entry?.value) ? (entry.value as string[]) : []);
    const fresh = seeds.filter((seed) => !offered.has(seed.id));
    if (fresh.length === 0) return 0;
    const present = await db.documents.bulkGet(fresh.map((s) => s.id));
    const toAdd = fresh.filter((_, i) => !present[i]);
    await db.documents.bulkAdd(toAdd);
    await reattachOrphans(db, toAdd);
    for (const seed of seeds) offered.add(seed.id);
    await db.meta.put({ key: SEEDS_KEY, value: [...offered].sort() });
    return toAdd.length;
  });
}

/** Renames an article (its title only: the text never changes). Returns the stored title. */
export async function renameArticle(db: VeritagDatabase, id: string, title: string): Promise<string> {
  const clean = title.replace(/\s+/g, ' ').trim();
  if (clean === '') throw new Error('A title cannot be empty.');
  if (codePointLength(clean) > MAX_TITLE_LENGTH) throw new Error(`A title can have at most ${MAX_TITLE_LENGTH} characters.`);
  await db.transaction('rw', db.documents, async () => {
    const updated = await db.documents.update(id, { title: clean });
    if (updated === 0) throw new Error('That article is no longer in the library.');
  });
  return clean;
}

/**
 * Removes an article's text from the library. The annotations on it, in every set, are evidence and
 * stay, as orphans (offsets and quotes untouched, so review decisions still find them); the article's
 * title, source and length are kept with them, so they are listed and exported, and adding the
 * article again re-attaches them. One transaction.
 */
export async function removeArticle(db: VeritagDatabase, id: string): Promise<RemovedArticle> {
  return db.transaction('rw', db.documents, db.annotations, db.foreignDocuments, async () => {
    const article = await db.documents.get(id);
    if (!article) throw new Error('That article is no longer in the library.');
    const onIt = db.annotations.where('document').equals(id);
    const orphaned = await onIt.count();
    await onIt.modify({ orphan: 1 });
    // Kept even when no annotation is on it now: undoing a deletion may bring one back.
    await db.foreignDocuments.put({ id, title: article.title, source: article.source, length: article.length });
    await db.documents.delete(id);
    return { title: article.title, orphaned };
  });
}

/** Every article's id, title and source (no texts), for matching imported documents. */
export async function libraryEntries(db: VeritagDatabase): Promise<Array<Pick<Article, 'id' | 'title' | 'source'>>> {
  const entries: Array<Pick<Article, 'id' | 'title' | 'source'>> = [];
  await db.documents.each(({ id, title, source }) => entries.push({ id, title, source }));
  return entries;
}
