/**
 * What the popup shows from the directory reads as help for the user: no word about how the facts were gathered
 * ("research", "public code", evidence grades), and nothing that sends a seller to "the seller".
 */
import { describe, expect, it } from 'vitest';
import { CARRIERS, tiktokChannels } from '../../../lib/carriers';
import { MARKET_CODES } from '../../../lib/regions';

const GATHERING = /research|public code|seen in|\bgrade\b|third-party (code|sdk|file)|\bsdk\b|repositor/i;
const ASK_THE_SELLER = /\b(ask|message|contact|write to|call) the seller\b/i;

/**
 * Every directory text the carrier card can show, with where it comes from. Tracking-link notes are maintainers'
 * notes on where a link format comes from: the card never shows them (it says what the link needs instead).
 */
function cardTexts(): [string, string][] {
  const out: [string, string][] = [];
  for (const carrier of CARRIERS) {
    for (const [region, entry] of Object.entries(carrier.regions)) {
      const at = `${carrier.id}/${region}`;
      for (const phone of entry.phones) if (phone.note) out.push([`${at} phone note`, phone.note]);
      for (const channel of entry.channels) {
        out.push([`${at} channel label`, channel.label]);
        if (channel.note) out.push([`${at} channel note`, channel.note]);
      }
      if (entry.claims?.note) out.push([`${at} claims note`, entry.claims.note]);
      if (entry.noPhoneNote) out.push([`${at} no-phone note`, entry.noPhoneNote]);
      if (entry.officialAnswer?.note) out.push([`${at} answer note`, entry.officialAnswer.note]);
    }
  }
  return out;
}

function tiktokTexts(role: 'buyer' | 'seller'): [string, string][] {
  const out: [string, string][] = [];
  for (const market of [...MARKET_CODES, undefined, 'CN']) {
    const channels = tiktokChannels(market, role);
    if (channels.inAppSource?.note) out.push([`${role} ${market} in-app`, channels.inAppSource.note]);
    for (const page of [channels.help, channels.ticket, channels.policy, ...channels.more]) {
      if (!page) continue;
      out.push([`${role} ${market} ${page.url} label`, page.label]);
      if (page.note) out.push([`${role} ${market} ${page.url}`, page.note]);
    }
  }
  return out;
}

describe('directory texts the popup shows', () => {
  it('never say how the facts were gathered', () => {
    const found = [...cardTexts(), ...tiktokTexts('buyer'), ...tiktokTexts('seller')].filter(([, text]) =>
      GATHERING.test(text),
    );
    expect(found).toEqual([]);
  });

  it('never tell anyone to ask the seller: carrier notes are shown to sellers too', () => {
    expect(cardTexts().filter(([, text]) => ASK_THE_SELLER.test(text))).toEqual([]);
    expect(tiktokTexts('seller').filter(([, text]) => ASK_THE_SELLER.test(text))).toEqual([]);
  });

  it('say plainly what could not be confirmed, in the words the card shows', () => {
    const yun = CARRIERS.find((carrier) => carrier.id === 'yunexpress')!;
    expect(yun.regions.INTL!.noPhoneNote).toBe(
      'No YunExpress phone line could be confirmed: track on YunTrack. The carrier in the destination country delivers the last part and has its own line.',
    );
    expect(tiktokChannels('DE', 'seller').ticket?.note).toBe(
      'Address not confirmed for this market. If it does not open, use Help Center > Contact Us in Seller Center.',
    );
  });
});
