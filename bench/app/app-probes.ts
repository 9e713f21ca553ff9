// What the app benchmark watches inside the page, on the page's clock: when the reader's text and
// its highlights are painted after an open, when a tag's highlight is painted, committed and shown
// "Saved", a scroll through the article, and the page's size. Only accessible names, roles and the
// reader's paragraphs are relied on, so the renderer may change underneath.
//
// "Painted": the condition held in an animation-frame callback, and the time is taken in the first
// task after that frame (a message posted from the callback runs once the frame has been rendered).
import type { CDPSession, Page } from '@playwright/test';

/** Helpers the measuring functions share inside the page (installed once by installAppProbes). */
interface AppProbes {
  /** When each read-write transaction that wrote to the annotations store completed. */
  commits: number[];
  /** The reader (role textbox) named `name`, if it is in the page. */
  reader: (name: string) => Element | null;
  /** The nearest ancestor of `element` that scrolls. */
  scrollerOf: (element: Element) => Element;
  /** Calls `record` with the time of the first task after the frame being rendered (call from an animation-frame callback). */
  afterFrame: (record: (at: number) => void) => void;
}

type AppWindow = Window & { __appBench?: AppProbes; __appOpen?: Promise<OpenTimes>; __appTag?: Promise<TagTimes> };

/**
 * Installs the helpers, and records the commits of transactions that write annotations (their
 * 'complete' events); once per page.
 */
export async function installAppProbes(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as AppWindow;
    if (w.__appBench) return;
    const state: AppProbes = {
      commits: [],
      reader: (name) => [...document.querySelectorAll('[role="textbox"]')].find((el) => el.getAttribute('aria-label') === name) ?? null,
      scrollerOf(element) {
        let scroller = element.parentElement;
        while (scroller && !(/auto|scroll/.test(getComputedStyle(scroller).overflowY) && scroller.scrollHeight > scroller.clientHeight)) scroller = scroller.parentElement;
        if (!scroller) throw new Error('the reader has no scroller');
        return scroller;
      },
      afterFrame(record) {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => record(performance.now());
        channel.port2.postMessage(null);
      },
    };
    w.__appBench = state;
    const watched = new WeakSet<IDBTransaction>();
    for (const name of ['add', 'put'] as const) {
      // eslint-disable-next-line @typescript-eslint/unbound-method -- called below with .call(this)
      const native = IDBObjectStore.prototype[name];
      IDBObjectStore.prototype[name] = function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
        const transaction = this.transaction;
        if (this.name === 'annotations' && !watched.has(transaction)) {
          watched.add(transaction);
          transaction.addEventListener('complete', () => state.commits.push(performance.now()));
        }
        return native.call(this, value, key);
      };
    }
  });
}

export interface OpenTimes {
  /** The click on the article in the library. */
  start: number;
  /** Click → every paragraph of the reader in the DOM, painted. */
  textMs: number;
  /** Click → a highlight range inside the new reader registered, painted (null when none is expected). */
  highlightsMs: number | null;
}

/**
 * Clicks `click` (the library's button for the article) and waits until the reader named
 * `readerName` holds `paragraphs` paragraphs and, with `highlights`, CSS.highlights a range in it.
 */
export async function measureOpen(
  page: Page,
  click: () => Promise<void>,
  options: { readerName: string; paragraphs: number; highlights: boolean; timeoutMs: number },
): Promise<OpenTimes> {
  await page.evaluate((o) => {
    const w = window as AppWindow;
    const { reader, afterFrame } = w.__appBench!;
    w.__appOpen = new Promise<OpenTimes>((resolve, reject) => {
      document.addEventListener(
        'click',
        () => {
          const start = performance.now();
          const inReader = (root: Element) => {
            let found = false;
            CSS.highlights.forEach((highlight) => {
              if (!found) highlight.forEach((range) => void (found ||= root.contains(range.startContainer)));
            });
            return found;
          };
          let textAt: number | null = null;
          let highlightsAt: number | null = null;
          let textSeen = false;
          let highlightsSeen = !o.highlights;
          const finish = () => {
            if (textAt === null || (o.highlights && highlightsAt === null)) return;
            resolve({ start, textMs: textAt - start, highlightsMs: highlightsAt === null ? null : highlightsAt - start });
          };
          const frame = () => {
            if (performance.now() - start > o.timeoutMs) {
              reject(new Error(`after ${o.timeoutMs} ms: text ${textSeen ? 'shown' : 'not shown'}, highlights ${highlightsSeen ? 'shown' : 'not shown'}`));
              return;
            }
            const root = reader(o.readerName);
            if (!textSeen && root && root.getElementsByTagName('p').length >= o.paragraphs) {
              textSeen = true;
              afterFrame((at) => {
                textAt = at;
                finish();
              });
            }
            if (!highlightsSeen && root && inReader(root)) {
              highlightsSeen = true;
              afterFrame((at) => {
                highlightsAt = at;
                finish();
              });
            }
            if (!textSeen || !highlightsSeen) requestAnimationFrame(frame);
          };
          requestAnimationFrame(frame);
        },
        { capture: true, once: true },
      );
    });
  }, options);
  await click();
  return page.evaluate(() => (window as AppWindow).__appOpen!);
}

