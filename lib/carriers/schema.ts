/**
 * Zod schemas for the carrier directory. The data modules are typed as `CarrierRecord`; these schemas add the rules
 * the type system cannot express (https only, E.164, ISO dates, `{number}` placeholders), and the data tests parse
 * every record with them. zod/mini keeps the bundle small (see ../shared/toolchain.md, "Bundle size").
 */
import * as z from 'zod/mini';
import { CARRIER_IDS } from './ids';
import type { CarrierRecord } from './types';

/** Placeholder a tracking template substitutes with the URL-encoded number. */
export const NUMBER_PLACEHOLDER = '{number}';

/** E.164: `+`, a country code that does not start with 0, 8 to 15 digits in all. */
export const E164 = /^\+[1-9]\d{7,14}$/;

/** A domestic short code (e.g. China Post 11185): digits only. The phone's `note` must say so. */
export const SHORT_CODE = /^\d{3,8}$/;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const HH_MM = /^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/;
const COUNTRY = /^[A-Z]{2}$/;
const HOSTNAME = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/;

function parsedUrl(value: string): URL | undefined {
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}

function isHttpsUrl(value: string): boolean {
  const url = parsedUrl(value);
  return url?.protocol === 'https:' && url.hostname.includes('.') && !url.username && !url.password;
}

function isMailto(value: string): boolean {
  return /^mailto:[^@\s]+@[^@\s]+\.[a-z]{2,}$/i.test(value);
}

/** A real calendar date: `2026-02-30` fails. */
function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

function isTimeZone(value: string): boolean {
  try {
    return new Intl.DateTimeFormat('en', { timeZone: value }).resolvedOptions().timeZone.length > 0;
  } catch {
    return false;
  }
}

const minutes = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

const nonEmpty = z.string().check(z.trim(), z.minLength(1));
const httpsUrl = z.string().check(z.refine(isHttpsUrl, 'must be an absolute https URL'));

const sourcedShape = {
  source: httpsUrl,
  checked: z.string().check(z.refine(isIsoDate, 'must be an ISO date (YYYY-MM-DD)')),
  verified: z.boolean(),
  note: z.optional(nonEmpty),
};

export const weekdaySchema = z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);

export const openingHoursSchema = z.object({
  timeZone: z.string().check(z.refine(isTimeZone, 'must be an IANA time zone')),
  intervals: z.array(
    z
      .object({
        days: z.array(weekdaySchema).check(z.minLength(1)),
        open: z.string().check(z.regex(HH_MM, 'must be HH:MM')),
        close: z.string().check(z.regex(HH_MM, 'must be HH:MM')),
      })
      .check(z.refine((i) => minutes(i.open) < minutes(i.close), 'close must be after open (same day)')),
  ),
  text: z.optional(nonEmpty),
});

export const contactCaveatSchema = z.enum([
  'premium-rate',
  'senders-only',
  'businesses-only',
  'claims-only',
  'complaints-only',
  'account-only',
  'orders-in-progress',
  'letters-only',
  'whatsapp-only',
]);

const caveatsSchema = z.optional(z.array(contactCaveatSchema).check(z.minLength(1)));

export const phoneContactSchema = z
  .object({
    ...sourcedShape,
    e164: z.string(),
    display: nonEmpty,
    extension: z.optional(z.string().check(z.regex(/^\d{1,6}$/, 'extension must be digits'))),
    printedAs: z.optional(nonEmpty),
    label: z.optional(nonEmpty),
    hours: z.optional(openingHoursSchema),
    caveats: caveatsSchema,
  })
  .check(
    z.refine(
      (p) => E164.test(p.e164) || (SHORT_CODE.test(p.e164) && !!p.note && /short code/i.test(p.note)),
      'e164 must be E.164 (+ and 8-15 digits), or a domestic short code whose note says "short code"',
    ),
    z.refine(
      (p) => (p.printedAs !== undefined) === (p.caveats?.includes('letters-only') ?? false),
      'printedAs goes with the letters-only caveat, and the caveat needs printedAs',
    ),
  );

export const channelKindSchema = z.enum(['contact-page', 'chat', 'email', 'claims', 'help', 'social']);

export const channelContactSchema = z
  .object({
    ...sourcedShape,
    kind: channelKindSchema,
    url: z.string(),
    label: nonEmpty,
    caveats: caveatsSchema,
  })
  .check(
    z.refine(
      (c) => isHttpsUrl(c.url) || (c.kind === 'email' && isMailto(c.url)),
      'url must be https (mailto: only for email channels)',
    ),
  );

