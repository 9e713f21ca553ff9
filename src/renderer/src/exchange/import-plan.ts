// Importing a validated annotation-set file: which of its documents the library has, which it
// could stand for (same source: a re-published or edited version), and, once the user has
// decided, the set to store — every annotation re-anchored into the local text or kept as an orphan.
import type { AnnotationSet } from '../../../shared/annotation';
import type { AnnotationSetFile, FileDocument } from '../../../shared/annotation-set-schema';
import type { Article } from '../../../shared/article';
import { annotationInSet } from '../../../shared/annotation-factory';
import { placeAnnotations } from '../../../shared/reanchor';
import { shownName } from '../../../shared/visible-text';
import type { ForeignDocument } from '../db/storage';
import { plural } from '../ui/plural';
import type { ImportedSetWrite } from '../db/set-repository';

interface DocumentMatch {
  document: FileDocument;
  /** The library article with this id, when there is one. */
  known: boolean;
  /** A library article with the same source, offered as the document's new version. */
  suggestion: Pick<Article, 'id' | 'title' | 'source'> | null;
  annotationCount: number;
}

/** What a plan keeps of its file: everything but the annotations (they stay with whoever read the file). */
interface FileHeading extends Pick<AnnotationSetFile, 'set' | 'documents'> {
  annotationCount: number;
}

export interface ImportPlan {
  file: FileHeading;
  fileName: string;
  matches: DocumentMatch[];
  /** A stored set has the file's set id: replace it, or keep both. */
  collision: AnnotationSet | null;
}

export type Collision = 'replace' | 'keep-both';

export interface ImportDecision {
  /** For each unknown document id: the library article to re-anchor into, or null (orphans). */
  mapping: ReadonlyMap<string, string | null>;
  collision: Collision;
}

export interface ImportReport {
  setName: string;
  annotatorName: string;
  annotations: number;
  articles: number;
  reanchored: number;
  orphaned: number;
}

type LibraryEntry = Pick<Article, 'id' | 'title' | 'source'>;

export function planImport(
  file: AnnotationSetFile,
  fileName: string,
  library: readonly LibraryEntry[],
  storedSets: readonly AnnotationSet[],
): ImportPlan {
  const byId = new Set(library.map((a) => a.id));
  const counts = new Map<string, number>();
  for (const a of file.annotations) counts.set(a.document, (counts.get(a.document) ?? 0) + 1);
  const matches = file.documents.map((document) => ({
    document,
    known: byId.has(document.id),
    suggestion: byId.has(document.id) ? null : (library.find((a) => a.source === document.source) ?? null),
    annotationCount: counts.get(document.id) ?? 0,
  }));
  const heading = { set: file.set, documents: file.documents, annotationCount: file.annotations.length };
  return { file: heading, fileName, matches, collision: storedSets.find((s) => s.id === file.set.id) ?? null };
}

/** Whether the user has anything to decide (unknown documents, or a set already stored). */
export const needsDecision = (plan: ImportPlan): boolean =>
  plan.collision !== null || plan.matches.some((m) => !m.known && m.annotationCount > 0);

/** The decision taken when the user is not asked: suggestions accepted, collisions kept apart. */
export function defaultDecision(plan: ImportPlan): ImportDecision {
  return {
    mapping: new Map(plan.matches.filter((m) => !m.known).map((m) => [m.document.id, m.suggestion?.id ?? null])),
    collision: 'keep-both',
  };
}

/**
 * Builds what to store of `file`, as planned: each annotation placed by re-anchoring in its
 * (mapped) article's text, or kept as an orphan with the file's offsets. `texts` gives the text
 * of every article involved.
 */
export function applyImport(
  file: AnnotationSetFile,
  plan: ImportPlan,
  decision: ImportDecision,
  texts: ReadonlyMap<string, string>,
  now: Date,
): { write: ImportedSetWrite; report: ImportReport } {
  const replace = plan.collision !== null && decision.collision === 'replace';
  const setId = plan.collision !== null && !replace ? crypto.randomUUID() : file.set.id;
  const set: AnnotationSet = {
    id: setId,
    name: plan.collision !== null && !replace ? `${file.set.name} (2)` : file.set.name,
    annotator: { ...file.set.annotator },
    kind: 'imported',
    created: now.toISOString(),
    modified: now.toISOString(),
  };

  const target = (documentId: string): string | null =>
    texts.has(documentId) ? documentId : (decision.mapping.get(documentId) ?? null);
  const placement = placeAnnotations(
    file.annotations.map((a) => annotationInSet(a, setId)),
    ({ document }) => {
      const into = target(document);
      const text = into === null ? undefined : texts.get(into);
      return into === null || text === undefined ? null : { document: into, text };
    },
  );
  const { annotations, reanchored, orphaned } = placement;

  // Orphans keep the file's document id; unless the library has that id, record the document.
  const orphanDocuments = new Set(annotations.filter((a) => a.orphan && !texts.has(a.document)).map((a) => a.document));
  const foreignDocuments: ForeignDocument[] = file.documents
    .filter((d) => orphanDocuments.has(d.id))
    .map(({ id, title, source, length }) => ({ id, title, source, length }));

  return {
    write: { set, annotations, foreignDocuments, replace },
    report: {
      setName: set.name,
      annotatorName: set.annotator.name,
      annotations: annotations.length,
      articles: new Set(file.annotations.map((a) => a.document)).size,
      reanchored,
      orphaned,
    },
  };
}

/** "Imported Alice's set: 23 annotations on 5 articles (3 re-anchored, 0 orphaned)" */
export function describeImport(report: ImportReport): string {
  return (
    `Imported ${shownName(report.annotatorName)}'s set “${shownName(report.setName)}”: ` +
    `${plural(report.annotations, 'annotation')} on ${plural(report.articles, 'article')} ` +
    `(${report.reanchored} re-anchored, ${report.orphaned} orphaned)`
  );
}
