// The highlight layer in a real Chromium page: plugin state, what reaches CSS.highlights, hit-testing,
// and two reader views sharing the page's highlight registry.
import './highlights.css';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EditorState, Plugin, PluginKey, TextSelection, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet, EditorView } from 'prosemirror-view';
import {
  addHighlight,
  flashHighlight,
  getHighlights,
  highlightLayer,
  highlightsAt,
  removeHighlight,
  selectHighlight,
  selectNextHighlight,
  selectPreviousHighlight,
  setHighlights,
} from './highlight-layer';
import type { HighlightSpan } from './highlight-span';
import { FLAGGED_HIGHLIGHT, FLASH_HIGHLIGHT, FLASH_MS, SELECTED_HIGHLIGHT, labelHighlightName } from './highlight-painter';
import { DocumentPositions } from './document-positions';
import { createReaderDocument } from './reader-document';
import { readOnly } from './read-only-plugin';
import { READING_FONT } from '../testing/bundled-fonts';

const TEXT = 'The minister said 40 people died.\n\nWitnesses disputed the figure.\nA third line of text.';
// Positions: line 0 is 1–34, the empty line 36, line 2 from 38, line 3 from 69.

const views: EditorView[] = [];
const hosts: HTMLElement[] = [];

afterEach(() => {
  for (const view of views.splice(0)) view.destroy();
  for (const host of hosts.splice(0)) host.remove();
  vi.useRealTimers();
});

function mount(text = TEXT, options: { plugins?: Plugin[]; readOnly?: boolean; hostStyle?: string } = {}): EditorView {
  const host = document.createElement('div');
  host.style.cssText = `font: 16px/1.7 ${READING_FONT}; width: 600px; ${options.hostStyle ?? ''}`;
  document.body.append(host);
  hosts.push(host);
  const plugins = [...(options.readOnly === false ? [] : [readOnly()]), highlightLayer(), ...(options.plugins ?? [])];
  const doc = createReaderDocument(DocumentPositions.fromText(text));
  const view = new EditorView(host, { state: EditorState.create({ doc, plugins }) });
  views.push(view);
  return view;
}

function change(view: EditorView, edit: (tr: Transaction) => Transaction): void {
  view.dispatch(edit(view.state.tr));
}

const span = (key: string, label: HighlightSpan['label'], from: number, to: number, extra: Partial<HighlightSpan> = {}): HighlightSpan => ({
  key,
  label,
  from,
  to,
  ...extra,
});

/** The ranges of one view in a named Highlight, as "from-to" in that view's positions. */
function painted(view: EditorView, name: string): string[] {
  const highlight = CSS.highlights.get(name);
  if (!highlight) return [];
  return [...highlight]
    .filter((range) => view.dom.contains(range.startContainer))
    .map((range) => `${view.posAtDOM(range.startContainer, range.startOffset)}-${view.posAtDOM(range.endContainer, range.endOffset)}`)
    .sort();
}

function rangesOf(view: EditorView, name: string): AbstractRange[] {
  return [...(CSS.highlights.get(name) ?? [])].filter((range) => view.dom.contains(range.startContainer));
}

