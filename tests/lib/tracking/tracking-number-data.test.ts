/**
 * The public tracking_number_data project's own test numbers (MIT, https://github.com/jkeen/tracking_number_data),
 * kept in ../shared/data/ beside the repository (not copied into it). Every valid number must come back with its
 * courier among the top candidates; no invalid number may verify (checksum true) as that courier.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { identify, normalizeTrackingNumber, type TrackingCandidate } from '../../../lib/tracking';

const DATA_PATH = fileURLToPath(new URL('../../../../shared/data/tracking-number-data-tests.json', import.meta.url));
const present = existsSync(DATA_PATH);
const TOP = 3;

interface DataFormat {
  courier: string;
  format: string;
  valid: string[];
  invalid: string[];
}

/** Their courier codes -> our carrier ids. Old Dominion (LTL freight) has no directory record and is not covered. */
const COURIERS: Record<string, string | null> = {
  amazon: 'amazon-logistics',
  canada_post: 'canada-post',
  canpar: 'canpar',
  dpd: 'dpd',
  fedex: 'fedex',
  gofo: 'gofo',
  landmark: 'landmark-global',
  lasership: 'ontrac', // LaserShip and OnTrac merged and trade as OnTrac (carriers-west.md §2)
  old_dominion: null,
  ontrac: 'ontrac',
  purolator: 'purolator',
  s10: 'postal', // S10 numbers are matched by format, see isTheirs
  speedee: 'spee-dee',
  ups: 'ups',
  usps: 'usps',
  yodel: 'yodel',
  yunexpress: 'yunexpress',
};

/** DHL's formats map to two of our carriers. */
function carrierFor(format: DataFormat): string | null | undefined {
  if (format.courier === 'dhl') return format.format.startsWith('dhl_ecommerce') ? 'dhl-ecommerce' : 'dhl-express';
  return COURIERS[format.courier];
}

/** S10 numbers belong to whichever national post the suffix names: match them by format instead. */
function isTheirs(format: DataFormat, candidate: TrackingCandidate, carrier: string): boolean {
  return format.courier === 's10' ? candidate.format === 's10' : candidate.carrier === carrier;
}

if (!present) {
  const message = `tracking_number_data test numbers not found at ${DATA_PATH} (expected at ../shared/data/tracking-number-data-tests.json beside the repository)`;
  if (process.env.CI) throw new Error(`${message}. CI runs must have it (.ci/run sets CI=true).`);
  console.warn(`${message}: skipping tests/lib/tracking/tracking-number-data.test.ts`);
}

describe.skipIf(!present)('tracking_number_data test numbers', () => {
  const formats: DataFormat[] = present
    ? (JSON.parse(readFileSync(DATA_PATH, 'utf8')) as { formats: DataFormat[] }).formats
    : [];

  it('has test numbers to run', () => {
    expect(formats.length).toBeGreaterThan(20);
  });

  it('maps every courier code to our carrier ids', () => {
    expect(formats.filter((format) => carrierFor(format) === undefined).map((format) => format.courier)).toEqual([]);
  });

  const covered = formats.flatMap((format) => {
    const carrier = carrierFor(format);
    return typeof carrier === 'string' ? [{ format, carrier }] : [];
  });

  for (const { format, carrier } of covered) {
    it(`${format.courier}/${format.format}: valid numbers come back as ${format.courier === 's10' ? 'S10' : carrier}`, () => {
      for (const number of format.valid) {
        const top = identify(number).slice(0, TOP);
        expect({
          case: `${JSON.stringify(number)} -> ${top.map((c) => c.carrier).join(', ')}`,
          value: top.some((candidate) => isTheirs(format, candidate, carrier)),
        }).toEqual({ case: `${JSON.stringify(number)} -> ${top.map((c) => c.carrier).join(', ')}`, value: true });
      }
    });

    it(`${format.courier}/${format.format}: invalid numbers do not verify as ${carrier}`, () => {
      // Invalid numbers are listed per format: one the same courier lists as valid for another of its formats
      // (331426749957 is an invalid Purolator alpha number but a valid Purolator 12) verifies rightly.
      const validForCourier = new Set(
        formats
          .filter((other) => other.courier === format.courier)
          .flatMap((other) => other.valid.map(normalizeTrackingNumber)),
      );
      for (const number of format.invalid) {
        if (validForCourier.has(normalizeTrackingNumber(number))) continue;
        const verified = identify(number).filter(
          (candidate) => candidate.checksum && isTheirs(format, candidate, carrier),
        );
        expect({ case: JSON.stringify(number), value: verified }).toEqual({ case: JSON.stringify(number), value: [] });
      }
    });
  }
});
