// Decisions on a disagreement that contains an agreeing pair (agreement.md, "Deciding a
// disagreement"): both sets mark the same Disputed span, and A's longer Claim overlaps it. Every
// decision, with auto-accept on and off, undone and redone, against real IndexedDB; the reviewed
// set never holds the same span and label twice.
import { describe, expect, it } from 'vitest';
import type { Annotation, AnnotationSet } from '../../../shared/annotation';
import type { LabelId } from '../../../shared/labels';
import { CodePointIndex } from '../../../shared/code-points';
import { selectorFor, TextPositionAnchor } from '../../../shared/text-selector';
import { SaveTracker } from '../annotations/save-state';
import { reviewHistory } from '../annotations/undo-history';
import { UndoStore } from '../annotations/undo-store';
import type { Review, Storage } from '../db/storage';
import { testDatabase } from '../db/test-database';
import { ReviewActions } from './review-actions';
import { documentReview, type ReviewGroup } from './review-model';

const TEXT = 'Officials said the attack was staged by Kyiv, a claim others dispute. Later reports named four suspects.';
const CODE_POINTS = CodePointIndex.of(TEXT);
const DOC = 'sha256:agreed-members';
const CREATED = '2026-11-22T09:00:00.000Z';
const REVIEWER = { id: 'rev', name: 'Rita' };

function set(id: string, annotator: string, kind: AnnotationSet['kind']): AnnotationSet {
  return { id, name: `Set ${id}`, annotator: { id: annotator.toLowerCase(), name: annotator }, kind, created: CREATED, modified: CREATED };
}

/** A span over the first occurrence of `words`, with its quote taken from the text (ASCII: UTF-16 indexes are code points). */
function span(setId: string, id: string, label: LabelId, words: string, note = ''): Annotation {
  const start = TEXT.indexOf(words);
  if (start < 0) throw new Error(`“${words}” is not in the text`);
  const selector = selectorFor(TextPositionAnchor.fromSelector(CODE_POINTS, { start, end: start + words.length }));
  return { id, setId, document: DOC, label, ...selector, note, created: CREATED, modified: CREATED };
}

const SET_A = set('set-a', 'Ana', 'mine');
const SET_B = set('set-b', 'Ben', 'imported');
const CLAIM = 'Officials said the attack was staged by Kyiv';
const DISPUTED = 'the attack was staged by Kyiv';
const SUSPECTS = 'four suspects';
// The group: A's Claim (label class: it overlaps B's Disputed), and the agreeing Disputed pair.
const ANNOTATIONS_A = [span('set-a', 'a-claim', 'claim', CLAIM, 'A: the ministry said so'), span('set-a', 'a-disputed', 'disputed', DISPUTED, 'A: denied')];
const ANNOTATIONS_B = [span('set-b', 'b-disputed', 'disputed', DISPUTED, 'B: denied by Kyiv')];
// A second disagreement elsewhere: only A.
const A_SUSPECTS = span('set-a', 'a-suspects', 'casualty-figure', SUSPECTS);

interface Fixture {
  db: Storage;
  review: Review;
  actions: ReviewActions;
  history: UndoStore;
  group: ReviewGroup;
}

async function fixture(options: { autoAccept: boolean; extraA?: Annotation[] }): Promise<Fixture> {
  const db = testDatabase();
  const a = [...ANNOTATIONS_A, ...(options.extraA ?? [])];
  await db.sets.bulkAdd([SET_A, SET_B]);
  await db.annotations.bulkAdd([...a, ...ANNOTATIONS_B]);
  const history = new UndoStore();
  const actions = new ReviewActions(db, history, new SaveTracker());
  const review = await actions.begin(SET_A, SET_B, REVIEWER, options.autoAccept);
  // Undo and redo act on the review's own history, as while the review screen is shown.
  history.activate(reviewHistory(review.id));
  const f = { db, review, actions, history, group: groupWith('a-claim', a) };
  await switchAutoAccept(f, options.autoAccept);
  return f;
}

/** The disagreement that holds A's annotation `id`. */
function groupWith(id: string, a: readonly Annotation[]): ReviewGroup {
  const group = documentReview(DOC, a, ANNOTATIONS_B).groups.find((g) => g.a.some((x) => x.id === id));
  if (!group) throw new Error(`expected a disagreement around ${id}`);
  return group;
}

/** What the review screen does when auto-accept is switched (and, while on, after each change). */
const switchAutoAccept = (f: Fixture, on: boolean): Promise<void> => f.actions.autoAccept(f.review, on, documentReview(DOC, ANNOTATIONS_A, ANNOTATIONS_B).agreed);

/** The reviewed set as `provenance:label:quote`, sorted. */
async function reviewed(f: Fixture): Promise<string[]> {
  const all = (await f.db.annotations.toArray()).filter((x) => x.setId === f.review.reviewedSetId);
  return all.map((x) => `${x.provenance ?? 'none'}:${x.label}:${x.exact}`).sort();
}