/** A span to select: its paragraph in the reader (0 = the title line) and its UTF-16 offsets in that paragraph. */
interface SpanPlace {
  paragraph: number;
  from: number;
  to: number;
}

/**
 * Scrolls the reader so the span is a third of the way down its scroller, and returns the client
 * points a mouse drags between to select it (just inside its first and last character).
 */
export async function spanEdges(page: Page, readerName: string, place: SpanPlace): Promise<{ start: { x: number; y: number }; end: { x: number; y: number } }> {
  return page.evaluate(
    async ({ name, p }) => {
      const { reader, scrollerOf } = (window as AppWindow).__appBench!;
      const root = reader(name);
      const paragraph = root?.getElementsByTagName('p')[p.paragraph];
      if (!root || !paragraph) throw new Error(`no paragraph ${p.paragraph} in the reader`);
      const range = document.createRange();
      const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const length = node.textContent?.length ?? 0;
        if (p.from >= seen && p.from < seen + length) range.setStart(node, p.from - seen);
        if (p.to > seen && p.to <= seen + length) range.setEnd(node, p.to - seen);
        seen += length;
      }
      const scroller = scrollerOf(root);
      const frame = scroller.getBoundingClientRect();
      scroller.scrollTop += range.getBoundingClientRect().top - frame.top - frame.height / 3;
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const rects = [...range.getClientRects()];
      const first = rects[0];
      const last = rects.at(-1);
      if (!first || !last) throw new Error(`the span ${p.from}–${p.to} of paragraph ${p.paragraph} has no box`);
      return {
        start: { x: first.left + 1, y: first.top + first.height / 2 },
        end: { x: last.right - 1, y: last.top + last.height / 2 },
      };
    },
    { name: readerName, p: place },
  );
}

export interface TagTimes {
  /** The key press (its keydown in the page). */
  start: number;
  /** Keydown → the first frame in which CSS.highlights holds a range exactly over the selection, painted. */
  paintedMs: number;
  /** Keydown → the transaction writing the annotation completed. */
  committedMs: number;
  /** Keydown → the save indicator, changed since, reads "Saved", painted. */
  savedMs: number;
}

/**
 * With a span selected in the reader, presses `key` and waits until the new highlight is painted,
 * the annotation committed and "Saved" shown.
 */
