// The annotation sidebar in Chromium with the app's styles: with 20,000 annotations only the rows
// near the list's viewport are in the DOM, in their places; one changed annotation re-renders one
// card; an annotation chosen elsewhere scrolls into the list's view; the cards stay reachable with
// Tab; the search lower-cases each annotation once.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { newAnnotation, withNote } from '../../../shared/annotation-factory';
import { LABEL_IDS } from '../../../shared/labels';
import { annotationKey, type ResolvedAnnotation } from '../reader/anchor';
import { AnnotationCard } from './annotation-card';
import { AnnotationSidebar } from './annotation-sidebar';
import '../styles.css';

// Every card rendered is a call of the (spied, unchanged) card component.
vi.mock('./annotation-card', { spy: true });

const MANY = 20_000;
/** How long a poll waits for the list to settle: generous, for a machine busy with other work. */
const SETTLED = { timeout: 10_000 };
const NOW = new Date('2026-03-25T12:00:00Z');

/** The i-th annotation: quotes of one or two lines, every third with a note, labels in turn. */
function item(i: number): ResolvedAnnotation {
  const exact = `Quote ${i}: ${'the minister said '.repeat(1 + (i % 4))}`.trim();
  const start = i * 200;
  const annotation = newAnnotation({
    setId: 'mine',
    document: 'sha256:test',
    label: LABEL_IDS[i % LABEL_IDS.length]!,
    selector: { start, end: start + exact.length, exact, prefix: '', suffix: '' },
    note: i % 3 === 0 ? `Note ${i}` : '',
    now: NOW,
    id: `a${i}`,
  });
  return { key: annotationKey(annotation), annotation, flagged: false, from: start + 1, to: start + 1 + exact.length };
}

const itemsOf = (count: number): ResolvedAnnotation[] => Array.from({ length: count }, (_, i) => item(i));

let host: HTMLElement;
let root: Root;

beforeEach(() => {
  host = document.createElement('div');
  // A sidebar as tall and wide as in the app's pinned window.
  host.style.cssText = 'display: flex; height: 760px; width: 320px;';
  document.body.append(host);
  root = createRoot(host);
  vi.mocked(AnnotationCard).mockClear();
});

afterEach(() => {
  root.unmount();
  host.remove();
  vi.restoreAllMocks();
});

/** Renders the sidebar; `editorHeight`, a stand-in for the selected annotation's editor above the list. */
function render(items: readonly ResolvedAnnotation[], selectedKey: string | null = null, editorHeight = 0): void {
  const editor = editorHeight > 0 ? createElement('div', { style: { height: editorHeight, flex: 'none' } }) : null;
  // A new onChoose on every render, as the workbench passes.
  flushSync(() =>
    root.render(createElement(AnnotationSidebar, { items, unplaced: 0, selectedKey, setNames: new Map(), onChoose: () => undefined }, editor)),
  );
}

const list = (): HTMLOListElement => host.querySelector<HTMLOListElement>('ol[aria-label="Annotations in text order"]')!;
const scroller = (): HTMLElement => list().parentElement!;
const rows = (): HTMLLIElement[] => [...list().querySelectorAll<HTMLLIElement>(':scope > li')];
const row = (position: number): HTMLLIElement | null => list().querySelector<HTMLLIElement>(`:scope > li[aria-posinset="${position}"]`);

/** Whether the row is wholly within the list's viewport. */
function inView(element: Element): boolean {
  const box = element.getBoundingClientRect();
  const view = scroller().getBoundingClientRect();
  return box.top >= view.top - 1 && box.bottom <= view.bottom + 1;
}

/** Every rendered row says its place and shows the annotation at that place. */
function expectRowsInPlace(total: number): void {
  for (const li of rows()) {
    const position = Number(li.getAttribute('aria-posinset'));
    expect(li.getAttribute('aria-setsize')).toBe(String(total));
    expect(li.textContent).toContain(`Quote ${position - 1}:`);
    expect(li.querySelectorAll('button')).toHaveLength(1);
  }
}

