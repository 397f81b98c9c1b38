/**
 * `npm run bench`: every benchmark, each printing its figures and its ratio against a peer measured in the same run.
 * `CARRIER_FINDER_BASELINE=<another build's chrome-mv3> npm run bench` adds that build to the live-page figures.
 * Speed goals live here, never in timed unit tests.
 */
import { readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { EXTENSION_DIR } from '../e2e/harness';
import benchDetection from './detection';
import benchLivePage from './live-page';
import benchLookup from './lookup';
import benchTracking from './tracking';

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1).padStart(7)} kB`;

/** Every script and stylesheet an extension page loads (its entry, its preloaded chunks, its CSS). */
function pageFiles(page: string): string[] {
  const html = readFileSync(join(EXTENSION_DIR, page), 'utf8');
  return [...html.matchAll(/(?:src|href)="\/([^"]+\.(?:js|css))"/g)].map((match) => match[1]!);
}

function printBundleSizes(): void {
  console.log('\n## Bundle sizes (.output/chrome-mv3)');
  // content.js runs on every page of the TikTok Shop hosts; page-reader.js is imported on order pages only.
  for (const file of ['content-scripts/content.js', 'page-reader.js', 'background.js']) {
    const bytes = statSync(join(EXTENSION_DIR, file)).size;
    console.log(`${file.padEnd(28)} ${kB(bytes)}`);
  }
  for (const page of ['popup.html', 'cases.html', 'options.html']) {
    const files = pageFiles(page);
    const raw = files.reduce((sum, file) => sum + statSync(join(EXTENSION_DIR, file)).size, 0);
    const gzip = files.reduce((sum, file) => sum + gzipSync(readFileSync(join(EXTENSION_DIR, file))).length, 0);
    console.log(`${`${page} (${files.length} files)`.padEnd(28)} ${kB(raw)}, ${kB(gzip).trim()} gzipped`);
  }
}

await benchTracking();
await benchLookup();
await benchDetection();
await benchLivePage();
printBundleSizes();
