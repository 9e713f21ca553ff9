// What a review works with: the two sets' placed annotations per document, grouped into the
// disagreements the spec defines (shared/disagreement.ts), each with a stable key, and what each
// decision puts into the reviewed set.
import type { Annotation, Provenance } from '../../../shared/annotation';
import { compareAnnotations } from '../../../shared/annotation-order';
import { classify, disagreements, type ClassOfA, type ClassOfB } from '../../../shared/disagreement';
import type { DecisionKind } from '../db/database';

export type Side = 'A' | 'B';
export type SpanClass = ClassOfA | ClassOfB;

export interface ReviewGroup {
  /** Stable while the group's members do not change: document + member ids. */
  key: string;
  document: string;
  start: number;
  end: number;
  a: Annotation[];
  b: Annotation[];
  aClasses: ClassOfA[];
  bClasses: ClassOfB[];
}

export const CLASS_NAMES: Record<SpanClass, string> = {
  agree: 'Agree',
  boundary: 'Boundary',
  label: 'Label',
  'only-a': 'Only A',
  'only-b': 'Only B',
};

/** Annotations that can be compared: placed in their article (orphans are not). */
export const placed = (annotations: readonly Annotation[]): Annotation[] => annotations.filter((a) => a.orphan !== 1);

export function groupKey(document: string, a: readonly Annotation[], b: readonly Annotation[]): string {
  const ids = [...a.map((x) => `A:${x.id}`), ...b.map((x) => `B:${x.id}`)].sort();
  return `${document}\u0000${ids.join('\u0000')}`;
}

/** The disagreements of one document, in text order. */
export function reviewGroups(document: string, a: readonly Annotation[], b: readonly Annotation[]): ReviewGroup[] {
  return disagreements(placed(a), placed(b)).map((g) => ({
    key: groupKey(document, g.a, g.b),
    document,
    start: g.start,
    end: g.end,
    a: g.a,
    b: g.b,
    aClasses: g.aClasses,
    bClasses: g.bClasses,
  }));
}

/** How many spans of each class the two sets have in a document (A's classes, then B's). */
export function classCounts(a: readonly Annotation[], b: readonly Annotation[]): Record<SpanClass, number> {
  const counts: Record<SpanClass, number> = { agree: 0, boundary: 0, label: 0, 'only-a': 0, 'only-b': 0 };
  const classes = classify(placed(a), placed(b));
  for (const c of classes.a) counts[c] += 1;
  for (const c of classes.b) if (c !== 'agree') counts[c] += 1;
  return counts;
}

/** Pairs of spans equal in start, end and label: accepted automatically when that is on. */
export function agreedPairs(a: readonly Annotation[], b: readonly Annotation[]): Array<{ a: Annotation; b: Annotation }> {
  const byPlace = new Map<string, Annotation>();
  for (const x of placed(b)) byPlace.set(`${x.start}:${x.end}:${x.label}`, x);
  const pairs: Array<{ a: Annotation; b: Annotation }> = [];
  const seen = new Set<string>();
  for (const x of placed(a)) {
    const place = `${x.start}:${x.end}:${x.label}`;
    const match = byPlace.get(place);
    if (match && !seen.has(place)) {
      seen.add(place);
      pairs.push({ a: x, b: match });
    }
  }
  return pairs;
}

const joinNotes = (...notes: string[]): string => [...new Set(notes.filter((n) => n !== ''))].join('\n\n');

/** A reviewed-set copy of a span, with where it came from. */
function copy(source: Annotation, setId: string, provenance: Provenance, now: Date, note = source.note): Annotation {
  const { orphan: _orphan, provenance: _provenance, ...rest } = source;
  const stamp = now.toISOString();
  return { ...rest, id: crypto.randomUUID(), setId, note, provenance, created: stamp, modified: stamp };
}

/**
 * The annotations a decision puts into the reviewed set: A's spans, B's, both (spans equal in
 * start, end and label merged as "both", notes joined), or none.
 */
export function decidedAnnotations(group: ReviewGroup, decision: Exclude<DecisionKind, 'edited'>, setId: string, now: Date): Annotation[] {
  if (decision === 'reject-both') return [];
  if (decision === 'accept-a') return group.a.map((x) => copy(x, setId, 'A', now));
  if (decision === 'accept-b') return group.b.map((x) => copy(x, setId, 'B', now));
  const result: Annotation[] = [];
  const fromB = new Map(group.b.map((x) => [`${x.start}:${x.end}:${x.label}`, x]));
  for (const x of group.a) {
    const place = `${x.start}:${x.end}:${x.label}`;
    const twin = fromB.get(place);
    if (twin) {
      fromB.delete(place);
      result.push(copy(x, setId, 'both', now, joinNotes(x.note, twin.note)));
    } else result.push(copy(x, setId, 'A', now));
  }
  for (const x of fromB.values()) result.push(copy(x, setId, 'B', now));
  return result.sort(compareAnnotations);
}

/** The reviewed-set copy of an agreed pair. */
export const agreedAnnotation = (pair: { a: Annotation; b: Annotation }, setId: string, now: Date): Annotation =>
  copy(pair.a, setId, 'both', now, joinNotes(pair.a.note, pair.b.note));

/** The key under which an agreed pair's automatic decision is stored. */
export const agreedKey = (document: string, pair: { a: Annotation; b: Annotation }): string =>
  `agree\u0000${groupKey(document, [pair.a], [pair.b])}`;
