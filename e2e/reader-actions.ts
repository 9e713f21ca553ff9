// What a user does in the reader, for the journeys: open an article, select text with the
// mouse (by its words, found in the rendered text), click inside a span.
import type { Page } from '@playwright/test';

export interface TextEdges {
  start: { x: number; y: number };
  end: { x: number; y: number };
}

/** Client coordinates of the start and end of the `occurrence`-th (0-based) `needle` in the reader. */
export async function textEdges(page: Page, needle: string, occurrence = 0): Promise<TextEdges> {
  // Measure only once the reader is there and its font has loaded, or the text reflows under the mouse.
  await page.locator('.reader-text').first().waitFor();
  await page.evaluate(() => document.fonts.ready);
  return page.evaluate(
    ([n, wanted]) => {
      const root = document.querySelector('.reader-text');
      if (!root) throw new Error('no reader');
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const content = node.textContent ?? '';
        for (let at = content.indexOf(n); at >= 0; at = content.indexOf(n, at + 1)) {
          if (seen++ < wanted) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + n.length);
          // Bring the words themselves (not their whole paragraph) into the reading area.
          const area = document.querySelector('.reading-area');
          if (area) {
            const frame = area.getBoundingClientRect();
            const box = range.getBoundingClientRect();
            if (box.top < frame.top + 40 || box.bottom > frame.bottom - 40) area.scrollTop += box.top - frame.top - frame.height / 3;
          }
          const rects = [...range.getClientRects()];
          const first = rects[0];
          const last = rects[rects.length - 1];
          if (!first || !last) break;
          return {
            start: { x: first.left + 1, y: first.top + first.height / 2 },
            end: { x: last.right - 1, y: last.top + last.height / 2 },
          };
        }
      }
      throw new Error(`"${n}" (occurrence ${wanted}) is not in the reader`);
    },
    [needle, occurrence] as const,
  );
}

/** Drags the mouse over `needle`, as a user selecting it. */
export async function selectText(page: Page, needle: string, occurrence = 0): Promise<void> {
  const edges = await textEdges(page, needle, occurrence);
  await page.mouse.move(edges.start.x, edges.start.y);
  await page.mouse.down();
  await page.mouse.move(edges.end.x, edges.end.y, { steps: 6 });
  await page.mouse.up();
}

/** Clicks inside `needle` (e.g. inside a highlight), `at` of the way along it: the middle by default. */
export async function clickText(page: Page, needle: string, occurrence = 0, at = 0.5): Promise<void> {
  const edges = await textEdges(page, needle, occurrence);
  await page.mouse.click(edges.start.x + (edges.end.x - edges.start.x) * at, edges.start.y);
}

export async function openArticle(page: Page, title: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: title, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
}

/** Whether the first `needle` in the reader is inside the visible part of the reading area. */
export async function isTextInView(page: Page, needle: string): Promise<boolean> {
  return page.evaluate((n) => {
    const root = document.querySelector('.reader-text');
    const area = document.querySelector('.reading-area');
    if (!root || !area) throw new Error('no reader');
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(n) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + n.length);
      const rect = range.getBoundingClientRect();
      const frame = area.getBoundingClientRect();
      return rect.top >= frame.top && rect.bottom <= frame.bottom;
    }
    throw new Error(`"${n}" is not in the reader`);
  }, needle);
}
