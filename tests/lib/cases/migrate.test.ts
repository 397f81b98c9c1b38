import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import { readCaseLog } from '../../../lib/advice/case-log';
import { emptyCaseBook } from '../../../lib/cases/cases';
import { absorbCaseLog, moveCaseLogIntoCases } from '../../../lib/cases/migrate';
import { defineStorageItems } from '../../../lib/stored-items';
import { aCase } from '../../fixtures/cases';

const ORDER = '577318820461937205';
const NUMBER = '1Z4F82W70312345676';
const e1 = {
  id: 'c1',
  at: '2026-11-20T14:05:00.000Z',
  channel: 'carrier-phone',
  party: 'carrier',
  reference: 'R-1',
} as const;
const e2 = {
  id: 'c2',
  at: '2026-11-21T09:00:00.000Z',
  channel: 'tiktok-chat',
  party: 'tiktok',
  note: 'Chat\nagain',
} as const;
const e3 = { id: 'c3', at: '2026-11-22T09:00:00.000Z', channel: 'other', party: 'self' } as const;

const local = fakeBrowser.storage.local;

describe('absorbing the case log into cases', () => {
  it("makes each order's contacts its case's log: an order id's case, or a tracking number's", () => {
    const book = absorbCaseLog(emptyCaseBook(), readCaseLog({ orders: { [ORDER]: [e1, e2], [NUMBER]: [e3] } }));
    expect(book.cases[ORDER]).toEqual({
      key: ORDER,
      orderId: ORDER,
      trackingNumbers: [],
      orderDates: {},
      state: 'open',
      created: e1.at,
      updated: e2.at,
      dates: [],
      log: [e1, e2],
    });
    expect(book.cases[NUMBER]).toMatchObject({ trackingNumbers: [NUMBER], log: [e3] });
    expect(book.cases[NUMBER]!.orderId).toBeUndefined();
  });

  it('merges into a case that exists already, each contact once, in time order; twice changes nothing', () => {
    const existing = { cases: { [ORDER]: aCase(ORDER, { problem: 'lost', state: 'waiting', log: [e2, e3] }) } };
    const log = readCaseLog({ orders: { [ORDER]: [e1, e2] } });
    const once = absorbCaseLog(existing, log);
    expect(once.cases[ORDER]).toMatchObject({ problem: 'lost', state: 'waiting', log: [e1, e2, e3] });
    expect(absorbCaseLog(once, log)).toBe(once);
  });
});

describe('moving the stored case log into cases', () => {
  beforeEach(() => fakeBrowser.reset());

  it('moves a version 1 case log, removes it, and has nothing left to do the next time', async () => {
    // Version 1 kept its version inside the value and had no version record.
    await local.set({ caseLog: { version: 1, orders: { [ORDER]: [e1, e2] } } });
    const items = defineStorageItems(storage);
    expect(await moveCaseLogIntoCases(items)).toBe('moved');
    expect((await items.cases.get()).cases[ORDER]!.log).toEqual([e1, e2]);
    expect((await local.get('caseLog')).caseLog).toBeUndefined();
    expect(await local.get('cases$')).toEqual({ cases$: { v: 2 } });
    expect(await moveCaseLogIntoCases(items)).toBe('nothing');
  });

  it('loses nothing and doubles nothing when interrupted before the case log was removed', async () => {
    await local.set({ caseLog: { orders: { [ORDER]: [e1, e2] } }, caseLog$: { v: 2 } });
    const items = defineStorageItems(storage);
    const remove = vi.spyOn(local, 'remove').mockRejectedValueOnce(new Error('worker stopped'));
    await expect(moveCaseLogIntoCases(items)).rejects.toThrow('worker stopped');
    expect((await items.cases.get()).cases[ORDER]!.log).toEqual([e1, e2]);
    expect((await local.get('caseLog')).caseLog).toEqual({ orders: { [ORDER]: [e1, e2] } });

    remove.mockRestore();
    expect(await moveCaseLogIntoCases(items)).toBe('moved');
    expect((await items.cases.get()).cases[ORDER]!.log).toEqual([e1, e2]);
    expect((await local.get('caseLog')).caseLog).toBeUndefined();
  });

  it('keeps the case log where it is when writing cases fails', async () => {
    await local.set({ caseLog: { orders: { [ORDER]: [e1] } }, caseLog$: { v: 2 } });
    const items = defineStorageItems(storage);
    await items.cases.get();
    vi.spyOn(local, 'set').mockRejectedValue(new Error('QUOTA_BYTES exceeded'));
    await expect(moveCaseLogIntoCases(items)).rejects.toThrow('QUOTA_BYTES');
    vi.restoreAllMocks();
    expect((await local.get('caseLog')).caseLog).toEqual({ orders: { [ORDER]: [e1] } });
  });

  it('leaves a case log written by a newer version to that version', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await local.set({ caseLog: { orders: { [ORDER]: [e1] } }, caseLog$: { v: 3 } });
    const items = defineStorageItems(storage);
    expect(await moveCaseLogIntoCases(items)).toBe('kept-newer');
    expect((await local.get('caseLog')).caseLog).toEqual({ orders: { [ORDER]: [e1] } });
    expect(await items.cases.get()).toEqual(emptyCaseBook());
  });

  it('keeps the case log when cases were written by a newer version, which refuses the write', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await local.set({
      caseLog: { orders: { [ORDER]: [e1] } },
      caseLog$: { v: 2 },
      cases: { cases: {} },
      cases$: { v: 3 },
    });
    const items = defineStorageItems(storage);
    await expect(moveCaseLogIntoCases(items)).rejects.toThrow('newer version');
    expect((await local.get('caseLog')).caseLog).toEqual({ orders: { [ORDER]: [e1] } });
    expect((await local.get('cases')).cases).toEqual({ cases: {} });
  });
});
