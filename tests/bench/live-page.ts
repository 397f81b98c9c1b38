/**
 * What the extension costs a live Seller Center order page: a ~6,000-element order list whose 50 "Ship within"
 * countdowns tick each second and whose sync progress text ticks 10 times a second, watched for 10 s in headless
 * Chromium. Chromium's own counters (CDP `Performance.getMetrics`: TaskDuration = main-thread task time,
 * ScriptDuration = JavaScript time) are read over the same 10 s with and without the extension, in the same run, and
 * the extension's added share is (with - without) / without. A CPU profile taken afterwards also counts the time spent
 * inside the extension's own scripts (frames from chrome-extension:// URLs), a measure that other load on the machine
 * does not blur.
 *
 * `CARRIER_FINDER_BASELINE=<path to another build's chrome-mv3>` measures that build too (e.g. the commit before the
 * incremental reader, built in a temporary worktree). Runnable alone: `npx tsx tests/bench/live-page.ts`.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, EXTENSION_DIR, chromiumPath } from '../e2e/harness';
import { LARGE_PAGE_URL, largeOrderListHtml } from '../fixtures/large-page';

const MEASURE_MS = 10_000;
const NOT_ORDER_URL = 'https://seller-us.tiktok.com/homepage?shop_region=US';
const PROFILE_MS = 5_000;
const ROUNDS = Number(process.env.LIVE_PAGE_ROUNDS ?? 3);

/**
 * The large order list plus what makes Seller Center live: a notification drawer (about 900 elements, for ~6,000 in
 * all), a countdown in each of the first 50 order rows (half updated as React updates a lone text, `nodeValue`; half
 * by `textContent`, which swaps the text node), and a sync progress text updated 10 times a second.
 */
export function livePageHtml(): string {
  const notices = Array.from(
    { length: 180 },
    (_, i) =>
      `<li class="css-ntf-item"><div class="css-ntf-head"><span class="css-ntf-title">Platform update ${i + 1}</span><span class="css-ntf-time">${(i % 23) + 1}h ago</span></div><p class="css-ntf-body">New campaign rules apply from next week.</p></li>`,
  ).join('');
  const live = `<aside class="css-ntf-drawer"><div class="css-sync">Syncing orders 0%</div><ul>${notices}</ul></aside>
<script>
(() => {
  const rows = Array.from(document.querySelectorAll('tr.core-table-tr')).slice(0, 50);
  const timers = rows.map((row, i) => {
    const span = document.createElement('span');
    span.className = 'css-countdown';
    span.textContent = 'Ship within 23:59:' + String(59 - i).padStart(2, '0');
    row.querySelectorAll('td')[4].append(span);
    return span;
  });
  const two = (n) => String(n).padStart(2, '0');
  let left = 86399;
  window.liveTicks = 0;
  setInterval(() => {
    left--;
    timers.forEach((span, i) => {
      const s = left - i;
      const text = 'Ship within ' + two(Math.floor(s / 3600)) + ':' + two(Math.floor(s / 60) % 60) + ':' + two(s % 60);
      if (i % 2 === 0) span.firstChild.nodeValue = text;
      else span.textContent = text;
    });
    window.liveTicks++;
  }, 1000);
  const sync = document.querySelector('.css-sync');
  let percent = 0;
  setInterval(() => {
    percent = (percent + 1) % 100;
    sync.textContent = 'Syncing orders ' + percent + '%';
  }, 100);
})();
</script>`;
  return largeOrderListHtml().replace('</main>', `${live}</main>`);
}

interface Sample {
  taskMs: number;
  scriptMs: number;
  ticks: number;
}

interface Variant {
  name: string;
  extensionDir?: string;
  /** Where the page is served; an order page unless said otherwise. */
  url: string;
  samples: Sample[];
  /** Time in the extension's own scripts during the profile, and the profile's length (ms). */
  profile?: { extensionMs: number; totalMs: number };
}

