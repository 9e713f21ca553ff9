// States and journal entries for the durable copy's tests, made by the app's own factories: articles
// with astral characters, the user's set with orphans, a reviewed set with provenance, a review and
// its decisions, and a deterministic stream of changes whose expected state any process can rebuild.
import type { Provenance } from '../src/shared/annotation';
import { newAnnotation, orphaned } from '../src/shared/annotation-factory';
import type { Article } from '../src/shared/article';
import { derivePublishedOn, deriveTitle } from '../src/shared/article-metadata';
import { CodePointIndex } from '../src/shared/code-points';
import { documentId } from '../src/shared/document-id';
import { CHANGE_COUNTER_KEY, COPIED_TABLES, applyEntries, emptyRows, keyString, primaryKey } from '../src/shared/durable-copy';
import type { CopyState, JournalEntry, Row, RowChange } from '../src/shared/durable-copy';
import type { LabelId } from '../src/shared/labels';
import { LABEL_IDS } from '../src/shared/labels';
import { compareOrdinal } from '../src/shared/ordinal';
import { TextPositionAnchor, selectorFor } from '../src/shared/text-selector';

export const MY_SET_ID = '3f1c9a52-7d1e-4b8a-9c41-0a5e2f6d8b17';
export const REVIEWED_SET_ID = 'b7e2d410-55aa-4c3e-8f19-6d0c1e2a9f30';
const T0 = Date.UTC(2026, 11, 2, 3, 40, 0);

/** `T0` plus `seconds`, as an RFC 3339 UTC timestamp. */
export const timeAt = (seconds: number): string => new Date(T0 + seconds * 1000).toISOString();

const ARTICLE_TEXTS = [
  'Crocus City Hall: officials put the toll at 139 😀 (TASS). 👨‍👩‍👧 Families waited outside.\nSecond paragraph: 𠀀 and 𝐀.',
  'A second article in plain ASCII: 40 dead, later 137, then 139.',
  '\uFEFFAn article that begins with a byte-order mark, and CRLF\r\nlines stay as they are.',
];

/** A library row for `text` as the app stores it, the text exactly as given (the copy must not change it). */
export function articleRow(text: string, source: string, seconds = 0): Row {
  const article: Article = {
    id: documentId(text),
    title: deriveTitle(text),
    source,
    text,
    length: CodePointIndex.of(text).length,
    publishedOn: derivePublishedOn(text),
    addedAt: timeAt(seconds),
    origin: 'added',
  };
  return { ...article };
}

export interface AnnotationSpec {
  setId: string;
  article: Row;
  start: number;
  end: number;
  label?: LabelId;
  note?: string;
  id: string;
  seconds?: number;
  provenance?: Provenance;
  orphan?: boolean;
}

/** Each article's text with the places of its surrogate pairs, built once (long texts are measured with many annotations). */
const roots = new WeakMap<Row, CodePointIndex>();

/** An annotation row on `spec.article` at code points start–end, made by the factory. */
export function annotationRow(spec: AnnotationSpec): Row {
  let root = roots.get(spec.article);
  if (!root) {
    root = CodePointIndex.of(spec.article['text'] as string);
    roots.set(spec.article, root);
  }
  const made = newAnnotation({
    setId: spec.setId,
    document: spec.article['id'] as string,
    label: spec.label ?? 'claim',
    selector: selectorFor(new TextPositionAnchor(root, spec.start, spec.end)),
    note: spec.note ?? '',
    now: new Date(timeAt(spec.seconds ?? 0)),
    id: spec.id,
    ...(spec.provenance ? { provenance: spec.provenance } : {}),
  });
  return { ...(spec.orphan ? orphaned(made) : made) };
}

export function setRow(id: string, kind: 'mine' | 'reviewed' | 'imported', name: string, annotatorName: string): Row {
  return { id, name, annotator: { id: `annotator-${id.slice(0, 8)}`, name: annotatorName }, kind, created: timeAt(0), modified: timeAt(60) };
}

/**
 * A state with everything the copy keeps: three articles (astral characters, a BOM, CRLF), one
 * removed article kept in foreignDocuments with an orphan on it, the user's set, a reviewed set
 * with provenance, a review with decisions, and meta rows (the profile, the change counter).
 */
