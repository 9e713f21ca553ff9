// Scroll synchronisation between two real readers in Chromium, where the right pane's lines are
// taller (as highlights may make them): the same text must stay at the top of both viewports.
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { codePointLength } from '../../../shared/code-points';
import { firstIndexWhere } from '../../../shared/sorted-search';
import { positionAtOffset } from '../reader/anchor';
import { DocumentPositions } from '../reader/document-positions';
import { createReaderDocument } from '../reader/reader-document';
import { readOnly } from '../reader/read-only-plugin';
import { scrollBothTo, syncScrolling, useScrollSync, type ScrollPane } from './scroll-sync';

const TEXT = Array.from(
  { length: 70 },
  (_, i) => `Paragraph ${i}: ${'the minister said that forty people had died there '.repeat(1 + ((i * 7) % 5)).trim()}.`,
).join('\n');

const STYLE = `
  .sync-scroller { height: 240px; width: 380px; overflow-y: auto; font: 16px/1.5 Literata; margin-bottom: 12px; }
  .sync-scroller .sync-heading { height: 40px; margin: 0; }
  .sync-scroller p { margin: 0 0 8px; }
  .sync-scroller.tall p { line-height: 2.6; }
`;

const stops: Array<() => void> = [];
const cleanups: Array<() => void> = [];

afterEach(() => {
  for (const stop of stops.splice(0)) stop();
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
});

function addStyle(): void {
  const style = document.createElement('style');
  style.textContent = STYLE;
  document.head.append(style);
  cleanups.push(() => style.remove());
}

/** A fixed-height scroller holding a heading and a reader of TEXT. */
function mountPane(className = ''): ScrollPane {
  const scroller = document.createElement('div');
  scroller.className = `sync-scroller ${className}`;
  const heading = document.createElement('h2');
  heading.className = 'sync-heading';
  heading.textContent = 'Set';
  const host = document.createElement('div');
  scroller.append(heading, host);
  document.body.append(scroller);
  const map = DocumentPositions.fromText(TEXT);
  const view = new EditorView(host, {
    state: EditorState.create({ doc: createReaderDocument(map), plugins: [readOnly()] }),
  });
  cleanups.push(() => {
    view.destroy();
    scroller.remove();
  });
  return { scroller, view, map };
}

function mountBoth(): { left: ScrollPane; right: ScrollPane } {
  addStyle();
  return { left: mountPane(), right: mountPane('tall') };
}

const frames = async (count: number): Promise<void> => {
  for (let i = 0; i < count; i++) await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
};

/** Waits until neither pane has moved for a few frames (wheel scrolling may be animated). */
async function settle(...panes: ScrollPane[]): Promise<void> {
  let last = '';
  for (let calm = 0, i = 0; calm < 4 && i < 200; i++) {
    await frames(1);
    const now = panes.map((pane) => pane.scroller.scrollTop).join();
    calm = now === last ? calm + 1 : 0;
    last = now;
  }
}

const viewportTop = (pane: ScrollPane): number => pane.scroller.getBoundingClientRect().top + pane.scroller.clientTop;

const glyphs = (pane: ScrollPane, offset: number) => pane.view.coordsAtPos(positionAtOffset(pane.map, offset), 1);

/** The offset of the first character at least partly below the viewport's top edge (measured independently). */
function firstVisibleOffset(pane: ScrollPane): number {
  const top = viewportTop(pane);
  return firstIndexWhere(codePointLength(TEXT), (offset) => glyphs(pane, offset).bottom > top);
}

const lineHeight = (pane: ScrollPane): number => Number.parseFloat(getComputedStyle(pane.view.dom.firstElementChild!).lineHeight);

/**
 * The first visible lines of both panes hold the same text: the right pane's first visible
 * character lies on the left pane's first visible line, or at most one line (and a paragraph gap) away.
 */
function expectSameFirstLine(left: ScrollPane, right: ScrollPane): void {
  const a = firstVisibleOffset(left);
  const b = firstVisibleOffset(right);
  const apart = Math.abs(glyphs(left, b).top - glyphs(left, a).top);
  expect(apart, `left starts at ${a}, right at ${b}`).toBeLessThanOrEqual(lineHeight(left) + 8 + 1);
}

/** Where a code-point offset's glyphs sit in a pane's viewport, as a fraction of its height. */
const heightOf = (pane: ScrollPane, offset: number): number =>
  (glyphs(pane, offset).top - viewportTop(pane)) / pane.scroller.clientHeight;

