import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import {
  fireReminder,
  openCaseOfNotification,
  refreshCaseFromPage,
  showDueCount,
  startReminders,
  syncReminders,
} from '../../../entrypoints/background/reminders';
import { advise } from '../../../lib/advice';
import { emptyCaseBook, recordPick, setCaseState, setReminder } from '../../../lib/cases/cases';
import type { CaseBook } from '../../../lib/cases/types';
import type { OrderDetection } from '../../../lib/order';
import { DEFAULT_SETTINGS } from '../../../lib/settings';
import { type StorageItems, defineStorageItems } from '../../../lib/stored-items';

const ORDER = '577318820461937205';
const NAME = `remind:${ORDER}:request-refund:deadline`;
// The user is in Tokyo; it is 20 Nov 2026, noon.
const CLOCK = { now: Date.parse('2026-11-20T12:00:00+09:00'), timeZone: 'Asia/Tokyo' };
// The reminder: two days before the refund deadline of 6 Dec (30 days after delivery on 6 Nov), at 09:00 Tokyo time.
const REMIND_AT = Date.parse('2026-12-04T09:00:00+09:00');

/** A US buyer's case for an order delivered on `delivered` but not received, with a reminder on the refund deadline. */
function caseWithReminder(delivered = '2026-11-06'): CaseBook {
  const steps = advise({
    problem: 'not-received',
    role: 'buyer',
    region: 'US',
    dates: { delivered },
    today: '2026-11-20',
  });
  const book = recordPick(
    emptyCaseBook(),
    { key: ORDER, orderId: ORDER, market: 'US', role: 'buyer' },
    { problem: 'not-received', steps, today: '2026-11-20', orderDates: { delivered } },
    '2026-11-20T03:00:00.000Z',
  );
  return setReminder(
    book,
    ORDER,
    { step: 'request-refund', kind: 'deadline' },
    { daysBefore: 2 },
    '2026-11-20T03:00:00.000Z',
  );
}

let items: StorageItems;
beforeEach(async () => {
  fakeBrowser.reset();
  items = defineStorageItems(storage);
});

const alarms = async () => (await fakeBrowser.alarms.getAll()).map((a) => [a.name, a.scheduledTime]);
const allowNotifications = (allowed: boolean) =>
  vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(allowed);

describe('keeping alarms in line with the cases', () => {
  it('creates the alarm of a reminder at 09:00 on its day, and rebuilds it after a restart cleared it', async () => {
    await items.cases.set(caseWithReminder());
    await syncReminders(items, CLOCK);
    expect(await alarms()).toEqual([[NAME, REMIND_AT]]);
    // A browser restart or an update may clear alarms: the next start-up rebuilds them from storage.
    await fakeBrowser.alarms.clearAll();
    await syncReminders(items, CLOCK);
    expect(await alarms()).toEqual([[NAME, REMIND_AT]]);
  });

  it('removes the alarm when the case is resolved', async () => {
    await items.cases.set(caseWithReminder());
    await syncReminders(items, CLOCK);
    await items.cases.update((book) => setCaseState(book, ORDER, 'resolved', '2026-11-21T00:00:00.000Z'));
    await syncReminders(items, CLOCK);
    expect(await alarms()).toEqual([]);
  });

  it('moves the alarm when the order page shows a later delivery date', async () => {
    await items.settings.set(DEFAULT_SETTINGS);
    await items.cases.set(caseWithReminder('2026-11-06'));
    await syncReminders(items, CLOCK);
    const detection: OrderDetection = {
      url: `https://www.tiktok.com/shop/order_detail?main_order_id=${ORDER}`,
      page: 'order-detail',
      packages: [],
      orderId: ORDER,
      dates: { delivered: '2026-11-09' },
    };
    await refreshCaseFromPage(items, detection);
    expect((await items.cases.get()).cases[ORDER]!.dates.find((d) => d.kind === 'deadline')?.date).toBe('2026-12-09');
    await syncReminders(items, CLOCK);
    expect(await alarms()).toEqual([[NAME, Date.parse('2026-12-07T09:00:00+09:00')]]);
  });

  it('leaves cases alone while reading order pages is turned off', async () => {
    await items.settings.set({ ...DEFAULT_SETTINGS, detection: false });
    const book = caseWithReminder();
    await items.cases.set(book);
    await refreshCaseFromPage(items, {
      url: 'https://www.tiktok.com/shop/order_detail',
      page: 'order-detail',
      packages: [],
      orderId: ORDER,
      dates: { delivered: '2026-11-10' },
    });
    expect(await items.cases.get()).toEqual(book);
  });
});