/** The invariant: no span and label twice in the reviewed set. */
async function expectNoTwins(f: Fixture): Promise<void> {
  const all = (await f.db.annotations.toArray()).filter((x) => x.setId === f.review.reviewedSetId);
  const places = all.map((x) => `${x.document}:${x.start}:${x.end}:${x.label}`);
  expect(places.length, `reviewed set: ${places.join(', ')}`).toBe(new Set(places).size);
}

const AGREED = `both:disputed:${DISPUTED}`;
const OWN_CLAIM = `A:claim:${CLAIM}`;

/** What each decision leaves in the reviewed set for the group (agreement.md). */
const OUTCOMES = {
  'accept-a': [OWN_CLAIM, AGREED],
  'accept-b': [AGREED],
  'accept-both': [OWN_CLAIM, AGREED],
  'reject-both': [],
} as const;

describe('a disagreement that contains an agreeing pair', () => {
  it('is one group: the Claim, and the Disputed pair that agrees', async () => {
    const { group } = await fixture({ autoAccept: true });
    expect(group.a.map((x) => x.id)).toEqual(['a-claim', 'a-disputed']);
    expect(group.b.map((x) => x.id)).toEqual(['b-disputed']);
    expect([...group.aClasses, ...group.bClasses]).toEqual(['label', 'agree', 'agree']);
  });

  it('holds the agreed span once, as "both", before any decision when auto-accept is on', async () => {
    const f = await fixture({ autoAccept: true });
    expect(await reviewed(f)).toEqual([AGREED]);
  });

  for (const autoAccept of [true, false]) {
    for (const [kind, outcome] of Object.entries(OUTCOMES) as Array<[keyof typeof OUTCOMES, readonly string[]]>) {
      it(`${kind} (auto-accept ${autoAccept ? 'on' : 'off'}): the agreed span ${outcome.includes(AGREED) ? 'once, as "both"' : 'gone'}; undo and redo`, async () => {
        const f = await fixture({ autoAccept });
        const before = await reviewed(f);
        await f.actions.decide(f.review, f.group, kind);
        expect(await reviewed(f)).toEqual([...outcome].sort());
        await expectNoTwins(f);

        await f.history.undo();
        expect(await reviewed(f)).toEqual(before);
        await f.history.redo();
        expect(await reviewed(f)).toEqual([...outcome].sort());
        await expectNoTwins(f);
      });
    }

    it(`edit (auto-accept ${autoAccept ? 'on' : 'off'}): the reviewer's span replaces the whole group, the agreed span too; undo and redo`, async () => {
      const f = await fixture({ autoAccept });
      const before = await reviewed(f);
      const start = TEXT.indexOf('staged by Kyiv');
      await f.actions.edit(f.review, f.group, { start, end: start + 'staged by Kyiv'.length, label: 'claim' }, CODE_POINTS);
      expect(await reviewed(f)).toEqual(['edited:claim:staged by Kyiv']);

      await f.history.undo();
      expect(await reviewed(f)).toEqual(before);
      await f.history.redo();
      expect(await reviewed(f)).toEqual(['edited:claim:staged by Kyiv']);
    });
  }

  it('keeps the agreed span once when auto-accept is switched on after the group was decided', async () => {
    const f = await fixture({ autoAccept: false });
    await f.actions.decide(f.review, f.group, 'accept-a');
    await switchAutoAccept(f, true);
    expect(await reviewed(f)).toEqual([OWN_CLAIM, AGREED].sort());
    await expectNoTwins(f);
    // Rejected while auto-accept is on: auto-accept does not bring it back.
    await f.actions.decide(f.review, f.group, 'reject-both');
    await switchAutoAccept(f, true);
    expect(await reviewed(f)).toEqual([]);
  });

  it('gives the agreed span back to auto-accept when the decision is undone, even if auto-accept was switched on since', async () => {
    const f = await fixture({ autoAccept: false });
    await f.actions.decide(f.review, f.group, 'reject-both');
    await switchAutoAccept(f, true);
    expect(await reviewed(f)).toEqual([]);
    await f.history.undo();
    expect(await reviewed(f)).toEqual([AGREED]);
  });

  it('leaves a decided group’s agreed span alone when auto-accept is switched off: the reviewer chose it', async () => {
    const f = await fixture({ autoAccept: true });
    await f.actions.decide(f.review, f.group, 'accept-b');
    await switchAutoAccept(f, false);
    expect(await reviewed(f)).toEqual([AGREED]);
  });

  it('refuses an edit that would put a span and label into the reviewed set a second time, and changes nothing', async () => {
    const f = await fixture({ autoAccept: true, extraA: [A_SUSPECTS] });
    await f.actions.decide(f.review, groupWith('a-suspects', [...ANNOTATIONS_A, A_SUSPECTS]), 'accept-a');
    const before = await reviewed(f);
    const start = TEXT.indexOf(SUSPECTS);
    const edit = f.actions.edit(f.review, f.group, { start, end: start + SUSPECTS.length, label: 'casualty-figure' }, CODE_POINTS);
    await expect(edit).rejects.toThrow(/already has “four suspects” as Casualty figure/);
    expect(await reviewed(f)).toEqual(before);
    await expectNoTwins(f);
  });
});