describe('scroll synchronisation', () => {
  it('keeps the same text at the top of the taller pane when the left one scrolls', async () => {
    const { left, right } = mountBoth();
    stops.push(syncScrolling(left, right));
    await settle(left, right);
    expect(right.scroller.scrollHeight).toBeGreaterThan(left.scroller.scrollHeight * 1.3);
    for (const scrollTop of [0, 17, 600, 1234, 2000, 3111]) {
      left.scroller.scrollTop = scrollTop;
      await settle(left, right);
      expect(left.scroller.scrollTop).toBe(scrollTop);
      expectSameFirstLine(left, right);
      // Not the same pixels: the right pane's text is taller.
      if (scrollTop > 500) expect(right.scroller.scrollTop).toBeGreaterThan(scrollTop * 1.2);
    }
  });

  it('keeps the same text at the top of the left pane when the taller one scrolls', async () => {
    const { left, right } = mountBoth();
    stops.push(syncScrolling(left, right));
    for (const scrollTop of [900, 2500, 4321, 150]) {
      right.scroller.scrollTop = scrollTop;
      await settle(left, right);
      expect(right.scroller.scrollTop).toBe(scrollTop);
      expectSameFirstLine(left, right);
    }
  });

  it('lines the panes up within a line, part-way through the top line included', async () => {
    const { left, right } = mountBoth();
    stops.push(syncScrolling(left, right));
    left.scroller.scrollTop = 1500;
    await settle(left, right);
    const a = firstVisibleOffset(left);
    // The top edge is as far into the line, as a share of each pane's line height.
    const depth = (pane: ScrollPane): number => {
      const box = glyphs(pane, a);
      const line = lineHeight(pane);
      return (viewportTop(pane) - ((box.top + box.bottom) / 2 - line / 2)) / line;
    };
    expect(Math.abs(depth(left) - depth(right))).toBeLessThan(0.1);
  });

  it('follows wheel scrolling', async () => {
    const { left, right } = mountBoth();
    stops.push(syncScrolling(left, right));
    await userEvent.wheel(left.scroller, { delta: { y: 400 }, times: 3 });
    await settle(left, right);
    expect(left.scroller.scrollTop).toBeGreaterThan(300);
    expectSameFirstLine(left, right);
    await userEvent.wheel(right.scroller, { delta: { y: -300 } });
    await settle(left, right);
    expectSameFirstLine(left, right);
  });

  it('does not echo its own scrolling back (no feedback loop)', async () => {
    const { left, right } = mountBoth();
    stops.push(syncScrolling(left, right));
    left.scroller.scrollTop = 1000;
    // Frame 1 follows it; in frame 2 the reader scrolls on just as the right pane's scroll event
    // (caused by following) arrives: taking that event for a user's would drag the left pane back.
    await frames(2);
    left.scroller.scrollTop = 1100;
    await settle(left, right);
    expect(left.scroller.scrollTop).toBe(1100);
    expectSameFirstLine(left, right);
    let scrolls = 0;
    for (const pane of [left, right]) pane.scroller.addEventListener('scroll', () => scrolls++);
    await frames(10);
    expect(scrolls).toBe(0);
  });

  it('lines the panes up again when one pane’s line heights change', async () => {
    const { left, right } = mountBoth();
    stops.push(syncScrolling(left, right));
    left.scroller.scrollTop = 1800;
    await settle(left, right);
    right.scroller.classList.remove('tall');
    await settle(left, right);
    // The pane that kept its layout stays within a line of where it was (scroll anchoring in the
    // other may nudge it), and the changed one comes back level with it.
    expect(Math.abs(left.scroller.scrollTop - 1800)).toBeLessThan(lineHeight(left));
    expectSameFirstLine(left, right);
    expect(Math.abs(right.scroller.scrollTop - left.scroller.scrollTop)).toBeLessThan(2);
  });

  it('stops following once stopped', async () => {
    const { left, right } = mountBoth();
    const stop = syncScrolling(left, right);
    await settle(left, right);
    stop();
    left.scroller.scrollTop = 800;
    await settle(left, right);
    expect(right.scroller.scrollTop).toBe(0);
  });

  it('scrollBothTo puts an offset a third of the way down both panes, and leaves it there', async () => {
    const { left, right } = mountBoth();
    stops.push(syncScrolling(left, right));
    await settle(left, right);
    const offset = TEXT.indexOf('Paragraph 41:') + 20;
    scrollBothTo(left, right, offset);
    await settle(left, right);
    for (const pane of [left, right]) {
      const line = lineHeight(pane) / pane.scroller.clientHeight;
      expect(Math.abs(heightOf(pane, offset) - 1 / 3)).toBeLessThan(line);
    }
    // Offsets past either end are clamped, not thrown on.
    scrollBothTo(left, right, TEXT.length + 100);
    scrollBothTo(left, null, -5);
    await settle(left, right);
    expect(left.scroller.scrollTop).toBe(0);
  });

  it('useScrollSync follows while mounted with both panes, and stops when unmounted', async () => {
    const { left, right } = mountBoth();
    const container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container);
    cleanups.push(() => container.remove());
    const Harness = (props: { left: ScrollPane | null; right: ScrollPane | null }) => {
      useScrollSync(props.left, props.right);
      return null;
    };
    flushSync(() => root.render(createElement(Harness, { left, right: null })));
    left.scroller.scrollTop = 700;
    await settle(left, right);
    expect(right.scroller.scrollTop).toBe(0);

    // New objects for the same panes do not restart anything; both present: following.
    flushSync(() => root.render(createElement(Harness, { left: { ...left }, right: { ...right } })));
    left.scroller.scrollTop = 1300;
    await settle(left, right);
    expectSameFirstLine(left, right);
    expect(right.scroller.scrollTop).toBeGreaterThan(1300);

    flushSync(() => root.unmount());
    const rightTop = right.scroller.scrollTop;
    left.scroller.scrollTop = 200;
    await settle(left, right);
    expect(right.scroller.scrollTop).toBe(rightTop);
  });
});