describe('with 20,000 annotations', { timeout: 60_000 }, () => {
  it('renders only the rows near the viewport, and later ones in their places when scrolled to', async () => {
    const items = itemsOf(MANY);
    render(items);
    await expect.poll(() => row(1)?.textContent, SETTLED).toContain('Quote 0:');
    expect(rows().length).toBeGreaterThan(5);
    expect(rows().length).toBeLessThan(100);
    expectRowsInPlace(MANY);
    expect(inView(row(1)!)).toBe(true);

    scroller().scrollTop = scroller().scrollHeight / 2;
    await expect.poll(() => rows().some((li) => inView(li) && Number(li.getAttribute('aria-posinset')) > 8_000), SETTLED).toBe(true);
    expect(rows().length).toBeLessThan(100);
    expectRowsInPlace(MANY);

    // The end: the virtualiser measures the rows it shows and settles there.
    await expect
      .poll(() => {
        scroller().scrollTop = scroller().scrollHeight;
        const last = row(MANY);
        return last !== null && inView(last);
      }, SETTLED)
      .toBe(true);
    expect(row(MANY)!.textContent).toContain(`Quote ${MANY - 1}:`);
    expect(rows().length).toBeLessThan(100);
    expectRowsInPlace(MANY);
  });

  it('re-renders only the card of the annotation that changed, or whose selection did', async () => {
    const items = itemsOf(MANY);
    render(items);
    await expect.poll(() => row(3), SETTLED).not.toBeNull();
    const cards = vi.mocked(AnnotationCard);
    cards.mockClear();

    const changed = [...items];
    changed[2] = { ...items[2]!, annotation: withNote(items[2]!.annotation, 'Checked against TASS', NOW) };
    render(changed);
    expect(cards.mock.calls.map(([props]) => props.item.key)).toEqual([items[2]!.key]);
    expect(row(3)!.textContent).toContain('Checked against TASS');

    cards.mockClear();
    render(changed, items[4]!.key);
    expect(cards.mock.calls.map(([props]) => props.item.key)).toEqual([items[4]!.key]);
    expect(row(5)!.querySelector('button')!.getAttribute('aria-current')).toBe('true');

    // Nothing that a card shows changed: no card renders.
    cards.mockClear();
    render(changed, items[4]!.key);
    expect(cards).not.toHaveBeenCalled();
  });

  it('scrolls an annotation chosen elsewhere into the list’s view', async () => {
    const items = itemsOf(MANY);
    render(items);
    await expect.poll(() => row(1), SETTLED).not.toBeNull();
    render(items, items[15_000]!.key);
    await expect.poll(() => row(15_001) !== null && inView(row(15_001)!), SETTLED).toBe(true);
    expect(row(15_001)!.querySelector('button')!.getAttribute('aria-current')).toBe('true');
    expectRowsInPlace(MANY);

    // Back near the start, and the one chosen there is shown too.
    render(items, items[10]!.key);
    await expect.poll(() => row(11) !== null && inView(row(11)!), SETTLED).toBe(true);
  });

  it('keeps the chosen annotation in view when its editor opens above the list and shortens it', async () => {
    const items = itemsOf(MANY);
    render(items);
    await expect.poll(() => row(1), SETTLED).not.toBeNull();
    // The lowest row wholly in view: the editor's 300 px push it out of the shortened list.
    const lowest = rows().filter(inView).at(-1)!;
    const position = Number(lowest.getAttribute('aria-posinset'));
    expect(lowest.getBoundingClientRect().top - scroller().getBoundingClientRect().top).toBeGreaterThan(300);
    render(items, items[position - 1]!.key, 300);
    await expect.poll(() => row(position) !== null && inView(row(position)!), SETTLED).toBe(true);
  });

  it('keeps the cards reachable with Tab, in text order, past the rows first rendered', async () => {
    render(itemsOf(MANY));
    await expect.poll(() => row(1), SETTLED).not.toBeNull();
    const firstRendered = rows().length;
    host.querySelector<HTMLInputElement>('input[type="search"]')!.focus();
    const steps = firstRendered + 10;
    for (let step = 1; step <= steps; step += 1) {
      await userEvent.tab();
      expect(document.activeElement?.closest('li')?.getAttribute('aria-posinset')).toBe(String(step));
    }
    expect(inView(document.activeElement!)).toBe(true);
  });

  it('keeps the focused card in the DOM when the list scrolls far from it', async () => {
    render(itemsOf(MANY));
    await expect.poll(() => row(2), SETTLED).not.toBeNull();
    const button = row(2)!.querySelector('button')!;
    button.focus();
    scroller().scrollTop = scroller().scrollHeight / 2;
    await expect.poll(() => rows().some((li) => Number(li.getAttribute('aria-posinset')) > 8_000), SETTLED).toBe(true);
    expect(button.isConnected).toBe(true);
    expect(document.activeElement).toBe(button);
    expect(rows().length).toBeLessThan(100);
  });

  it('lower-cases each quote and note once however many keys are typed', async () => {
    const items = itemsOf(MANY);
    render(items);
    await expect.poll(() => row(1), SETTLED).not.toBeNull();
    const lower = vi.spyOn(String.prototype, 'toLocaleLowerCase');
    const search = host.querySelector<HTMLInputElement>('input[type="search"]')!;
    await userEvent.type(search, 'quote 1999');
    // Each annotation's quote and note once, and the query once per key.
    expect(lower.mock.calls.length).toBeLessThanOrEqual(2 * MANY + 'quote 1999'.length);
    // "Quote 1999:" and "Quote 19990:" to "Quote 19999:".
    await expect.poll(() => list().querySelectorAll(':scope > li').length, SETTLED).toBe(11);
    expect(rows().map((li) => li.getAttribute('aria-setsize'))).toEqual(Array<string>(11).fill('11'));
    expect(rows()[0]!.textContent).toContain('Quote 1999:');
  });
});

describe('with a few annotations', () => {
  it('renders every one of them, in text order', async () => {
    const items = itemsOf(40);
    render(items);
    await expect.poll(() => rows().length, SETTLED).toBe(40);
    expectRowsInPlace(40);
    expect(rows().map((li) => li.getAttribute('aria-posinset'))).toEqual(items.map((_, i) => String(i + 1)));
  });
});
