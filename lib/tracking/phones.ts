/**
 * International phone numbers written without their `+` ("601234567890", as WhatsApp links and South-East Asian
 * pages print them) are digit runs of tracking-number length. scan() treats a run that starts with a calling code
 * and is no longer than that country's longest phone number as a phone number.
 *
 * Calling codes (ITU-T E.164 assignments) and the longest national significant number of each market, per the
 * national numbering plans as summarised at https://en.wikipedia.org/wiki/List_of_mobile_telephone_prefixes_by_country
 * (checked 2026-11-30): the longest mobile or landline number after the country code.
 */
const PHONE_PLANS: Readonly<Record<string, { code: string; longest: number }>> = {
  US: { code: '1', longest: 10 },
  CA: { code: '1', longest: 10 },
  MX: { code: '52', longest: 10 },
  BR: { code: '55', longest: 11 },
  GB: { code: '44', longest: 10 },
  IE: { code: '353', longest: 9 },
  DE: { code: '49', longest: 11 },
  FR: { code: '33', longest: 9 },
  ES: { code: '34', longest: 9 },
  IT: { code: '39', longest: 11 },
  JP: { code: '81', longest: 10 },
  CN: { code: '86', longest: 11 },
  ID: { code: '62', longest: 12 },
  MY: { code: '60', longest: 10 },
  TH: { code: '66', longest: 9 },
  VN: { code: '84', longest: 10 },
  PH: { code: '63', longest: 10 },
  SG: { code: '65', longest: 8 },
};

const ALL_PLANS = Object.values(PHONE_PLANS).filter(
  // The longest plan for a shared code is enough (US and CA share +1).
  (plan, index, plans) => plans.findIndex((other) => other.code === plan.code) === index,
);

function fits(number: string, plan: { code: string; longest: number }): boolean {
  return number.startsWith(plan.code) && number.length <= plan.code.length + plan.longest;
}

/**
 * True when a run of digits could be a phone number of one of our markets with its country code and no `+`, whatever
 * the order's country: pages show the numbers of sellers and couriers abroad too (a Malaysian WhatsApp number on a
 * Vietnamese page). The cost is that scan() leaves out the few FedEx or Purolator 12-digit numbers that start like a
 * calling code; identify() still answers for them.
 */
export function looksLikeInternationalPhone(number: string): boolean {
  return ALL_PLANS.some((plan) => fits(number, plan));
}
