/**
 * Detection benchmark: detectOrder() on the 5,000-element order list in headless Chromium, next to the time of
 * simply walking all of that page's text once with a TreeWalker (the floor any DOM reader pays), and their ratio.
 * Runnable alone: `npx tsx tests/bench/detection.ts`.
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

/** Runs in the page: medians of a plain text walk and of detectOrder() over the same document. */
const IN_PAGE = `({ runs, warmup }) => {
  const median = (values) => values.slice().sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const walk = () => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let chars = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) chars += node.data.length;
    return chars;
  };
  const detect = () => CarrierFinderPage.detectOrder(document, location.href).packages.length;
  // performance.now() is coarse in pages (0.1 ms): each sample times a batch and reports the time per call.
  const time = (fn, batch) => {
    const samples = [];
    for (let i = 0; i < warmup + runs; i++) {
      const start = performance.now();
      for (let j = 0; j < batch; j++) fn();
      if (i >= warmup) samples.push((performance.now() - start) / batch);
    }
    return median(samples);
  };
  return {
    elements: document.getElementsByTagName('*').length,
    packages: detect(),
    walkMs: time(walk, 20),
    detectMs: time(detect, 3),
  };
}`;

async function bundleDetector(): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('../../lib/page/index.ts', import.meta.url))],
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
  const script = await bundleDetector();
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
  try {
    const page = await browser.newPage();
    // The real URL, served from the fixture: detectOrder() sees the order page it would see in the field.
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
    };
    const ratio = result.detectMs / result.walkMs;
    console.log(
      `detection: ${result.elements} elements, ${result.packages} packages: detectOrder median ` +
        `${result.detectMs.toFixed(2)} ms vs text walk ${result.walkMs.toFixed(3)} ms (ratio ${ratio.toFixed(1)}x), ` +
        `script ${(script.length / 1024).toFixed(1)} kB minified`,
    );
  } finally {
    await browser.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await benchDetection();
}
