// Test support for the browser unit tests of db/: stored records with plausible defaults (a set,
// an article, an annotation on "people" in its text). Not imported by the app.
import type { Annotation, AnnotationSet, SetKind } from '../../../shared/annotation';
import type { Article } from '../../../shared/article';

export const CREATED = '2026-11-22T09:00:00.000Z';
export const DOC_A = 'sha256:aaaa';
export const DOC_B = 'sha256:bbbb';
const TEXT = 'The 139 people died.';

export function testSet(id: string, kind: SetKind, annotator = 'Me'): AnnotationSet {
  return { id, name: `Set ${id}`, annotator: { id: annotator, name: annotator }, kind, created: CREATED, modified: CREATED };
}

export function testArticle(id: string, text = TEXT): Article {
  return { id, title: `Title ${id}`, source: `${id}.txt`, text, length: [...text].length, publishedOn: null, addedAt: CREATED, origin: 'added' };
}

/** An annotation of "people" in TEXT, on DOC_A unless `fields` say otherwise. */
export function testAnnotation(setId: string, id: string, fields: Partial<Annotation> = {}): Annotation {
  return {
    id,
    setId,
    document: DOC_A,
    label: 'claim',
    start: 8,
    end: 14,
    exact: 'people',
    prefix: 'The 139 ',
    suffix: ' died.',
    note: '',
    created: CREATED,
    modified: CREATED,
    ...fields,
  };
}
