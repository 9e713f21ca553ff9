// Snapshot files: a state becomes native set files, article texts, state.json and a manifest, the
// same bytes every time, and reads back as exactly the state written; a changed or missing file is named.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MY_SET_ID, REVIEWED_SET_ID, annotationRow, articleRow, inKeyOrder, sampleCopyState, setRow, timeAt } from '../../test-support/copy-states';
import { textWithAstrals } from '../../test-support/text-arbitrary';
import { PROVENANCES } from './annotation';
import { parseAnnotationSetFile } from './annotation-set-file';
import { codePointLength } from './code-points';
import { COPIED_TABLES, emptyRows } from './durable-copy';
import type { CopyState, Row } from './durable-copy';
import { LABEL_IDS } from './labels';
import { MANIFEST_FILE, parseSnapshotManifest, snapshotFiles, stateFromSnapshotFiles, textHash } from './snapshot-files';

function readBack(files: ReadonlyMap<string, string>) {
  const manifest = parseSnapshotManifest(files.get(MANIFEST_FILE) ?? '');
  if (!manifest.ok) throw new Error(manifest.error);
  return stateFromSnapshotFiles(manifest.manifest, files);
}

function roundTrip(state: CopyState): CopyState {
  const read = readBack(snapshotFiles(state));
  if (!read.ok) throw new Error(read.error);
  return read.state;
}

describe('snapshotFiles', () => {
  it('writes each set as a native set file, each article as its text, the rest in state.json, the manifest last', () => {
    const state = sampleCopyState();
    const files = snapshotFiles(state);
    const paths = [...files.keys()];
    expect(paths.at(-1)).toBe(MANIFEST_FILE);
    expect(paths.filter((p) => p.startsWith('sets/')).sort()).toEqual([`sets/${MY_SET_ID}.veritag.json`, `sets/${REVIEWED_SET_ID}.veritag.json`]);
    expect(paths.filter((p) => p.startsWith('articles/'))).toHaveLength(3);

    const mine = parseAnnotationSetFile(files.get(`sets/${MY_SET_ID}.veritag.json`) ?? '');
    expect(mine.ok && mine.kind).toBe('native');
    expect(mine.ok && mine.file.annotations.map((a) => a.id).sort()).toEqual(['a1', 'a2', 'a3-astral', 'a4', 'a5-orphan']);
    expect(mine.ok && mine.file.exportedAt).toBe(timeAt(600));
    const reviewed = parseAnnotationSetFile(files.get(`sets/${REVIEWED_SET_ID}.veritag.json`) ?? '');
    expect(reviewed.ok && Object.fromEntries(reviewed.file.annotations.map((a) => [a.id, a.provenance]))).toEqual({ r1: 'both', r2: 'edited', r3: 'A' });

    const article = state.rows.documents[0] ?? {};
    const hex = (article['id'] as string).slice('sha256:'.length);
    expect(files.get(`articles/${hex}.txt`)).toBe(article['text']);
    const stateJson = files.get('state.json') ?? '';
    expect(stateJson).not.toContain('Families waited outside');
    expect(JSON.parse(stateJson)).toMatchObject({ orphans: { [MY_SET_ID]: ['a5-orphan'] }, annotations: [] });

    const manifest = JSON.parse(files.get(MANIFEST_FILE) ?? '') as { counter: number; counts: unknown; files: Record<string, string> };
    expect(manifest.counter).toBe(42);
    expect(manifest.counts).toEqual({ articles: 3, myAnnotations: 5, reviewedSets: 1, reviewedAnnotations: 3 });
    expect(Object.keys(manifest.files)).toEqual(paths.slice(0, -1).sort());
    expect(manifest.files['state.json']).toBe(textHash(stateJson));
  });

  it('gives the same bytes for the same state, whatever order its rows and keys come in', () => {
    const state = sampleCopyState();
    const shuffled: CopyState = {
      ...state,
      rows: Object.fromEntries(
        COPIED_TABLES.map((table) => [table, [...state.rows[table]].reverse().map((row) => Object.fromEntries(Object.entries(row).reverse()))]),
      ) as CopyState['rows'],
    };
    expect([...snapshotFiles(shuffled)]).toEqual([...snapshotFiles(state)]);
  });

  it('refuses a state with a row without its key, or two rows with one key', () => {
    const state = sampleCopyState();
    const withoutKey = { ...state, rows: { ...state.rows, meta: [{ value: 1 }] } };
    expect(() => snapshotFiles(withoutKey)).toThrow('A meta row has no string key');
    const twice = { ...state, rows: { ...state.rows, sets: [...state.rows.sets, ...state.rows.sets.slice(0, 1)] } };
    expect(() => snapshotFiles(twice)).toThrow(`two sets rows have the key ["${MY_SET_ID}"]`);
  });
});

