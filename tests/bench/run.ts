/**
 * `npm run bench`: every benchmark, each printing its figures and its ratio against a peer measured in the same run.
 * `CARRIER_FINDER_BASELINE=<another build's chrome-mv3> npm run bench` adds that build to the live-page figures.
 * Speed goals live here, never in timed unit tests.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR } from '../e2e/harness';
import benchDetection from './detection';
import benchLivePage from './live-page';
import benchLookup from './lookup';
import benchTracking from './tracking';

function printBundleSizes(): void {
  console.log('\n## Bundle sizes (.output/chrome-mv3)');
  // content.js runs on every page of the TikTok Shop hosts; page-reader.js is imported on order pages only.
  for (const file of ['content-scripts/content.js', 'page-reader.js', 'background.js']) {
    const bytes = statSync(join(EXTENSION_DIR, file)).size;
    console.log(`${file.padEnd(28)} ${(bytes / 1024).toFixed(1).padStart(7)} kB`);
  }
}

await benchTracking();
await benchLookup();
await benchDetection();
await benchLivePage();
printBundleSizes();
