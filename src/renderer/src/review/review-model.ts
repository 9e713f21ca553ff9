// What a review works with: the two sets' placed annotations per document, grouped into the
// disagreements the spec defines (shared/disagreement.ts), each with a stable key and its agreeing
// pairs, and what each decision puts into the reviewed set (agreement.md, "Deciding a disagreement").
import type { Annotation, Provenance } from '../../../shared/annotation';
import { newAnnotation } from '../../../shared/annotation-factory';
import { compareAnnotations } from '../../../shared/annotation-order';
import { classify, disagreements, type ClassOfA, type ClassOfB } from '../../../shared/disagreement';
import type { CodePointIndex } from '../../../shared/code-points';
import type { LabelId } from '../../../shared/labels';
import { compareOrdinal } from '../../../shared/ordinal';
import { selectorFor, TextPositionAnchor } from '../../../shared/text-selector';
import type { DecisionKind } from '../db/storage';

export type Side = 'A' | 'B';
export type SpanClass = ClassOfA | ClassOfB;

/** A span of A and a span of B equal in start, end and label. */
export interface AgreedPair {
  a: Annotation;
  b: Annotation;
}

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
  /** The group's agreeing pairs: its decision decides them too. */
  agreed: AgreedSpan[];
}

/** An agreed pair of a document, and the disagreement it belongs to (null when it is in none). */
export interface AgreedSpan {
  document: string;
  pair: AgreedPair;
  /** The key of its automatic decision. */
  key: string;
  /** The key of the disagreement that contains it, whose decision overrides the automatic one. */
  group: string | null;
}

/** One document of a review, analysed: its disagreements, class counts and agreed spans. */
export interface DocumentReview {
  groups: ReviewGroup[];
  counts: Record<SpanClass, number>;
  agreed: AgreedSpan[];
}

/** The reviewer's own span (edit): a range of the text and a label. */
export interface EditedSpan {
  start: number;
  end: number;
  label: LabelId;
}

export type Verdict = Exclude<DecisionKind, 'edited'>;

export const CLASS_NAMES: Record<SpanClass, string> = {
  agree: 'Agree',
  boundary: 'Boundary',
  label: 'Label',
  'only-a': 'Only A',
  'only-b': 'Only B',
};

export const emptyClassCounts = (): Record<SpanClass, number> => ({ agree: 0, boundary: 0, label: 0, 'only-a': 0, 'only-b': 0 });

/** Annotations that can be compared: placed in their article (orphans are not). */
export const placed = (annotations: readonly Annotation[]): Annotation[] => annotations.filter((a) => a.orphan !== 1);

/** Where a span is and what it says: equal places are the same span for the review. */
const placeOf = (x: Annotation): string => `${x.start}:${x.end}:${x.label}`;

export function groupKey(document: string, a: readonly Annotation[], b: readonly Annotation[]): string {
  const ids = [...a.map((x) => `A:${x.id}`), ...b.map((x) => `B:${x.id}`)].sort(compareOrdinal);
  return `${document}\u0000${ids.join('\u0000')}`;
}

/** The key under which an agreed pair's automatic decision is stored. */
export const agreedKey = (document: string, pair: AgreedPair): string => `agree\u0000${groupKey(document, [pair.a], [pair.b])}`;

/**
 * Pairs of spans equal in start, end and label, each place once (a set may repeat a span: A's
 * first and B's last make the pair, as they always have, so stored automatic decisions keep their keys).
 */
export function agreedPairs(a: readonly Annotation[], b: readonly Annotation[]): AgreedPair[] {
  const byPlace = new Map<string, Annotation>();
  for (const x of placed(b)) byPlace.set(placeOf(x), x);
  const pairs: AgreedPair[] = [];
  for (const x of placed(a)) {
    const match = byPlace.get(placeOf(x));
    if (match) {
      byPlace.delete(placeOf(x));
      pairs.push({ a: x, b: match });
    }
  }
  return pairs;
}

