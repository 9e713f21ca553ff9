import { describe, it, expect } from 'vitest';
import type { Annotation } from './annotation';
import {
  annotationInSet,
  newAnnotation,
  normalizeNote,
  orphaned,
  placedAt,
  withLabel,
  withNote,
  type RecordedAnnotation,
} from './annotation-factory';
import type { TextSelector } from './text-selector';

const selector: TextSelector = {
  start: 633,
  end: 643,
  exact: '139 people',
  prefix: 'ttack which caused the death of ',
  suffix: ' and around a hundred injured st',
};
const created = new Date('2026-11-22T09:58:01.000Z');
const later = new Date('2026-11-22T10:15:00.000Z');
const base = { setId: 's', document: 'd', label: 'claim' as const, now: created };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function sample(): Annotation {
  return newAnnotation({
    setId: 'set-1',
    document: 'sha256:3512107f',
    label: 'casualty-figure',
    selector,
    note: 'TASS figure on 25 March',
    now: created,
    id: 'd3b0',
  });
}

describe('newAnnotation', () => {
  it('builds an annotation with both timestamps at `now`, in the file format key order', () => {
    const a = sample();
    expect(a).toEqual({
      id: 'd3b0',
      setId: 'set-1',
      document: 'sha256:3512107f',
      label: 'casualty-figure',
      ...selector,
      note: 'TASS figure on 25 March',
      created: '2026-11-22T09:58:01.000Z',
      modified: '2026-11-22T09:58:01.000Z',
    });
    expect(Object.keys(a)).toEqual([
      'id', 'setId', 'document', 'label', 'start', 'end', 'exact', 'prefix', 'suffix', 'note',
      'created', 'modified',
    ]);
  });

  it('gives a fresh UUID and an empty note by default', () => {
    const first = newAnnotation({ ...base, selector });
    const second = newAnnotation({ ...base, selector });
    expect(first.id).toMatch(UUID);
    expect(second.id).toMatch(UUID);
    expect(first.id).not.toBe(second.id);
    expect(first.note).toBe('');
  });

  it('records a reviewed span’s provenance last, and has no provenance key otherwise', () => {
    const reviewed = newAnnotation({ ...base, selector, provenance: 'both' });
    expect(reviewed.provenance).toBe('both');
    expect(Object.keys(reviewed).at(-1)).toBe('provenance');
    expect('provenance' in newAnnotation({ ...base, selector })).toBe(false);
  });

  it('copies only the selector fields, not extra properties', () => {
    const wider = { ...selector, label: 'disputed', extra: true };
    const a = newAnnotation({ ...base, selector: wider });
    expect(a.label).toBe('claim');
    expect('extra' in a).toBe(false);
  });

  it('stores the note as given, HTML and all', () => {
    const note = '<b>TASS</b> &amp; RIA\r\n ';
    const a = newAnnotation({ ...base, selector, note });
    expect(a.note).toBe(note);
  });

  it('counts the exact text in code points', () => {
    const emoji = { start: 5, end: 7, exact: '👍🏽', prefix: 'Like ', suffix: '' };
    const a = newAnnotation({ ...base, selector: emoji });
    expect(a.exact).toBe('👍🏽');
  });

  it('throws a RangeError for an invalid selector or date', () => {
    const make = (over: Partial<TextSelector>, now = created): Annotation =>
      newAnnotation({ ...base, selector: { ...selector, ...over }, now });
    expect(() => make({ start: 643 })).toThrow(RangeError);
    expect(() => make({ start: -1, end: 9 })).toThrow(RangeError);
    expect(() => make({ end: 644 })).toThrow(/633–644 is not valid/);
    expect(() => make({ start: 633.5 })).toThrow(RangeError);
    expect(() => make({}, new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe('annotationInSet', () => {
  const record: RecordedAnnotation = { ...sample(), provenance: 'both' };

  it('makes a file record a member of the set, fields in the file order, unknown fields dropped', () => {
    const wider = { ...record, extra: 'not copied' } as RecordedAnnotation;
    const a = annotationInSet(wider, 'set-2');
    expect(a).toEqual({ ...record, setId: 'set-2' });
    expect(Object.keys(a)).toEqual([
      'id', 'setId', 'document', 'label', 'start', 'end', 'exact', 'prefix', 'suffix', 'note',
      'created', 'modified', 'provenance',
    ]);
  });

  it('keeps a selector whose exact is not end − start code points (valid in a file: re-anchored)', () => {
    const utf16 = { ...record, start: 5, end: 9, exact: '👍🏽' };
    expect(annotationInSet(utf16, 's')).toMatchObject({ start: 5, end: 9, exact: '👍🏽' });
  });
});

describe('placedAt and orphaned', () => {
  const moved: TextSelector = { start: 700, end: 710, exact: '139 people', prefix: 'of ', suffix: ' and' };

  it('places an orphan in a document at a selector, dropping the orphan flag only', () => {
    const orphan = orphaned(sample());
    expect(orphan).toEqual({ ...sample(), orphan: 1 });
    const placed = placedAt(orphan, 'sha256:other', moved);
    expect(placed).toEqual({ ...sample(), document: 'sha256:other', ...moved });
    expect(Object.keys(placed)).toEqual(Object.keys(sample()));
  });

  it('returns an orphan as it is', () => {
    const orphan = orphaned(sample());
    expect(orphaned(orphan)).toBe(orphan);
  });
});

describe('withLabel', () => {
  it('returns a relabelled copy with `modified` updated', () => {
    const a = sample();
    const b = withLabel(a, 'disputed', later);
    expect(b).not.toBe(a);
    expect(b).toEqual({ ...a, label: 'disputed', modified: '2026-11-22T10:15:00.000Z' });
    expect(b.created).toBe(a.created);
    expect(a.label).toBe('casualty-figure');
  });

  it('returns the same object when the label is unchanged', () => {
    const a = sample();
    expect(withLabel(a, 'casualty-figure', later)).toBe(a);
  });
});

describe('withNote', () => {
  it('returns a copy with the new note and `modified` updated', () => {
    const a = sample();
    const b = withNote(a, 'Revised to 144 on 26 March', later);
    expect(b).toEqual({ ...a, note: 'Revised to 144 on 26 March', modified: later.toISOString() });
    expect(a.note).toBe('TASS figure on 25 March');
  });

  it('returns the same object when the note is unchanged', () => {
    const a = sample();
    expect(withNote(a, 'TASS figure on 25 March', later)).toBe(a);
  });

  it('stores the note as given, so an editor can keep a trailing space while typing', () => {
    expect(withNote(sample(), 'TASS ', later).note).toBe('TASS ');
  });
});

describe('normalizeNote', () => {
  it('turns CRLF and lone CR into LF', () => {
    expect(normalizeNote('one\r\ntwo\rthree\n\rfour')).toBe('one\ntwo\nthree\n\nfour');
  });

  it('trims whitespace at the end of the note only', () => {
    const note = '  indented\n\n  kept  \nlast \t\u00a0\r\n\n';
    expect(normalizeNote(note)).toBe('  indented\n\n  kept  \nlast');
    expect(normalizeNote('   \n\t')).toBe('');
    expect(normalizeNote('')).toBe('');
  });

  it('leaves HTML and entities untouched', () => {
    const note = '<script>alert(1)</script> &lt;b&gt; <b>bold</b> &amp;';
    expect(normalizeNote(note)).toBe(note);
  });

  it('keeps other characters, including emoji and a final non-whitespace mark', () => {
    expect(normalizeNote('Casualties 👍🏽\u200b')).toBe('Casualties 👍🏽\u200b');
    expect(normalizeNote('Cafe\u0301 \u3000')).toBe('Cafe\u0301');
  });
});
