// One document's annotations by delta, checked against the plain answer: after any sequence of
// committed changes and proposals (settled or withdrawn), the list is what filtering and sorting
// every stored record with the open proposals over it gives, and unchanged annotations keep their identity.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../shared/annotation';
import type { FeedEvent } from './annotation-feed';
import { compareShown, loadedDocumentState, reduceDocumentState, type DocumentScope } from './document-annotation-state';
import { DOC_A, DOC_B, testAnnotation } from './test-records';

const scope: DocumentScope = { setIds: new Set(['mine', 'theirs']), documentId: DOC_A };

const annotation = fc
  .record({
    setId: fc.constantFrom('mine', 'theirs', 'hidden'),
    id: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
    document: fc.constantFrom(DOC_A, DOC_A, DOC_B),
    start: fc.integer({ min: 0, max: 6 }),
    length: fc.integer({ min: 1, max: 3 }),
    label: fc.constantFrom('claim', 'disputed' as const),
  })
  .map(({ setId, id, document, start, length, label }) => testAnnotation(setId, id, { document, start, end: start + length, label }));

const changes: fc.Arbitrary<Changes> = fc.record({
  puts: fc.array(annotation, { maxLength: 4 }),
  deletes: fc.array(fc.tuple(fc.constantFrom('mine', 'theirs', 'hidden'), fc.constantFrom('a', 'b', 'c', 'd', 'e')), { maxLength: 2 }),
});

interface Changes {
  puts: Annotation[];
  deletes: Array<readonly [string, string]>;
}

type Step = { kind: 'commit' | 'propose'; changes: Changes } | { kind: 'settle' | 'withdraw'; which: number };
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constantFrom('commit' as const, 'propose' as const), changes }),
  fc.record({ kind: fc.constantFrom('settle' as const, 'withdraw' as const), which: fc.nat() }),
);

const key = (a: { setId: string; id: string }) => `${a.setId}/${a.id}`;

/** The plain answer: the stored records, each open proposal over them in order, filtered and sorted. */
function expected(stored: ReadonlyMap<string, Annotation>, open: ReadonlyArray<Changes>): string[] {
  const shown = new Map(stored);
  for (const proposal of open) applyTo(shown, proposal);
  return [...shown.values()]
    .filter((a) => scope.setIds.has(a.setId) && a.document === scope.documentId)
    .sort(compareShown)
    .map((a) => `${key(a)}@${a.start}-${a.end}:${a.label}`);
}

function applyTo(map: Map<string, Annotation>, c: Changes): void {
  const last = new Map<string, Annotation | null>();
  for (const a of c.puts) last.set(key(a), a);
  for (const [setId, id] of c.deletes) last.set(`${setId}/${id}`, null);
  for (const [k, a] of last) {
    if (a) map.set(k, a);
    else map.delete(k);
  }
}

/** A transaction's changes as the feed announces them: the last per key. */
function normalized(c: Changes) {
  const last = new Map<string, Annotation | readonly [string, string]>();
  for (const a of c.puts) last.set(key(a), a);
  for (const d of c.deletes) last.set(`${d[0]}/${d[1]}`, d);
  const values = [...last.values()];
  return { puts: values.filter((v): v is Annotation => !Array.isArray(v)), deletes: values.filter((v): v is readonly [string, string] => Array.isArray(v)) };
}

describe('one document’s annotations by delta', () => {
  it('always equals filtering and sorting everything stored, with open proposals over it', () => {
    fc.assert(
      fc.property(fc.array(annotation, { maxLength: 8 }), fc.array(step, { maxLength: 25 }), (initial, steps) => {
        const stored = new Map<string, Annotation>();
        for (const a of initial) stored.set(key(a), a);
        let state = loadedDocumentState(scope, [...stored.values()]);
        const open: Array<{ id: number; changes: Changes }> = [];
        let next = 1;
        for (const s of steps) {
          let event: FeedEvent | null = null;
          if (s.kind === 'commit') {
            const c = normalized(s.changes);
            applyTo(stored, c);
            event = { type: 'committed', changes: c };
          } else if (s.kind === 'propose') {
            const c = normalized(s.changes);
            open.push({ id: next, changes: c });
            event = { type: 'proposed', proposal: next++, changes: c };
          } else if (open.length > 0 && 'which' in s) {
            const [ended] = open.splice(s.which % open.length, 1);
            // A settled proposal's rows were committed first, as the feed guarantees.
            if (ended && s.kind === 'settle') {
              applyTo(stored, ended.changes);
              state = reduceDocumentState(state, { type: 'committed', changes: ended.changes });
            }
            if (ended) event = { type: s.kind === 'settle' ? 'settled' : 'withdrawn', proposal: ended.id };
          }
          if (event) state = reduceDocumentState(state, event);
          expect(state.list.map((a) => `${key(a)}@${a.start}-${a.end}:${a.label}`)).toEqual(expected(stored, open.map((o) => o.changes)));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every unchanged annotation, and the list itself when nothing shown changed', () => {
    const many = Array.from({ length: 2000 }, (_, i) => testAnnotation('mine', `n${i}`, { start: i % 7, end: (i % 7) + 2 }));
    const state = loadedDocumentState(scope, many);
    const added = testAnnotation('mine', 'new', { start: 3, end: 4 });
    const next = reduceDocumentState(state, { type: 'proposed', proposal: 1, changes: { puts: [added], deletes: [] } });
    expect(next.list).toHaveLength(2001);
    expect(next.list.filter((a) => a !== added).every((a) => state.shown.get(`${a.setId}\u0000${a.id}`) === a)).toBe(true);
    const elsewhere = reduceDocumentState(next, { type: 'committed', changes: { puts: [testAnnotation('mine', 'x', { document: DOC_B })], deletes: [] } });
    expect(elsewhere.list).toBe(next.list);
  });
});
