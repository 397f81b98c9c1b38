import { describe, expect, it } from 'vitest';
import { parseMessage } from '../../lib/messages';

const detection = {
  url: 'https://seller-us.tiktok.com/order/detail?order_no=576461413038785752',
  page: 'order-detail',
  packages: [{ trackingNumber: '9400111899223100000000', carrier: 'usps', carrierSource: 'page' }],
  role: 'seller',
  region: 'US',
  dates: { shipped: '2026-11-20' },
};

describe('parseMessage', () => {
  it('accepts the protocol messages', () => {
    expect(parseMessage({ type: 'find-carrier', text: '1Z999AA10123456784' })).toEqual({
      type: 'find-carrier',
      text: '1Z999AA10123456784',
    });
    expect(parseMessage({ type: 'detection', detection })).toMatchObject({ type: 'detection', detection });
    expect(parseMessage({ type: 'left-order-page' })).toEqual({ type: 'left-order-page' });
  });

  it('ignores malformed and foreign messages instead of throwing', () => {
    const garbage = [
      null,
      undefined,
      42,
      'find-carrier',
      [],
      { type: 'find-carrier' },
      { type: 'find-carrier', text: 7 },
      { type: 'detection', detection: { ...detection, packages: 'none' } },
      { type: 'detection', detection: { ...detection, region: 'united states' } },
      { type: 'detection', detection: { ...detection, dates: { shipped: 'yesterday' } } },
      { type: 'delete-everything' },
    ];
    for (const raw of garbage) expect(parseMessage(raw)).toBeUndefined();
  });

  it("keeps a list row's order id and status with its package, and refuses a status of its own invention", () => {
    const row = { ...detection.packages[0], orderId: '577203418862950147', status: 'delivered' };
    const list = { ...detection, page: 'order-list', packages: [row] };
    expect(parseMessage({ type: 'detection', detection: list })).toEqual({ type: 'detection', detection: list });
    const invented = { ...list, packages: [{ ...row, status: 'teleported' }] };
    expect(parseMessage({ type: 'detection', detection: invented })).toBeUndefined();
  });

  it('bounds what a page could stuff into a detection', () => {
    const many = Array.from({ length: 501 }, () => detection.packages[0]);
    expect(parseMessage({ type: 'detection', detection: { ...detection, packages: many } })).toBeUndefined();
    const longText = { ...detection.packages[0], carrierText: 'x'.repeat(10_000) };
    expect(parseMessage({ type: 'detection', detection: { ...detection, packages: [longText] } })).toBeUndefined();
  });

  it('cuts an oversized selection to 100,000 characters', () => {
    const message = parseMessage({ type: 'find-carrier', text: '9'.repeat(1_000_000) });
    expect(message?.type === 'find-carrier' && message.text.length).toBe(100_000);
  });

  it('accepts a package whose carrier the looked-up text named', () => {
    const named = { trackingNumber: '630127384950', carrier: 'jt-express', carrierSource: 'text' };
    expect(parseMessage({ type: 'detection', detection: { ...detection, packages: [named] } })).toBeDefined();
    const unknown = { ...named, carrierSource: 'guess' };
    expect(parseMessage({ type: 'detection', detection: { ...detection, packages: [unknown] } })).toBeUndefined();
  });
});