describe('stateFromSnapshotFiles', () => {
  it('reads back exactly the state written: astral characters, a BOM, orphans, provenance, reviews', () => {
    const state = sampleCopyState();
    expect(roundTrip(state)).toEqual(inKeyOrder(state));
  });

  it('reads back an empty state', () => {
    const empty: CopyState = { counter: 0, at: null, rows: emptyRows() };
    expect(roundTrip(empty)).toEqual(empty);
    expect([...snapshotFiles(empty).keys()]).toEqual(['state.json', MANIFEST_FILE]);
  });

  it('keeps rows the set format cannot hold exactly in state.json, as they were', () => {
    const state = sampleCopyState();
    const [article] = state.rows.documents;
    if (!article) throw new Error('an article');
    const odd: Row[] = [
      { ...annotationRow({ setId: MY_SET_ID, article, start: 1, end: 4, id: 'extra-field' }), colour: 'red' },
      { ...annotationRow({ setId: MY_SET_ID, article, start: 1, end: 4, id: 'past-the-end' }), end: 10_000 },
      { ...annotationRow({ setId: MY_SET_ID, article, start: 1, end: 4, id: 'bad-label' }), label: 'rumour' },
      { ...annotationRow({ setId: MY_SET_ID, article, start: 1, end: 4, id: 'lone-surrogate' }), note: 'half \uD83D of a pair' },
      annotationRow({ setId: 'a set the copy has no row for', article, start: 1, end: 4, id: 'no-set' }),
    ];
    const withOdd = { ...state, rows: { ...state.rows, annotations: [...state.rows.annotations, ...odd] } };
    const files = snapshotFiles(withOdd);
    const kept = (JSON.parse(files.get('state.json') ?? '') as { annotations: Row[] }).annotations.map((row) => row['id']);
    expect(kept.sort()).toEqual(['bad-label', 'extra-field', 'no-set', 'past-the-end']);
    expect(roundTrip(withOdd)).toEqual(inKeyOrder(withOdd));
  });

  it('keeps a set whose own fields make no valid file, and an article text UTF-8 cannot hold, in state.json', () => {
    const state = sampleCopyState();
    const nameless = { ...setRow(MY_SET_ID, 'mine', '', 'Me') };
    const loneText = articleRow('text with a lone \uDE00 surrogate', 'odd.txt');
    const odd = { ...state, rows: { ...state.rows, sets: [nameless, ...state.rows.sets.slice(1)], documents: [...state.rows.documents, loneText] } };
    const files = snapshotFiles(odd);
    expect([...files.keys()].filter((p) => p.startsWith('sets/'))).toEqual([`sets/${REVIEWED_SET_ID}.veritag.json`]);
    expect(roundTrip(odd)).toEqual(inKeyOrder(odd));
  });

  it('names a file whose bytes changed, a file missing, and refuses paths outside the snapshot', () => {
    const files = snapshotFiles(sampleCopyState());
    const path = `sets/${MY_SET_ID}.veritag.json`;
    const changed = new Map(files).set(path, (files.get(path) ?? '').replace('"claim"', '"disputed"'));
    expect(readBack(changed)).toEqual({ ok: false, error: `${path} does not match its SHA-256 in the manifest` });
    const missing = new Map(files);
    missing.delete('state.json');
    expect(readBack(missing)).toEqual({ ok: false, error: 'state.json is missing' });
    const escaping = (files.get(MANIFEST_FILE) ?? '').replace('"state.json"', '"../../state.json"');
    expect(parseSnapshotManifest(escaping).ok).toBe(false);
    expect(parseSnapshotManifest('{"format":').ok).toBe(false);
  });

  it('reads back every generated state exactly (property)', () => {
    const label = fc.constantFrom(...LABEL_IDS);
    const spanSpec = fc.record({
      from: fc.nat(),
      size: fc.integer({ min: 1, max: 12 }),
      label,
      note: textWithAstrals({ maxPieces: 8, loneSurrogates: false }),
      orphan: fc.boolean(),
      provenance: fc.option(fc.constantFrom(...PROVENANCES), { nil: undefined }),
    });
    const stateArbitrary = fc.record({
      texts: fc.array(textWithAstrals({ maxPieces: 30, loneSurrogates: false }).filter((t) => codePointLength(t) > 1), { maxLength: 3 }),
      mine: fc.array(spanSpec, { maxLength: 12 }),
      reviewed: fc.option(fc.array(spanSpec, { maxLength: 8 }), { nil: undefined }),
      counter: fc.nat({ max: 1_000_000 }),
    });
    fc.assert(
      fc.property(stateArbitrary, ({ texts, mine, reviewed, counter }) => {
        const articles = [...new Set(texts)].map((text, i) => articleRow(text, `a${i}.txt`));
        const rows = emptyRows();
        rows.documents = articles;
        rows.sets = [setRow(MY_SET_ID, 'mine', 'Mine', 'Me')];
        const place = (setId: string, spec: typeof mine[number], i: number): Row | null => {
          const article = articles[i % Math.max(1, articles.length)];
          if (!article) return null;
          const length = article['length'] as number;
          const start = spec.from % length;
          const end = Math.min(length, start + spec.size);
          if (end <= start) return null;
          const provenance = setId === REVIEWED_SET_ID ? spec.provenance : undefined;
          return annotationRow({ setId, article, start, end, id: `${setId.slice(0, 4)}-${i}`, label: spec.label, note: spec.note, orphan: spec.orphan, ...(provenance ? { provenance } : {}) });
        };
        rows.annotations = mine.map((spec, i) => place(MY_SET_ID, spec, i)).filter((row) => row !== null);
        if (reviewed) {
          rows.sets.push(setRow(REVIEWED_SET_ID, 'reviewed', 'Reviewed', 'Me'));
          rows.annotations.push(...reviewed.map((spec, i) => place(REVIEWED_SET_ID, spec, i)).filter((row) => row !== null));
        }
        const state: CopyState = { counter, at: counter === 0 ? null : timeAt(counter), rows };
        const files = snapshotFiles(state);
        expect(roundTrip(state)).toEqual(inKeyOrder(state));
        // Every annotation that fits its text is in a native set file, none in state.json.
        expect((JSON.parse(files.get('state.json') ?? '') as { annotations: Row[] }).annotations).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});
