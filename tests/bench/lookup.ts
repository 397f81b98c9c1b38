/**
 * Benchmark of the lookup path (lib/lookup: what the menu, the popup's box, ?q= and the address bar run): its time
 * on order-page-like text next to scan() and ts-tracking-number's findTracking (the peer), and on adversarial text at
 * 250 kB, 500 kB and 1 MB, to show it linear (1 MB / 250 kB close to 4), next to scan() on the same megabyte. Real lookups read at most 100,000
 * characters (MAX_SELECTION_TEXT) and the popup 2,000; 1 MB is ten times the worst a user can send.
 * Run alone with `npx tsx tests/bench/lookup.ts`, or through `npm run bench` (tests/bench/run.ts).
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { findTracking } from 'ts-tracking-number';
import { lookup } from '../../lib/lookup';
import { scan } from '../../lib/tracking';
import { seededRandom } from '../lib/tracking/generate';
import { orderPageText, time } from './tracking';

const SIZES = [250_000, 500_000, 1_000_000];

// A full garbage collection before each measurement, so one input's garbage is not charged to the next size's time
// (node --expose-gc, turned on from inside: https://nodejs.org/api/v8.html#v8setflagsfromstringflags).
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

function repeat(unit: string, bytes: number): string {
  return unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);
}

/** Text built to make each pass of the lookup work hardest, by name. */
function adversarial(name: string, bytes: number): string {
  const random = seededRandom(11);
  const digits = (count: number) => Array.from({ length: count }, () => Math.floor(random() * 10)).join('');
  switch (name) {
    case 'one digit a line':
      return repeat('1\n', bytes);
    case '2-digit groups and spaces':
      return repeat('12 ', bytes);
    case '4-digit groups, one a line':
      return repeat('1234\n', bytes);
    case 'random digit groups, spaces and line breaks': {
      let text = '';
      while (text.length < bytes) text += digits(1 + Math.floor(random() * 5)) + (random() < 0.7 ? ' ' : '\n');
      return text.slice(0, bytes);
    }
    case 'single letters and digits, spaced':
      return repeat('A 1 ', bytes);
    case 'letter-digit words, spaced':
      return repeat('RB1234 1Z5678 JX9012 GM3456 TBA7890 ', bytes);
    case 'carrier names before unknown numbers':
      return repeat('J&T Express 6301 2738 4950 ', bytes);
    case 'carrier names before mistyped numbers':
      return repeat('UPS 1Z999AA10123456785 ', bytes);
    case 'valid numbers, repeated':
      return repeat('1Z999AA10123456784 9400111201080805483016 ', bytes);
    case 'CJK labels without spaces':
      return repeat('顺丰速运运单号追跡番号', bytes);
    case 'digits and zero-width spaces':
      return repeat('1\u200b', bytes);
    default:
      throw new Error(`no adversarial input named ${name}`);
  }
}

const INPUTS = [
  'one digit a line',
  '2-digit groups and spaces',
  '4-digit groups, one a line',
  'random digit groups, spaces and line breaks',
  'single letters and digits, spaced',
  'letter-digit words, spaced',
  'carrier names before unknown numbers',
  'carrier names before mistyped numbers',
  'valid numbers, repeated',
  'CJK labels without spaces',
  'digits and zero-width spaces',
];

export default async function benchLookup(): Promise<void> {
  // The same order-page-like text the scan benchmark reads, for a comparison with the peer library.
  const page = orderPageText(300_000);
  const megabytes = page.length / 1e6;
  const ours = time(() => lookup(page));
  const scanned = time(() => scan(page));
  const peer = time(() => findTracking(page), 1000, 1);
  console.log(`\n## Lookup path (${(page.length / 1000).toFixed(0)} kB order-page-like text, median ms)`);
  console.log(`${'reader'.padEnd(34)} ${'ms'.padStart(9)} ${'MB/s'.padStart(9)} ${'numbers'.padStart(8)}`);
  for (const [name, ms, count] of [
    ['carrier-finder lookup()', ours, lookup(page).length],
    ['carrier-finder scan()', scanned, scan(page).length],
    ['ts-tracking-number findTracking()', peer, findTracking(page).length],
  ] as const)
    console.log(
      `${name.padEnd(34)} ${ms.toFixed(2).padStart(9)} ${(megabytes / (ms / 1000)).toFixed(1).padStart(9)} ${String(count).padStart(8)}`,
    );
  console.log(
    `throughput ratio (lookup / peer): ${(peer / ours).toFixed(1)}x; lookup costs ${(ours / scanned).toFixed(1)}x scan`,
  );

  console.log('\n## Lookup path on adversarial text (median ms; linear: ms/MB flat, 1 MB / 250 kB about 4)');
  console.log(
    `${'input'.padEnd(44)} ${SIZES.map((s) => `${s / 1000} kB`.padStart(9)).join(' ')} ${'1M/250k'.padStart(8)} ${'scan 1M'.padStart(8)}`,
  );
  for (const name of INPUTS) {
    const times = SIZES.map((bytes) => {
      const text = adversarial(name, bytes);
      collectGarbage();
      return time(() => lookup(text), 200, 3);
    });
    const megabyte = adversarial(name, 1_000_000);
    const scanMs = time(() => scan(megabyte), 200, 3);
    console.log(
      `${name.padEnd(44)} ${times.map((t) => t.toFixed(1).padStart(9)).join(' ')} ${(times[2]! / times[0]!).toFixed(1).padStart(8)} ${scanMs.toFixed(1).padStart(8)}`,
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await benchLookup();
}