describe('an alarm going off', () => {
  it('shows a notification once, when notifications are allowed, and the alarm is not made again', async () => {
    allowNotifications(true);
    const notify = vi.spyOn(fakeBrowser.notifications, 'create');
    await items.cases.set(caseWithReminder());
    expect(await fireReminder(items, NAME, CLOCK)).toBe('notified');
    expect(notify).toHaveBeenCalledWith(NAME, {
      type: 'basic',
      iconUrl: 'chrome-extension://test-extension-id/icon/128.png',
      title: `Order ${ORDER}`,
      message: 'Request a refund: "Package wasn\'t received": by 6 Dec · in 16 days',
    });
    expect((await items.cases.get()).cases[ORDER]!.dates.find((d) => d.kind === 'deadline')?.reminder).toEqual({
      daysBefore: 2,
      fired: true,
    });
    // Fired once: again is skipped, and a restart does not schedule it again.
    expect(await fireReminder(items, NAME, CLOCK)).toBe('skipped');
    expect(notify).toHaveBeenCalledTimes(1);
    await syncReminders(items, CLOCK);
    expect(await alarms()).toEqual([]);
  });

  it('counts the case on the toolbar badge when notifications are refused', async () => {
    allowNotifications(false);
    const notify = vi.spyOn(fakeBrowser.notifications, 'create');
    await items.cases.set(caseWithReminder());
    expect(await fireReminder(items, NAME, CLOCK)).toBe('badge');
    expect(notify).not.toHaveBeenCalled();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    expect(await fakeBrowser.action.getTitle({})).toBe('Carrier Finder: 1 case due today');
    // Resolving the case takes it off the badge.
    await items.cases.update((book) => setCaseState(book, ORDER, 'resolved', '2026-11-21T00:00:00.000Z'));
    expect(await showDueCount(items, CLOCK)).toBe(0);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });

  it('never shows a reminder of a resolved case, a date done or a removed reminder', async () => {
    allowNotifications(true);
    const notify = vi.spyOn(fakeBrowser.notifications, 'create');
    await items.cases.set(setCaseState(caseWithReminder(), ORDER, 'resolved', '2026-11-21T00:00:00.000Z'));
    expect(await fireReminder(items, NAME, CLOCK)).toBe('skipped');
    await items.cases.set(emptyCaseBook());
    expect(await fireReminder(items, NAME, CLOCK)).toBe('skipped');
    expect(await fireReminder(items, 'someone-elses-alarm', CLOCK)).toBe('skipped');
    expect(notify).not.toHaveBeenCalled();
  });

  it('opens the case on the cases page when its notification is clicked', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await openCaseOfNotification(NAME);
    expect(create).toHaveBeenCalledWith({ url: `chrome-extension://test-extension-id/cases.html?case=${ORDER}` });
    await openCaseOfNotification('not-ours');
    expect(create).toHaveBeenCalledTimes(1);
  });
});

describe('starting the reminders', () => {
  it('moves the old case log into cases, schedules from storage, and answers the alarm listener', async () => {
    allowNotifications(false);
    const entry = { id: 'c1', at: '2026-11-20T14:05:00.000Z', channel: 'other', party: 'self' };
    await fakeBrowser.storage.local.set({ caseLog: { orders: { '577000000000000001': [entry] } }, caseLog$: { v: 2 } });
    await items.cases.set(caseWithReminder());
    startReminders(items);
    await vi.waitFor(async () => expect((await alarms()).map(([name]) => name)).toEqual([NAME]));
    expect((await items.cases.get()).cases['577000000000000001']?.log).toEqual([entry]);

    // The alarm goes off: the real listener handles it (the badge counts the case: notifications are not allowed).
    await fakeBrowser.alarms.onAlarm.trigger({ name: NAME, scheduledTime: REMIND_AT });
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe('1'));
  });
});