async function launch(extensionDir: string | undefined): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'carrier-finder-bench-'));
  const args = [...CHROMIUM_FLAGS];
  if (extensionDir) args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    viewport: { width: 1280, height: 800 },
    args,
  });
  await context.route(/^https?:\/\//, (route) => route.abort('internetdisconnected'));
  return {
    context,
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Waits until the extension has stored a detection for some tab: its first read of the page is done. */
async function waitForDetection(context: BrowserContext): Promise<void> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const keys = await worker.evaluate(async () => Object.keys(await chrome.storage.session.get(null)));
    if (keys.some((key) => key.startsWith('tab:'))) return;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error('the extension stored no detection for the live page');
}

type Metrics = Record<string, number>;

async function measure(variant: Variant, html: string, profile: boolean): Promise<void> {
  const browser = await launch(variant.extensionDir);
  try {
    const { context } = browser;
    await context.route(
      (url) => url.origin === new URL(variant.url).origin,
      (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
    );
    const page = await context.newPage();
    await page.goto(variant.url);
    if (variant.extensionDir && variant.url === LARGE_PAGE_URL) await waitForDetection(context);
    await page.waitForTimeout(1000);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const read = async (): Promise<Metrics> => {
      const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
      return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
    };
    const ticks = () => page.evaluate(() => (window as unknown as { liveTicks: number }).liveTicks);
    const before = await read();
    const ticksBefore = await ticks();
    await new Promise((done) => setTimeout(done, MEASURE_MS));
    const after = await read();
    variant.samples.push({
      taskMs: (after.TaskDuration! - before.TaskDuration!) * 1000,
      scriptMs: (after.ScriptDuration! - before.ScriptDuration!) * 1000,
      ticks: (await ticks()) - ticksBefore,
    });

    if (profile && variant.extensionDir) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
      await new Promise((done) => setTimeout(done, PROFILE_MS));
      const { profile: cpu } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
      variant.profile = extensionTime(cpu);
    }
  } finally {
    await browser.close();
  }
}

interface CpuProfile {
  nodes: { id: number; callFrame: { url: string; functionName: string }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

/** Time of the samples whose stack holds a frame of the extension's scripts, and the profile's length (ms). */
function extensionTime(profile: CpuProfile): { extensionMs: number; totalMs: number } {
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const inExtension = new Map<number, boolean>();
  const isExtension = (id: number): boolean => {
    const known = inExtension.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id);
    const up = parent.get(id);
    const result =
      (node?.callFrame.url.startsWith('chrome-extension://') ?? false) || (up !== undefined && isExtension(up));
    inExtension.set(id, result);
    return result;
  };
  let micros = 0;
  profile.samples.forEach((id, i) => {
    if (isExtension(id)) micros += profile.timeDeltas[i + 1] ?? 0;
  });
  return { extensionMs: micros / 1000, totalMs: (profile.endTime - profile.startTime) / 1000 };
}

/** The middle value: one round slowed by the machine's other load does not move it. */
const median = (values: number[]) => {
  const sorted = values.toSorted((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

export default async function benchLivePage(): Promise<void> {
  const html = livePageHtml();
  const variants: Variant[] = [
    { name: 'without the extension', url: LARGE_PAGE_URL, samples: [] },
    { name: 'with this build', extensionDir: EXTENSION_DIR, url: LARGE_PAGE_URL, samples: [] },
    // The control: the same page on a Seller Center URL that is no order page. The extension is loaded and its
    // content script runs, but no page reader: what the browser spends on having an extension at all.
    { name: 'with it, not an order URL', extensionDir: EXTENSION_DIR, url: NOT_ORDER_URL, samples: [] },
  ];
  const baseline = process.env.CARRIER_FINDER_BASELINE;
  if (baseline)
    variants.push({ name: 'with the baseline build', extensionDir: baseline, url: LARGE_PAGE_URL, samples: [] });

  // Rounds alternate the variants so that the machine's other load falls on all of them alike.
  for (let round = 0; round < ROUNDS; round++) {
    for (const variant of variants) await measure(variant, html, round === 0);
  }

  const elements = (html.match(/<[a-z]/gi) ?? []).length;
  console.log(
    `\n## Live page (${elements} elements in the HTML, 50 countdowns at 1/s, one text at 10/s; ` +
      `${MEASURE_MS / 1000} s per sample, ${ROUNDS} rounds; Chromium CDP Performance.getMetrics)`,
  );
  if (baseline) console.log(`baseline build: ${baseline}`);
  const [without] = variants;
  const base = {
    task: median(without!.samples.map((s) => s.taskMs)),
    script: median(without!.samples.map((s) => s.scriptMs)),
  };
  for (const variant of variants) {
    const task = median(variant.samples.map((s) => s.taskMs));
    const script = median(variant.samples.map((s) => s.scriptMs));
    const ticks = variant.samples.map((s) => s.ticks).join('/');
    const added =
      variant === without
        ? ''
        : `\n${''.padEnd(28)} added: ${(((task - base.task) / base.task) * 100).toFixed(1)}% task time; ` +
          `${(script - base.script).toFixed(0)} ms script = ${(((script - base.script) / base.task) * 100).toFixed(2)}% of ` +
          `the page's own task time`;
    const rounds = (pick: (s: Sample) => number) => variant.samples.map((s) => pick(s).toFixed(0)).join(', ');
    console.log(
      `${variant.name.padEnd(28)} task ${task.toFixed(0).padStart(6)} ms  script ${script.toFixed(0).padStart(6)} ms  ` +
        `(rounds: task ${rounds((s) => s.taskMs)}; script ${rounds((s) => s.scriptMs)}; page ticks ${ticks})${added}`,
    );
    if (variant.profile) {
      const { extensionMs, totalMs } = variant.profile;
      console.log(
        `${''.padEnd(28)} CPU profile (0.1 ms sampling, which inflates short calls): ` +
          `${extensionMs.toFixed(1)} ms in the extension's scripts over ${(totalMs / 1000).toFixed(1)} s ` +
          `= ${((extensionMs / totalMs) * 100).toFixed(3)}% of wall time, ${((extensionMs / ((base.task * totalMs) / MEASURE_MS)) * 100).toFixed(2)}% of the page's own task time`,
      );
    }
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await benchLivePage();
}