export async function measureTag(page: Page, key: string, timeoutMs: number): Promise<TagTimes> {
  await page.evaluate(
    ({ wanted, timeout }) => {
      const w = window as AppWindow;
      const { commits, afterFrame } = w.__appBench!;
      const selection = document.getSelection();
      if (!selection || selection.rangeCount === 0 || selection.isCollapsed) throw new Error('nothing is selected');
      const target = selection.getRangeAt(0).cloneRange();
      const paragraph = target.startContainer.parentElement?.closest('p');
      const status = document.querySelector('[role="status"][aria-label="Save state"]');
      if (!paragraph || !status) throw new Error('no paragraph around the selection, or no save indicator');
      const exactlyOver = () => {
        let found = false;
        const probe = document.createRange();
        CSS.highlights.forEach((highlight) =>
          highlight.forEach((range) => {
            if (found || !paragraph.contains(range.startContainer)) return;
            probe.setStart(range.startContainer, range.startOffset);
            probe.setEnd(range.endContainer, range.endOffset);
            found = probe.compareBoundaryPoints(Range.START_TO_START, target) === 0 && probe.compareBoundaryPoints(Range.END_TO_END, target) === 0;
          }),
        );
        return found;
      };
      if (exactlyOver()) throw new Error('the selection is highlighted already');
      w.__appTag = new Promise<TagTimes>((resolve, reject) => {
        window.addEventListener(
          'keydown',
          (event) => {
            if (event.key !== wanted) {
              reject(new Error(`the key pressed was ${event.key}`));
              return;
            }
            const start = performance.now();
            let statusChanged = false;
            const observer = new MutationObserver(() => void (statusChanged = true));
            observer.observe(status, { subtree: true, childList: true, characterData: true });
            let paintedAt: number | null = null;
            let savedAt: number | null = null;
            let paintedSeen = false;
            let savedSeen = false;
            const finish = () => {
              const committedAt = commits.find((at) => at >= start);
              if (paintedAt === null || savedAt === null || committedAt === undefined) return false;
              observer.disconnect();
              resolve({ start, paintedMs: paintedAt - start, committedMs: committedAt - start, savedMs: savedAt - start });
              return true;
            };
            const frame = () => {
              if (performance.now() - start > timeout) {
                observer.disconnect();
                reject(new Error(`after ${timeout} ms: painted ${String(paintedSeen)}, "Saved" ${String(savedSeen)}, committed ${String(commits.some((at) => at >= start))}`));
                return;
              }
              if (!paintedSeen && exactlyOver()) {
                paintedSeen = true;
                afterFrame((at) => void (paintedAt = at));
              }
              if (!savedSeen && statusChanged && status.textContent === 'Saved') {
                savedSeen = true;
                afterFrame((at) => void (savedAt = at));
              }
              if (!finish()) requestAnimationFrame(frame);
            };
            requestAnimationFrame(frame);
          },
          { capture: true, once: true },
        );
      });
    },
    { wanted: key, timeout: timeoutMs },
  );
  await page.keyboard.press(key);
  return page.evaluate(() => (window as AppWindow).__appTag!);
}

export interface ScrollRun {
  start: number;
  end: number;
  frames: number;
  /** The scroller's height, and its step per frame (one view). */
  scrollHeight: number;
  stepPx: number;
}

/** Scrolls the reader's scroller from the top to the bottom, one view per animation frame. */
export async function scrollThrough(page: Page, readerName: string): Promise<ScrollRun> {
  return page.evaluate(async (name) => {
    const { reader, scrollerOf } = (window as AppWindow).__appBench!;
    const root = reader(name);
    if (!root) throw new Error('the reader is not shown');
    const view = scrollerOf(root);
    const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
    view.scrollTop = 0;
    await nextFrame();
    await nextFrame();
    const start = performance.now();
    const stepPx = view.clientHeight;
    let frames = 0;
    while (view.scrollTop + view.clientHeight < view.scrollHeight - 1) {
      view.scrollTop += stepPx;
      await nextFrame();
      frames++;
    }
    await nextFrame();
    return { start, end: performance.now(), frames, scrollHeight: view.scrollHeight, stepPx };
  }, readerName);
}

/** The number of elements in the page. */
export function domElements(page: Page): Promise<number> {
  return page.evaluate(() => document.getElementsByTagName('*').length);
}

export interface HeapUsage {
  /** V8's heap in use after a full collection, in bytes. */
  usedBytes: number;
  /** Blink's own (embedder) heap in use, where the browser reports it. */
  embedderBytes: number | null;
}

/** Collects garbage, then reads the heap in use (DevTools protocol). */
export async function heapAfterGc(page: Page): Promise<HeapUsage> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; embedderHeapUsedSize?: number };
    return { usedBytes: usage.usedSize, embedderBytes: usage.embedderHeapUsedSize ?? null };
  } finally {
    await cdp.detach();
  }
}

/** Annotations on `document` in the app's database (any set), read with IndexedDB. */
export async function storedAnnotations(page: Page, document: string): Promise<number> {
  return page.evaluate(
    (id) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('veritag');
        open.onerror = () => reject(open.error ?? new Error('the database could not be opened'));
        open.onsuccess = () => {
          const db = open.result;
          const count = db.transaction('annotations').objectStore('annotations').index('document').count(id);
          count.onsuccess = () => {
            db.close();
            resolve(count.result);
          };
          count.onerror = () => reject(count.error ?? new Error('the annotations could not be counted'));
        };
      }),
    document,
  );
}