export const trackingAskSchema = z.enum(['phone-digits', 'tax-id', 'postcode', 'captcha']);

export const trackingTemplateSchema = z
  .object({
    ...sourcedShape,
    template: z.string(),
    copyNumber: z.boolean(),
    asks: z.optional(z.array(trackingAskSchema).check(z.minLength(1))),
  })
  .check(
    z.refine((t) => isHttpsUrl(t.template.replace(NUMBER_PLACEHOLDER, 'X')), 'template must be an https URL'),
    z.refine(
      (t) => t.copyNumber === !t.template.includes(NUMBER_PLACEHOLDER),
      'template must contain {number} unless copyNumber is true (and then must not)',
    ),
    z.refine((t) => t.template.split(NUMBER_PLACEHOLDER).length <= 2, 'template has at most one {number}'),
  );

export const officialAnswerSchema = z
  .object({
    ...sourcedShape,
    action: z.enum([
      'contact-sender',
      'contact-retailer',
      'web-chat',
      'online-form',
      'email',
      'branch',
      'virtual-assistant',
    ]),
    quote: nonEmpty,
    url: z.optional(z.string()),
  })
  .check(
    // Only what the carrier itself says counts as its official answer.
    z.refine((a) => a.verified, 'an official answer must come from the carrier’s own (or a regulator’s) page'),
    z.refine(
      (a) => a.url === undefined || isHttpsUrl(a.url) || isMailto(a.url),
      'url must be https (or mailto: for an e-mail answer)',
    ),
  );

export const regionEntrySchema = z.object({
  phones: z.array(phoneContactSchema),
  channels: z.array(channelContactSchema),
  tracking: z.optional(trackingTemplateSchema),
  claims: z.optional(channelContactSchema),
  noPhoneNote: z.optional(nonEmpty),
  officialAnswer: z.optional(officialAnswerSchema),
});

/** Region keys: ISO alpha-2 (upper case; the UK is `GB`, never `UK`) or `INTL`. */
const regionKey = z
  .string()
  .check(
    z.refine(
      (k) => k === 'INTL' || (COUNTRY.test(k) && k !== 'UK'),
      'region key must be ISO alpha-2 (GB, not UK) or INTL',
    ),
  );

export const carrierRecordSchema = z
  .object({
    id: z.enum(CARRIER_IDS),
    name: nonEmpty,
    aliases: z.array(nonEmpty).check(z.minLength(1)),
    countries: z.array(
      z.string().check(z.refine((c) => COUNTRY.test(c) && c !== 'UK', 'country must be ISO alpha-2 (GB, not UK)')),
    ),
    website: httpsUrl,
    domains: z.optional(z.array(z.string().check(z.regex(HOSTNAME, 'must be a lower-case host name')))),
    regions: z.record(regionKey, regionEntrySchema),
    lookalikes: z.optional(z.array(z.enum(CARRIER_IDS))),
    notes: z.optional(nonEmpty),
  })
  .check(
    z.refine(
      (r) => Object.keys(r.regions).every((k) => k === 'INTL' || r.countries.includes(k)),
      'every region key other than INTL must be listed in countries',
    ),
    z.refine(
      (r) =>
        Object.values(r.regions).some((e) => e.phones.length > 0) ||
        Object.values(r.regions).some((e) => e.noPhoneNote !== undefined),
      'a carrier with no phone anywhere must say so in a noPhoneNote',
    ),
    z.refine((r) => !r.lookalikes?.includes(r.id), 'a carrier is not its own lookalike'),
  );

export const carrierDirectorySchema = z.array(carrierRecordSchema);

/** Throws a readable error naming the carrier when a record is invalid; returns it typed otherwise. */
export function parseCarrier(record: unknown): CarrierRecord {
  const result = carrierRecordSchema.safeParse(record);
  if (!result.success) {
    const id = (record as { id?: unknown } | null)?.id;
    throw new Error(`carrier ${String(id)}: ${z.prettifyError(result.error)}`);
  }
  return result.data;
}

// Compile-time guard: what the schema accepts is a CarrierRecord.
type SchemaOutput = z.infer<typeof carrierRecordSchema>;
const outputIsRecord = (r: SchemaOutput): CarrierRecord => r;
void outputIsRecord;
