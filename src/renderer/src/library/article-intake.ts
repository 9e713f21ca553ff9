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
import { addArticles, importBundledSeeds, type AddResult } from '../db/article-repository';
import type { Storage } from '../db/storage';
import { notAddedMessage } from '../db/storage-failure';
import { plural } from '../ui/plural';

export interface IntakeReport extends AddResult {
  errors: string[];
}

const NOTHING_ADDED: AddResult = { added: [], existing: [], reattached: 0 };

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

/** Stores the articles in one transaction; when it fails, none is added and the report says so, naming them. */
async function store(storage: Storage, articles: readonly Article[], errors: string[]): Promise<IntakeReport> {
  if (articles.length === 0) return { ...NOTHING_ADDED, errors };
  try {
    return { ...(await addArticles(storage, articles)), errors };
  } catch (error) {
    return { ...NOTHING_ADDED, errors: [...errors, notAddedMessage(articles.map((a) => a.source), error)] };
  }
}

/** Adds the files that are articles (placing the orphans waiting for them), in one transaction. */
export async function addArticleFiles(storage: Storage, files: readonly OpenedFile[]): Promise<IntakeReport> {
  const { articles, errors } = toArticles(files, 'added', new Date());
  return store(storage, articles, errors);
}

export async function addPastedText(storage: Storage, text: string, now = new Date()): Promise<IntakeReport> {
  const stamp = now.toISOString().slice(0, 16).replace('T', ' ');
  const result = createArticleFromText({ text, source: `Pasted ${stamp}`, origin: 'pasted', now });
  if (!result.ok) return { ...NOTHING_ADDED, errors: ['The clipboard holds no text to add.'] };
  return store(storage, [result.article], []);
}

/** Stores the bundled seeds on first run (later runs add only seeds never offered). */
export async function ensureBundledSeeds(storage: Storage, files: readonly OpenedFile[]): Promise<string[]> {
  const base = Date.now();
  const { articles, errors } = toArticles(files, 'bundled', new Date(base));
  // Distinct timestamps keep the seeds in file order in the library.
  const stamped = articles.map((a, i) => ({ ...a, addedAt: new Date(base + i).toISOString() }));
  await importBundledSeeds(storage, stamped);
  return errors;
}

/** One sentence per outcome, for the notification area. */
export function describeIntake(report: IntakeReport): string[] {
  const lines: string[] = [];
  const [first] = report.added;
  if (first && report.added.length === 1) lines.push(`Added “${first.title}”.`);
  else if (report.added.length > 1) lines.push(`Added ${plural(report.added.length, 'article')}.`);
  for (const article of report.existing) lines.push(`“${article.title}” is already in the library.`);
  if (report.reattached > 0) lines.push(`Re-attached ${plural(report.reattached, 'orphaned annotation')}.`);
  return lines;
}
