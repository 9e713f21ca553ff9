// Turns files and pasted text into library articles, and says what happened in words a
// user understands: what was added, what was already there, what was refused and why.
import {
  createArticle,
  createArticleFromText,
  isArticleFileName,
  type Article,
  type ArticleOrigin,
} from '../../../shared/article';
import { isUnreadable, type OpenedFile } from '../../../shared/ipc';
import { db } from '../db/database';
import { reattachOrphans } from '../db/set-repository';
import { addArticles, importBundledSeeds } from './article-repository';

export interface IntakeReport {
  added: Article[];
  existing: Article[];
  errors: string[];
  /** Orphaned annotations placed in the added articles. */
  reattached: number;
}

function toArticles(files: readonly OpenedFile[], origin: ArticleOrigin, now: Date) {
  const articles: Article[] = [];
  const errors: string[] = [];
  for (const file of files) {
    if (isUnreadable(file)) errors.push(file.error);
    else if (!isArticleFileName(file.name)) errors.push(`${file.name}: Only .txt and .md files can be added`);
    else {
      const result = createArticle({ bytes: file.bytes, source: file.name, origin, now });
      if (result.ok) articles.push(result.article);
      else errors.push(result.message);
    }
  }
  return { articles, errors };
}

/** Adds articles and places the orphans waiting for them: one transaction, all or nothing. */
function addAndReattach(articles: readonly Article[]): Promise<Omit<IntakeReport, 'errors'>> {
  return db.transaction('rw', db.documents, db.annotations, db.foreignDocuments, async () => {
    const { added, existing } = await addArticles(db, articles);
    return { added, existing, reattached: await reattachOrphans(db, added) };
  });
}

export async function addArticleFiles(files: readonly OpenedFile[]): Promise<IntakeReport> {
  const { articles, errors } = toArticles(files, 'added', new Date());
  if (articles.length === 0) return { added: [], existing: [], errors, reattached: 0 };
  return { ...(await addAndReattach(articles)), errors };
}

export async function addPastedText(text: string, now = new Date()): Promise<IntakeReport> {
  const stamp = now.toISOString().slice(0, 16).replace('T', ' ');
  const result = createArticleFromText({ text, source: `Pasted ${stamp}`, origin: 'pasted', now });
  if (!result.ok) return { added: [], existing: [], errors: ['The clipboard holds no text to add.'], reattached: 0 };
  return { ...(await addAndReattach([result.article])), errors: [] };
}

/** Stores the bundled seeds on first run (later runs add only seeds never offered). */
export async function ensureBundledSeeds(files: readonly OpenedFile[]): Promise<string[]> {
  const base = Date.now();
  const { articles, errors } = toArticles(files, 'bundled', new Date(base));
  // Distinct timestamps keep the seeds in file order in the library.
  const stamped = articles.map((a, i) => ({ ...a, addedAt: new Date(base + i).toISOString() }));
  await importBundledSeeds(db, stamped);
  return errors;
}

/** One sentence per outcome, for the notification area. */
export function describeIntake(report: IntakeReport): string[] {
  const lines: string[] = [];
  if (report.added.length === 1) lines.push(`Added “${report.added[0]?.title}”.`);
  else if (report.added.length > 1) lines.push(`Added ${report.added.length} articles.`);
  for (const article of report.existing) lines.push(`“${article.title}” is already in the library.`);
  if (report.reattached > 0) {
    lines.push(`Re-attached ${report.reattached} orphaned ${report.reattached === 1 ? 'annotation' : 'annotations'}.`);
  }
  return lines;
}
