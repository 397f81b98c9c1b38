/**
 * Detection benchmark, in headless Chromium on the 5,000-element order list: the first whole-page read and an
 * incremental re-read (one package row's number changed, the mutation records handed to the live reader), each next
 * to the time of simply walking all of that page's text once with a TreeWalker (the floor any DOM reader pays), as a
 * ratio. Runnable alone: `npx tsx tests/bench/detection.ts`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, FIXTURES_DIR, chromiumPath } from '../e2e/harness';
import { LARGE_PAGE_FILE, LARGE_PAGE_URL } from '../fixtures/large-page';

const RUNS = 60;
const WARMUP = 10;

/** Runs in the page: medians of a plain text walk, of the whole-page read and of a one-row re-read. */
const IN_PAGE = `({ runs, warmup }) => {
  const { detectOrder, LiveReader, WATCHED_ATTRIBUTES } = CarrierFinderPage;
  const median = (values) => values.slice().sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const walk = () => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let chars = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) chars += node.data.length;
    return chars;
  };
  const detect = () => detectOrder(document, location.href).packages.length;
  // performance.now() is coarse in pages (0.1 ms): each sample times a batch and reports the time per call.
  const time = (fn, batch) => {
    const samples = [];
    for (let i = 0; i < warmup + runs; i++) {
      const start = performance.now();
      for (let j = 0; j < batch; j++) fn(j);
      if (i >= warmup) samples.push((performance.now() - start) / batch);
    }
    return median(samples);
  };

  // Measured first, on the page as served.
  const elements = document.getElementsByTagName('*').length;
  const packages = detect();
  const walkMs = time(walk, 20);
  const detectMs = time(detect, 3);

  // The live reader after its first read; each step changes one row's number and re-reads what changed.
  const reader = new LiveReader(document, location.href);
  reader.readAll();
  const observer = new MutationObserver(() => undefined);
  observer.observe(document.documentElement, {
    childList: true, subtree: true, characterData: true, characterDataOldValue: true,
    attributes: true, attributeOldValue: true, attributeFilter: WATCHED_ATTRIBUTES,
  });
  const spans = Array.from(document.querySelectorAll('tr.core-table-tr .css-mono'));
  const originals = spans.map((span) => span.firstChild.data);
  let flip = 0;
  const rowChange = (j) => {
    const k = (flip++ * 7 + j) % spans.length;
    const text = spans[k].firstChild;
    text.data = text.data === originals[k] ? originals[(k + 1) % spans.length] + ' ' : originals[k];
    reader.note(observer.takeRecords());
    return reader.update().packages.length;
  };
  const rowMs = time(rowChange, 20);
  const counts = { ...reader.counts };
  // The same change read the old way: the whole page again.
  const fullAfterChange = (j) => {
    const k = (flip++ * 7 + j) % spans.length;
    const text = spans[k].firstChild;
    text.data = text.data === originals[k] ? originals[(k + 1) % spans.length] + ' ' : originals[k];
    observer.takeRecords();
    return detectOrder(document, location.href).packages.length;
  };
  const fullChangeMs = time(fullAfterChange, 2);
  // A countdown tick the reader must skip.
  const timer = document.querySelector('tr.core-table-tr td:nth-child(5) span').appendChild(document.createElement('i'));
  timer.textContent = '23:59:59';
  reader.note(observer.takeRecords());
  reader.update();
  let left = 86400;
  const tick = () => {
    timer.firstChild.data = String(--left);
    return reader.note(observer.takeRecords());
  };
  const tickMs = time(tick, 200);
  observer.disconnect();
  return {
    elements,
    packages,
    walkMs,
    detectMs,
    rowMs,
    fullChangeMs,
    tickMs,
    counts,
  };
}`;

async function bundleReader(): Promise<string> {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const result = await build({
    stdin: {
      contents:
        "export { detectOrder } from './lib/page';\nexport { LiveReader, WATCHED_ATTRIBUTES } from './lib/page/live';",
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    globalName: 'CarrierFinderPage',
    platform: 'browser',
    target: 'chrome120',
    minify: true,
    write: false,
  });
  return result.outputFiles[0]!.text;
}

export default async function benchDetection(): Promise<void> {
  const html = readFileSync(join(FIXTURES_DIR, LARGE_PAGE_FILE), 'utf8');
  const script = await bundleReader();
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
  try {
    const page = await browser.newPage();
    // The real URL, served from the fixture: the reader sees the order page it would see in the field.
    await page.route('https://seller-us.tiktok.com/**', (route) =>
      route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }),
    );
    await page.goto(LARGE_PAGE_URL);
    await page.addScriptTag({ content: script });
    // Plain source text: tsx would otherwise wrap the functions in helpers that do not exist in the page.
    const result = (await page.evaluate(`(${IN_PAGE})(${JSON.stringify({ runs: RUNS, warmup: WARMUP })})`)) as {
      elements: number;
      packages: number;
      walkMs: number;
      detectMs: number;
      rowMs: number;
      fullChangeMs: number;
      tickMs: number;
      counts: { full: number; rows: number; skipped: number };
    };
    const ratio = (ms: number) => `${(ms / result.walkMs).toFixed(2)}x`;
    console.log(`\n## Page reader (${result.elements} elements, ${result.packages} packages, Chromium)`);
    console.log(`text walk (one TreeWalker pass)      ${result.walkMs.toFixed(3)} ms   1.00x`);
    console.log(`first whole-page read                ${result.detectMs.toFixed(3)} ms   ${ratio(result.detectMs)}`);
    console.log(`re-read after one row's number changed ${result.rowMs.toFixed(3)} ms   ${ratio(result.rowMs)}`);
    console.log(
      `  (same change, whole page read again  ${result.fullChangeMs.toFixed(3)} ms   ${ratio(result.fullChangeMs)})`,
    );
    console.log(`countdown tick, sorted out unread    ${result.tickMs.toFixed(4)} ms   ${ratio(result.tickMs)}`);
    console.log(
      `live reader: ${result.counts.full} whole-page read(s), ${result.counts.rows} row re-reads for the row changes; ` +
        `reader bundle ${(script.length / 1024).toFixed(1)} kB minified`,
    );
  } finally {
    await browser.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await benchDetection();
}