export function sampleCopyState(): CopyState {
  const [first, second, third] = ARTICLE_TEXTS.map((text, i) => articleRow(text, `article-${i}.txt`, i));
  if (!first || !second || !third) throw new Error('three articles');
  const removed = articleRow('An article the user removed later; its annotations are orphans.', 'removed.txt');
  const { text: _text, publishedOn: _p, addedAt: _a, origin: _o, ...foreign } = removed;
  const annotations = [
    annotationRow({ setId: MY_SET_ID, article: first, start: 44, end: 47, id: 'a1', label: 'casualty-figure', note: 'Figure 𝐀 from TASS\nsecond line' }),
    annotationRow({ setId: MY_SET_ID, article: first, start: 0, end: 17, id: 'a2', label: 'claim', seconds: 5 }),
    annotationRow({ setId: MY_SET_ID, article: first, start: 48, end: 49, id: 'a3-astral', label: 'disputed' }),
    annotationRow({ setId: MY_SET_ID, article: second, start: 33, end: 35, id: 'a4', label: 'attribution' }),
    annotationRow({ setId: MY_SET_ID, article: removed, start: 3, end: 10, id: 'a5-orphan', orphan: true }),
    annotationRow({ setId: REVIEWED_SET_ID, article: first, start: 44, end: 47, id: 'r1', provenance: 'both' }),
    annotationRow({ setId: REVIEWED_SET_ID, article: second, start: 0, end: 9, id: 'r2', provenance: 'edited', note: '<b>not HTML</b>' }),
    annotationRow({ setId: REVIEWED_SET_ID, article: third, start: 1, end: 11, id: 'r3', provenance: 'A' }),
  ];
  return {
    counter: 42,
    at: timeAt(600),
    rows: {
      ...emptyRows(),
      documents: [first, second, third],
      foreignDocuments: [foreign],
      sets: [setRow(MY_SET_ID, 'mine', 'My annotations', 'Zoë 👩🏽‍💻'), setRow(REVIEWED_SET_ID, 'reviewed', 'Alice ⇄ Bob, reviewed', 'Zoë 👩🏽‍💻')],
      annotations,
      reviews: [{ id: 'alice\u0000bob', setA: 'alice', setB: 'bob', reviewedSetId: REVIEWED_SET_ID, autoAcceptAgreed: true, created: timeAt(30) }],
      decisions: [
        { reviewId: 'alice\u0000bob', group: 'g1', document: first['id'], start: 44, end: 47, decision: 'accept-both', decidedAt: timeAt(40), annotationIds: ['r1'], auto: true },
        { reviewId: 'alice\u0000bob', group: 'g2', document: second['id'], start: 0, end: 9, decision: 'edited', decidedAt: timeAt(50), annotationIds: ['r2'] },
      ],
      meta: [
        { key: 'profile', value: { name: 'Zoë 👩🏽‍💻' } },
        { key: CHANGE_COUNTER_KEY, value: 42 },
        { key: 'bundledSeedsOffered', value: ['001.txt', '002.txt'] },
      ],
    },
  };
}

/** A state whose own set holds `count` annotations on one long article (for measuring). */
export function largeCopyState(count: number): CopyState {
  const words = Array.from({ length: count + 8 }, (_, i) => `word${String(i % 97).padStart(2, "0")}`).join(" ");
  const article = articleRow(`${words} 😀`, 'long.txt');
  const annotations: Row[] = [];
  for (let i = 0; i < count; i++) {
    annotations.push(annotationRow({ setId: MY_SET_ID, article, start: i * 7, end: i * 7 + 5, id: `n${i}`, label: LABEL_IDS[i % 4], note: i % 10 === 0 ? `note ${i} 𝐀` : '' }));
  }
  return {
    counter: 1,
    at: timeAt(1),
    rows: { ...emptyRows(), documents: [article], sets: [setRow(MY_SET_ID, 'mine', 'My annotations', 'Me')], annotations },
  };
}

/**
 * The n-th change (1, 2, 3, …) of a deterministic stream on `article` (a row of `base`): a new
 * annotation, a note edited, or one deleted, with the change counter in meta, as the renderer sends.
 */
export function streamEntry(n: number, article: Row, notePadding = 0): JournalEntry {
  const length = CodePointIndex.of(article['text'] as string).length;
  const start = (n * 13) % Math.max(1, length - 6);
  const changes: RowChange[] = [];
  if (n % 5 === 0) {
    changes.push({ table: 'annotations', op: 'delete', key: [MY_SET_ID, `s${n - 3}`] });
  } else {
    const note = `change ${n} ✓${'·'.repeat(notePadding)}`;
    changes.push({ table: 'annotations', op: 'put', row: annotationRow({ setId: MY_SET_ID, article, start, end: start + 5, id: `s${n}`, note, seconds: n }) });
  }
  changes.push({ table: 'meta', op: 'put', row: { key: CHANGE_COUNTER_KEY, value: n } });
  return { counter: n, at: timeAt(n), changes };
}

/** `base` with stream entries base.counter + 1 … upTo applied, as the copy must read it back. */
export function streamState(base: CopyState, upTo: number, notePadding = 0): CopyState {
  const article = base.rows.documents[0];
  if (!article) throw new Error('the base state has no article');
  const entries = Array.from({ length: Math.max(0, upTo - base.counter) }, (_, i) => streamEntry(base.counter + 1 + i, article, notePadding));
  return applyEntries(base, entries);
}

/** The state as the copy gives it back from a snapshot: each table in the order of its keys. */
export function inKeyOrder(state: CopyState): CopyState {
  const rows = emptyRows();
  for (const table of COPIED_TABLES) {
    rows[table] = [...state.rows[table]].sort((a, b) => compareOrdinal(keyString(primaryKey(table, a)), keyString(primaryKey(table, b))));
  }
  return { ...state, rows };
}