describe('highlight layer', () => {
  it('adds a highlight to its label’s Highlight in CSS.highlights', () => {
    const view = mount();
    change(view, (tr) => addHighlight(tr, span('a', 'claim', 1, 13)));
    expect(getHighlights(view.state)?.spans.get('a')).toMatchObject({ label: 'claim', from: 1, to: 13 });
    expect(painted(view, labelHighlightName('claim'))).toEqual(['1-13']);
    const [range] = rangesOf(view, labelHighlightName('claim'));
    expect(range?.startContainer.textContent?.slice(range.startOffset, range.endOffset)).toBe('The minister');
    expect(painted(view, labelHighlightName('disputed'))).toEqual([]);
  });

  it('removes only the highlight asked for', () => {
    const view = mount();
    change(view, (tr) => addHighlight(addHighlight(tr, span('a', 'claim', 1, 13)), span('b', 'claim', 38, 47)));
    change(view, (tr) => removeHighlight(tr, 'a'));
    expect(painted(view, labelHighlightName('claim'))).toEqual(['38-47']);
    expect([...(getHighlights(view.state)?.spans.keys() ?? [])]).toEqual(['b']);
    expect(CSS.highlights.has(labelHighlightName('claim'))).toBe(true);
  });

  it('keeps two labels on one span both present, and muted and flagged spans apart', () => {
    const view = mount();
    change(view, (tr) =>
      setHighlights(tr, [
        span('a', 'claim', 19, 34),
        span('b', 'casualty-figure', 19, 34),
        span('c', 'attribution', 5, 30, { muted: true }),
        span('d', 'disputed', 38, 66, { flagged: true }),
      ]),
    );
    expect(painted(view, labelHighlightName('claim'))).toEqual(['19-34']);
    expect(painted(view, labelHighlightName('casualty-figure'))).toEqual(['19-34']);
    expect(painted(view, labelHighlightName('attribution', true))).toEqual(['5-30']);
    expect(painted(view, labelHighlightName('attribution'))).toEqual([]);
    expect(painted(view, labelHighlightName('disputed'))).toEqual(['38-66']);
    expect(painted(view, FLAGGED_HIGHLIGHT)).toEqual(['38-66']);
    expect(CSS.highlights.get(SELECTED_HIGHLIGHT)!.priority).toBeGreaterThan(CSS.highlights.get('veritag-claim')!.priority);
  });

  it('selects one highlight and forgets the selection when it is removed', () => {
    const view = mount();
    change(view, (tr) => setHighlights(tr, [span('a', 'claim', 1, 13), span('b', 'disputed', 38, 47)]));
    change(view, (tr) => selectHighlight(tr, 'b'));
    expect(getHighlights(view.state)?.selected).toBe('b');
    expect(painted(view, SELECTED_HIGHLIGHT)).toEqual(['38-47']);
    change(view, (tr) => selectHighlight(tr, 'a'));
    expect(painted(view, SELECTED_HIGHLIGHT)).toEqual(['1-13']);
    change(view, (tr) => removeHighlight(tr, 'a'));
    expect(getHighlights(view.state)?.selected).toBeNull();
    expect(painted(view, SELECTED_HIGHLIGHT)).toEqual([]);
  });

  it('flashes a highlight for a moment', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const view = mount();
    change(view, (tr) => flashHighlight(addHighlight(tr, span('a', 'claim', 1, 13)), 'a'));
    expect(painted(view, FLASH_HIGHLIGHT)).toEqual(['1-13']);
    vi.advanceTimersByTime(FLASH_MS + 1);
    expect(painted(view, FLASH_HIGHLIGHT)).toEqual([]);
    expect(painted(view, labelHighlightName('claim'))).toEqual(['1-13']);
  });

  it('changes only the ranges of changed spans when the whole set is given again', () => {
    const view = mount();
    const spans = [span('a', 'claim', 1, 13), span('b', 'claim', 19, 34), span('c', 'disputed', 38, 47)];
    change(view, (tr) => setHighlights(tr, spans));
    const before = rangesOf(view, labelHighlightName('claim'));
    const state = getHighlights(view.state);
    change(view, (tr) => setHighlights(tr, spans));
    expect(getHighlights(view.state)?.spans).toBe(state?.spans);
    change(view, (tr) => setHighlights(tr, [spans[0]!, span('b', 'claim', 19, 30), spans[2]!]));
    const after = rangesOf(view, labelHighlightName('claim'));
    expect(after).toContain(before.find((r) => r.startOffset === 0));
    expect(after).not.toContain(before.find((r) => r.startOffset === 18));
    expect(painted(view, labelHighlightName('claim'))).toEqual(['1-13', '19-30']);
  });

  it('takes a span object passed again without copying it, and a new object for a changed one', () => {
    const view = mount();
    const a = span('a', 'claim', 1, 13);
    const b = span('b', 'claim', 19, 34);
    change(view, (tr) => setHighlights(tr, [a, b]));
    const stored = getHighlights(view.state)?.spans.get('a');
    expect(Object.isFrozen(stored)).toBe(true);
    change(view, (tr) => setHighlights(tr, [a, span('b', 'disputed', 19, 34)]));
    expect(getHighlights(view.state)?.spans.get('a')).toBe(stored);
    change(view, (tr) => setHighlights(tr, [span('a', 'claim', 1, 10), b]));
    expect(getHighlights(view.state)?.spans.get('a')).toMatchObject({ from: 1, to: 10 });
    expect(painted(view, labelHighlightName('claim'))).toEqual(['1-10', '19-34']);
    const frozen = Object.freeze(span('c', 'disputed', 38, 47));
    change(view, (tr) => setHighlights(tr, [a, b, frozen]));
    expect(getHighlights(view.state)?.spans.get('c')).toBe(frozen);
    expect(painted(view, labelHighlightName('claim'))).toEqual(['1-13', '19-34']);
  });

  it('follows each list of many spans given one change at a time: added, relabelled, moved, removed, or all at once', () => {
    const view = mount();
    const spans = Array.from({ length: 30 }, (_, i) => span(`k${i}`, 'claim', 1 + i, 2 + i));
    const expectState = (list: readonly HighlightSpan[]) => {
      const state = getHighlights(view.state);
      expect(state?.spans.size).toBe(list.length);
      expect([...(state?.spans.values() ?? [])].map((s) => `${s.key}:${s.label}:${s.from}-${s.to}`).sort()).toEqual(
        list.map((s) => `${s.key}:${s.label}:${s.from}-${s.to}`).sort(),
      );
      expect(painted(view, labelHighlightName('claim')).length + painted(view, labelHighlightName('disputed')).length).toBe(list.length);
    };
    let list = [...spans];
    change(view, (tr) => setHighlights(tr, list));
    expectState(list);
    const steps: ((l: HighlightSpan[]) => HighlightSpan[])[] = [
      (l) => [...l.slice(0, 10), span('new', 'disputed', 40, 45), ...l.slice(10)],
      (l) => l.map((s) => (s.key === 'k3' ? span('k3', 'disputed', 1, 3) : s)),
      (l) => l.map((s) => (s.key === 'k20' ? span('k20', 'claim', 50, 60) : s)),
      (l) => l.filter((s) => s.key !== 'k7'),
      (l) => [...l].reverse(),
      (l) => l.slice(5),
      (l) => [...l, ...spans.slice(25)],
    ];
    for (const step of steps) {
      list = step(list);
      change(view, (tr) => setHighlights(tr, list));
      expectState(list);
    }
    change(view, (tr) => removeHighlight(addHighlight(tr, span('x', 'claim', 70, 80)), 'k9'));
    list = [...list.filter((s) => s.key !== 'k9'), span('x', 'claim', 70, 80)];
    expectState(list);
    change(view, (tr) => setHighlights(tr, list.slice(1)));
    expectState(list.slice(1));
  });

  it('hit-tests and walks in text order after one of many spans changed, as a fresh layer does', () => {
    const text = Array.from({ length: 60 }, (_, i) => `Paragraph ${i} has a few words in it for spans.`).join('\n');
    const spans = Array.from({ length: 400 }, (_, i) => {
      const from = 1 + ((i * 37) % 2800);
      return span(`k${i}`, i % 3 === 0 ? 'claim' : 'disputed', from, from + 1 + (i % 9));
    });
    const view = mount(text);
    change(view, (tr) => setHighlights(tr, spans));
    expect(highlightsAt(view.state, 100).length).toBeGreaterThan(0);
    const edited = [...spans];
    edited[7] = span('k7', 'attribution', 95, 105);
    edited.splice(20, 1);
    edited.push(span('extra', 'claim', 99, 101));
    change(view, (tr) => setHighlights(tr, edited));
    const fresh = mount(text);
    change(fresh, (tr) => setHighlights(tr, edited));
    for (const pos of [1, 95, 100, 101, 104, 500, 1500, 2799]) {
      expect(highlightsAt(view.state, pos).map((s) => s.key)).toEqual(highlightsAt(fresh.state, pos).map((s) => s.key));
    }
    const walk = (target: EditorView): (string | null)[] =>
      Array.from({ length: 12 }, () => {
        selectNextHighlight(target.state, target.dispatch);
        return getHighlights(target.state)?.selected ?? null;
      });
    expect(walk(view)).toEqual(walk(fresh));
  });

  it('rejects a highlight outside the document or empty', () => {
    const view = mount();
    expect(() => addHighlight(view.state.tr, span('a', 'claim', 5, 5))).toThrow(RangeError);
    expect(() => addHighlight(view.state.tr, span('a', 'claim', 5, 10_000))).toThrow(RangeError);
  });

  it('maps highlights through document changes', () => {
    const view = mount(TEXT, { readOnly: false });
    change(view, (tr) => setHighlights(tr, [span('a', 'claim', 5, 13), span('b', 'claim', 1, 4)]));
    change(view, (tr) => tr.insertText('Our ', 1));
    expect(getHighlights(view.state)?.spans.get('a')).toMatchObject({ from: 9, to: 17 });
    expect(getHighlights(view.state)?.spans.get('b')).toMatchObject({ from: 5, to: 8 });
    expect(painted(view, labelHighlightName('claim'))).toEqual(['5-8', '9-17']);
    change(view, (tr) => tr.delete(9, 17));
    expect(getHighlights(view.state)?.spans.has('a')).toBe(false);
  });

  it('finds the highlights at a position, shortest first', () => {
    const view = mount();
    change(view, (tr) =>
      setHighlights(tr, [span('outer', 'claim', 1, 34), span('inner', 'casualty-figure', 19, 28), span('other', 'disputed', 38, 47)]),
    );
    expect(highlightsAt(view.state, 20).map((s) => s.key)).toEqual(['inner', 'outer']);
    expect(highlightsAt(view.state, 28).map((s) => s.key)).toEqual(['inner', 'outer']);
    expect(highlightsAt(view.state, 10).map((s) => s.key)).toEqual(['outer']);
    expect(highlightsAt(view.state, 36)).toEqual([]);
  });

  it('walks the highlights in text order with Tab and Shift+Tab commands, wrapping around', () => {
    const view = mount();
    change(view, (tr) =>
      setHighlights(tr, [
        span('later', 'disputed', 38, 47),
        span('figure', 'casualty-figure', 19, 28),
        span('outer', 'claim', 1, 34),
        span('same-claim', 'claim', 19, 28),
      ]),
    );
    const walk = (command: typeof selectNextHighlight, times: number): (string | null)[] =>
      Array.from({ length: times }, () => {
        expect(command(view.state, view.dispatch)).toBe(true);
        return getHighlights(view.state)?.selected ?? null;
      });
    // Same place: ordered by label id ("casualty-figure" before "claim"), then key.
    expect(walk(selectNextHighlight, 5)).toEqual(['outer', 'figure', 'same-claim', 'later', 'outer']);
    expect(walk(selectPreviousHighlight, 3)).toEqual(['later', 'same-claim', 'figure']);
    expect(view.state.selection.empty && view.state.selection.from).toBe(19);
    expect(getHighlights(view.state)?.flash?.key).toBe('figure');
  });

  it('starts walking from the caret when no highlight is selected', () => {
    const view = mount();
    change(view, (tr) => setHighlights(tr, [span('a', 'claim', 1, 13), span('b', 'claim', 19, 34), span('c', 'disputed', 38, 47)]));
    const caretAt = (pos: number) => change(view, (tr) => selectHighlight(tr.setSelection(TextSelection.create(tr.doc, pos)), null));
    caretAt(19);
    selectNextHighlight(view.state, view.dispatch);
    expect(getHighlights(view.state)?.selected).toBe('b');
    caretAt(19);
    selectPreviousHighlight(view.state, view.dispatch);
    expect(getHighlights(view.state)?.selected).toBe('a');
    caretAt(40);
    selectNextHighlight(view.state, view.dispatch);
    expect(getHighlights(view.state)?.selected).toBe('a');
    caretAt(1);
    selectPreviousHighlight(view.state, view.dispatch);
    expect(getHighlights(view.state)?.selected).toBe('c');
  });

  it('reports whether a step is possible without dispatching when asked so', () => {
    const view = mount();
    expect(selectNextHighlight(view.state, view.dispatch)).toBe(false);
    change(view, (tr) => addHighlight(tr, span('a', 'claim', 1, 13)));
    const before = view.state;
    expect(selectPreviousHighlight(view.state)).toBe(true);
    expect(view.state).toBe(before);
  });

  it('hit-tests a click on the rendered text through posAtCoords', () => {
    const view = mount();
    change(view, (tr) => setHighlights(tr, [span('figure', 'casualty-figure', 19, 28), span('claim', 'claim', 1, 34)]));
    const { node, offset } = view.domAtPos(22);
    const letter = document.createRange();
    letter.setStart(node, offset);
    letter.setEnd(node, offset + 1);
    const box = letter.getBoundingClientRect();
    const hit = view.posAtCoords({ left: box.left + box.width / 2, top: box.top + box.height / 2 });
    expect(hit).not.toBeNull();
    expect(highlightsAt(view.state, hit!.pos).map((s) => s.key)).toEqual(['figure', 'claim']);
  });

  it('lets two views share the registry without clobbering each other', () => {
    const left = mount();
    const right = mount();
    change(left, (tr) => setHighlights(tr, [span('a', 'claim', 1, 13), span('b', 'disputed', 38, 47)]));
    change(right, (tr) => setHighlights(tr, [span('a', 'claim', 19, 34)]));
    expect(painted(left, labelHighlightName('claim'))).toEqual(['1-13']);
    expect(painted(right, labelHighlightName('claim'))).toEqual(['19-34']);
    expect(CSS.highlights.get(labelHighlightName('claim'))?.size).toBe(2);
    change(right, (tr) => removeHighlight(tr, 'a'));
    expect(painted(left, labelHighlightName('claim'))).toEqual(['1-13']);
    views.splice(views.indexOf(left), 1);
    left.destroy();
    expect(CSS.highlights.get(labelHighlightName('claim'))?.size).toBe(0);
    expect(CSS.highlights.has(labelHighlightName('claim'))).toBe(true);
    change(right, (tr) => addHighlight(tr, span('c', 'claim', 1, 4)));
    expect(painted(right, labelHighlightName('claim'))).toEqual(['1-4']);
    views.splice(views.indexOf(right), 1);
    right.destroy();
    expect(CSS.highlights.has(labelHighlightName('claim'))).toBe(false);
  });

  it('makes ranges again when ProseMirror redraws a paragraph', async () => {
    const decorate = new PluginKey<DecorationSet>('test-decorations');
    const plugin = new Plugin<DecorationSet>({
      key: decorate,
      state: {
        init: () => DecorationSet.empty,
        apply: (tr, set) => (tr.getMeta(decorate) as DecorationSet | undefined) ?? set.map(tr.mapping, tr.doc),
      },
      props: { decorations: (state) => decorate.getState(state) },
    });
    const view = mount(TEXT, { plugins: [plugin] });
    change(view, (tr) => setHighlights(tr, [span('a', 'claim', 5, 30)]));
    const [before] = rangesOf(view, labelHighlightName('claim'));
    change(view, (tr) => tr.setMeta(decorate, DecorationSet.create(tr.doc, [Decoration.inline(10, 20, { class: 'x' })])));
    await Promise.resolve();
    const [after] = rangesOf(view, labelHighlightName('claim'));
    expect(after).not.toBe(before);
    expect(after?.startContainer.isConnected && after.endContainer.isConnected).toBe(true);
    expect(painted(view, labelHighlightName('claim'))).toEqual(['5-30']);
  });

  it('paints the start of the text before anything is laid out, then only what is near the viewport', async () => {
    const text = Array.from({ length: 400 }, (_, i) => `Line ${i} of a long article with enough words to wrap.`).join('\n');
    const map = DocumentPositions.fromText(text);
    const midStart = text.indexOf('Line 150 ');
    const near = span('near', 'claim', map.toPosition(0), map.toPosition(4));
    const mid = span('mid', 'claim', map.toPosition(midStart), map.toPosition(midStart + 4));
    const view = mount(text, { hostStyle: 'width: 400px; height: 200px; overflow: auto;' });
    change(view, (tr) => setHighlights(tr, [near, mid]));
    // Before the first frame: the first window is the text's start, measured by no layout.
    expect(painted(view, labelHighlightName('claim'))).toEqual([`${near.from}-${near.to}`, `${mid.from}-${mid.to}`].sort());
    // Precondition, measured: line 150 lies beyond the painted margin (one scroller height) below the scroller.
    const box = view.dom.parentElement!.getBoundingClientRect();
    expect(view.coordsAtPos(mid.from).top - box.bottom).toBeGreaterThan(2 * box.height);
    await expect.poll(() => painted(view, labelHighlightName('claim'))).toEqual([`${near.from}-${near.to}`]);
  });

  it('registers only the ranges near the viewport, and more as it scrolls', async () => {
    const text = Array.from({ length: 400 }, (_, i) => `Line ${i} of a long article with enough words to wrap.`).join('\n');
    const view = mount(text, { hostStyle: 'width: 400px; height: 200px; overflow: auto;' });
    const scroller = view.dom.parentElement!;
    const map = DocumentPositions.fromText(text);
    const near = span('near', 'claim', map.toPosition(0), map.toPosition(4));
    const farStart = text.indexOf('Line 399 ');
    const far = span('far', 'claim', map.toPosition(farStart), map.toPosition(farStart + 4));
    const lineTop = (pos: number): number => view.coordsAtPos(pos).top;
    // Precondition, measured: the last line lies far beyond the painted margin (one scroller height)
    // below the scroller; scrolled to the bottom, it is in view.
    const box = scroller.getBoundingClientRect();
    expect(lineTop(far.from) - box.bottom).toBeGreaterThan(3 * box.height);
    change(view, (tr) => setHighlights(tr, [near, far]));
    expect(painted(view, labelHighlightName('claim'))).toEqual([`${near.from}-${near.to}`]);
    scroller.scrollTop = scroller.scrollHeight;
    expect(lineTop(far.from)).toBeGreaterThanOrEqual(box.top);
    expect(lineTop(far.from)).toBeLessThan(box.bottom);
    await expect.poll(() => painted(view, labelHighlightName('claim'))).toEqual([`${far.from}-${far.to}`]);
    expect(highlightsAt(view.state, near.from + 1).map((s) => s.key)).toEqual(['near']);
  });
});
