// Runs the highlight benchmark: builds the page, serves it to headless Chromium from a fixed https
// origin, repeats each measurement and prints medians, with our layer against the raw CSS Highlight API.
import { readFile } from 'node:fs/promises';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { build } from 'vite';

const HERE = dirname(fileURLToPath(import.meta.url));
const OUT = resolve(HERE, '../../out/bench/highlights');
const ORIGIN = 'https://bench.veritag.test';
const CHROMIUM = process.env.VERITAG_CHROMIUM ?? '/usr/bin/chromium';
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SINGLES = 15;
const SIZES = [5000, 20000];
/** BENCH_PARTS=open,retag,paint,single,scroll runs only those parts (all by default). */
const PARTS = new Set((process.env.BENCH_PARTS ?? 'open,retag,paint,single,scroll').split(','));
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.woff2': 'font/woff2', '.woff': 'font/woff' };

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const ms = (value) => `${value.toFixed(1)} ms`;
const ratio = (ours, base) => (base < 0.05 ? '—' : `${(ours / base).toFixed(2)}×`);

async function serve(context) {
  await context.route(`${ORIGIN}/**`, async (route) => {
    const path = normalize(join(OUT, decodeURIComponent(new URL(route.request().url()).pathname)));
    if (!path.startsWith(OUT + sep)) return route.fulfill({ status: 403 });
    try {
      const body = await readFile(path);
      await route.fulfill({ status: 200, body, headers: { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' } });
    } catch {
      await route.fulfill({ status: 404 });
    }
  });
  await context.route((url) => !url.href.startsWith(ORIGIN), (route) => route.abort('blockedbyclient'));
}

async function main() {
  await build({ configFile: join(HERE, 'vite.config.ts'), configLoader: 'runner', logLevel: 'warn' });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
    await serve(context);
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error('page error:', error));
    await page.goto(`${ORIGIN}/index.html`);
    await page.waitForFunction(() => window.veritagBench !== undefined);
    const info = await page.evaluate(() => window.veritagBench.info());
    const version = browser.version();
    console.log(`Chromium ${version}; text: ${info.characters.toLocaleString('en')} characters, ${info.paragraphs} paragraphs; median of ${RUNS} runs\n`);

    const methods = ['css-range', 'css-static', 'layer', 'decorations'];
    const rows = [['measurement', 'raw CSS API (Range)', 'raw CSS API (StaticRange)', 'highlight layer', 'layer / raw Range', 'inline decorations']];
    const cell = (samples, field) => median(samples.map((s) => s[field]));
    const layerOnly = (label, value) => rows.push([label, '', '', ms(value), '', '']);

    if (PARTS.has('open')) {
      const opens = await page.evaluate((n) => window.veritagBench.open(n), SINGLES);
      for (const [field, what] of [
        ['painted', 'open the text: shown → painted'],
        ['positions', '  of which DocumentPositions.fromText'],
        ['document', '  of which createReaderDocument'],
        ['view', '  of which new EditorView'],
      ]) layerOnly(what, cell(opens, field));
    }
    if (PARTS.has('retag')) {
      for (const count of SIZES) {
        const { set, lookup } = await page.evaluate(([n, t]) => window.veritagBench.retag(n, t), [count, SINGLES]);
        const size = count.toLocaleString('en');
        layerOnly(`set all with one of ${size} changed, script`, cell(set, 'script'));
        layerOnly(`set all with one of ${size} changed, → painted`, cell(set, 'painted'));
        layerOnly(`  then the spans at a position, script`, cell(lookup, 'script'));
      }
    }
    if (PARTS.has('paint')) {
      const paint = {};
      for (let run = 0; run < RUNS; run++) {
        for (const count of SIZES) {
          for (const method of methods) {
            const sample = await page.evaluate(([m, n]) => window.veritagBench.paint(m, n), [method, count]);
            ((paint[`${method}/${count}`] ??= [])).push(sample);
          }
        }
      }
      for (const count of SIZES) {
        for (const [field, what] of [['painted', 'shown → painted'], ['script', '  of which script']]) {
          const [range, stat, layer, deco] = methods.map((m) => cell(paint[`${m}/${count}`], field));
          rows.push([`${count.toLocaleString('en')} spans, ${what}`, ms(range), ms(stat), ms(layer), ratio(layer, range), ms(deco)]);
        }
      }
    }
    const ops = [];
    if (PARTS.has('single')) {
      const singles = {};
      for (const method of methods) singles[method] = await page.evaluate(([m, n]) => window.veritagBench.single(m, 5000, n), [method, SINGLES]);
      ops.push(
        ['no change (frame floor), 5,000', singles, 'idle'],
        ['add one of 5,000', singles, 'add'],
        ['remove one of 5,000', singles, 'remove'],
        ['other DOM text change, 5,000', singles, 'unrelated'],
      );
    }
    if (PARTS.has('scroll')) {
      for (const count of SIZES) {
        const scrolls = {};
        for (const method of methods) scrolls[method] = await page.evaluate(([m, c, n]) => window.veritagBench.scroll(m, c, n), [method, count, SINGLES]);
        const size = count.toLocaleString('en');
        ops.push([`scroll one screen, ${size} (2 frames)`, scrolls, 'step'], [`jump anywhere, ${size} (2 frames)`, scrolls, 'jump']);
      }
    }
    for (const [label, results, op] of ops) {
      for (const [field, what] of [['painted', '→ painted'], ['frames', 'frame work'], ['script', 'script']]) {
        const [range, stat, layer, deco] = methods.map((m) => cell(results[m][op], field));
        rows.push([`${label}, ${what}`, ms(range), ms(stat), ms(layer), ratio(layer, range), ms(deco)]);
      }
    }
    for (const [method, fraction] of [['layer', 0], ['layer', 0.5], ['css-range', 0.5]]) {
      await page.evaluate(([m, f]) => window.veritagBench.show(m, 5000, f), [method, fraction]);
      await page.screenshot({ path: join(OUT, `${method}-5000-at-${fraction}.png`) });
    }

    const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
    for (const [i, row] of rows.entries()) {
      console.log(`| ${row.map((c, j) => (j === 0 ? c.padEnd(widths[j]) : c.padStart(widths[j]))).join(' | ')} |`);
      if (i === 0) console.log(`|${widths.map((w, j) => (j === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
    }
  } finally {
    await browser.close();
  }
}

await main();