/** One document's disagreements in text order, class counts (A's, then B's not agreeing) and agreed spans. */
export function documentReview(document: string, a: readonly Annotation[], b: readonly Annotation[]): DocumentReview {
  const [placedA, placedB] = [placed(a), placed(b)];
  const pairs = agreedPairs(placedA, placedB);
  const pairOf = new Map(pairs.map((pair) => [pair.a, pair]));
  const agreed: AgreedSpan[] = [];
  const grouped = new Set<AgreedPair>();
  const groups = disagreements(placedA, placedB).map((g): ReviewGroup => {
    const key = groupKey(document, g.a, g.b);
    const members = g.a.flatMap((x) => pairOf.get(x) ?? []).map((pair) => ({ document, pair, key: agreedKey(document, pair), group: key }));
    for (const member of members) grouped.add(member.pair);
    agreed.push(...members);
    return { key, document, start: g.start, end: g.end, a: g.a, b: g.b, aClasses: g.aClasses, bClasses: g.bClasses, agreed: members };
  });
  for (const pair of pairs) if (!grouped.has(pair)) agreed.push({ document, pair, key: agreedKey(document, pair), group: null });

  const counts = emptyClassCounts();
  const classes = classify(placedA, placedB);
  for (const c of classes.a) counts[c] += 1;
  for (const c of classes.b) if (c !== 'agree') counts[c] += 1;
  return { groups, counts, agreed };
}

const joinNotes = (notes: readonly string[]): string => [...new Set(notes.filter((n) => n !== ''))].join('\n\n');

/** A reviewed-set annotation at a source's place, made by the factory. */
function reviewedCopy(source: Annotation, setId: string, provenance: Provenance, note: string, now: Date): Annotation {
  const { start, end, exact, prefix, suffix } = source;
  return newAnnotation({ setId, document: source.document, label: source.label, selector: { start, end, exact, prefix, suffix }, note, now, provenance });
}

/** The reviewed-set copy of an agreed pair: "both", notes joined (what auto-accept puts there). */
export const agreedAnnotation = (pair: AgreedPair, setId: string, now: Date): Annotation =>
  reviewedCopy(pair.a, setId, 'both', joinNotes([pair.a.note, pair.b.note]), now);

/**
 * The annotations a verdict puts into the reviewed set: the distinct places of A's spans, B's,
 * both, or none. A place that both sets mark (an agreeing pair) is "both", with every note
 * there joined, whichever set was accepted; any other is A or B. In text order.
 */
export function decidedAnnotations(group: ReviewGroup, verdict: Verdict, setId: string, now: Date): Annotation[] {
  const chosen = verdict === 'accept-a' ? group.a : verdict === 'accept-b' ? group.b : verdict === 'accept-both' ? [...group.a, ...group.b] : [];
  const inA = new Set(group.a.map(placeOf));
  const inB = new Set(group.b.map(placeOf));
  const byPlace = new Map<string, Annotation[]>();
  for (const x of [...group.a, ...group.b]) byPlace.set(placeOf(x), [...(byPlace.get(placeOf(x)) ?? []), x]);
  const result: Annotation[] = [];
  const done = new Set<string>();
  for (const x of chosen) {
    const place = placeOf(x);
    if (done.has(place)) continue;
    done.add(place);
    const both = inA.has(place) && inB.has(place);
    const members = byPlace.get(place) ?? [x];
    const provenance: Provenance = both ? 'both' : inA.has(place) ? 'A' : 'B';
    result.push(reviewedCopy(members[0] ?? x, setId, provenance, joinNotes(members.map((m) => m.note)), now));
  }
  return result.sort(compareAnnotations);
}

/** The one span an edit puts in place of the whole group: the reviewer's range and label, every note joined. */
export function editedAnnotation(group: ReviewGroup, span: EditedSpan, codePoints: CodePointIndex, setId: string, now: Date): Annotation {
  const note = joinNotes([...group.a, ...group.b].map((x) => x.note));
  const selector = selectorFor(TextPositionAnchor.fromSelector(codePoints, span));
  return newAnnotation({ setId, document: group.document, label: span.label, selector, note, now, provenance: 'edited' });
}
