import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ExtensionSession,
  FIXTURES_DIR,
  launchExtension,
  openExtensionPageAt,
  reminderAlarms as remindersOf,
  routePage,
  runningServiceWorker,
  stopServiceWorker,
  tabIdOf,
  waitFor,
  waitForTabState,
} from './harness';

/*
 * A case from an order page to a reminder, in Chromium, in Tokyo, with a British English browser (so "6 Dec", "09:00").
 * The buyer's US order page is served with its dates
 * ten years on (delivered 6 Nov 2036), and the extension's pages run with their clock at noon on 20 Nov 2036, so
 * every date below is fixed and still ahead of the real clock the service worker's alarms run on.
 */

const ORDER = '577318820461937205';
const ORDER_URL = `https://www.tiktok.com/shop/order_detail?main_order_id=${ORDER}&source=order_list`;
const PAGE_NOW = new Date('2036-11-20T12:00:00+09:00');
const DEADLINE_ALARM = `remind:${ORDER}:request-refund:deadline`;
const FOLLOW_UP_ALARM = `remind:${ORDER}:check-around:follow-up`;

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchExtension({ timeZone: 'Asia/Tokyo', lang: 'en-GB' });
});
afterAll(async () => {
  await session?.close();
});

/** Our alarms, as the browser holds them: name and scheduled time. */
const reminderAlarms = () => remindersOf(session.serviceWorker);

/** An extension page with its clock fixed at PAGE_NOW. */
const openAt = (path: string) => openExtensionPageAt(session, path, PAGE_NOW);

const badge = () =>
  session.serviceWorker.evaluate(async () => [await chrome.action.getBadgeText({}), await chrome.action.getTitle({})]);

describe('cases and reminders in Chromium', () => {
  it('follows an order from the problem picked to a reminder, the cases page, the alarm and resolving it', async () => {
    // The order page, its dates moved to 2036.
    const html = (await readFile(join(FIXTURES_DIR, 'buyer-us-detail.html'), 'utf8')).replaceAll('2026', '2036');
    await routePage(session.context, ORDER_URL, html);
    const orderPage = await session.context.newPage();
    await orderPage.goto(ORDER_URL);
    const tabId = await tabIdOf(session, orderPage);
    expect((await waitForTabState(session, tabId))?.detection.dates).toEqual({
      ordered: '2036-11-03',
      delivered: '2036-11-06',
    });

    // The popup: "Delivered, not received", then "Remind me" on the refund request's deadline.
    const { page: popup, errors: popupErrors } = await openAt(`popup.html?tab=${tabId}`);
    await popup.getByTestId('problem-not-received').click();
    const refund = popup.getByTestId('advice-step').filter({ hasText: 'Request a refund' });
    await expect.poll(() => refund.getByTestId('deadline').innerText()).toContain('Request by 6 Dec');
    await refund.getByTestId('remind-me').first().click();
    await expect
      .poll(() => refund.getByTestId('reminder-when').textContent())
      .toBe('Reminder on 4 Dec at 09:00 · in 14 days');

    // The alarm: 09:00 Tokyo time on 4 December 2036, two days before the deadline.
    await expect.poll(reminderAlarms).toEqual([[DEADLINE_ALARM, Date.parse('2036-12-04T09:00:00+09:00')]]);
    // Notifications were asked for and not granted (nobody answers the prompt here): the fallback is announced.
    await expect.poll(() => refund.getByTestId('reminder-fallback').count()).toBe(1);

    // Opened again on the order, the popup shows its case and next date at the top.
    await popup.reload();
    await expect
      .poll(() => popup.getByTestId('case-next').textContent())
      .toBe('Next Check the address and around the delivery place: follow up on 22 Nov · in 2 days');
    expect(popupErrors).toEqual([]);
    await popup.close();

    // The cases page lists the case with its next date; its details hold the deadline and its reminder.
    const { page: cases, errors: casesErrors } = await openAt('cases.html');
    const item = cases.locator(`[data-testid="case"][data-order-id="${ORDER}"]`);
    await expect
      .poll(() => item.getByTestId('case-next').textContent())
      .toBe('Check the address and around the delivery place: follow up on 22 Nov · in 2 days');
    // Its title is a button named after the order alone (the arrow beside it is hidden from screen readers).
    await item.getByRole('button', { name: `Order ${ORDER}`, exact: true }).click();
    await expect
      .poll(() => item.getByRole('region').innerText())
      .toContain('Request a refund: "Package wasn\'t received": by 6 Dec');
    // A second reminder, from the cases page: on the day of the first follow-up.
    await item
      .locator('.case-date')
      .filter({ hasText: 'Check the address and around the delivery place: follow up on 22 Nov' })
      .getByTestId('remind-me')
      .click();
    await expect.poll(reminderAlarms).toEqual([
      [FOLLOW_UP_ALARM, Date.parse('2036-11-22T09:00:00+09:00')],
      [DEADLINE_ALARM, Date.parse('2036-12-04T09:00:00+09:00')],
    ]);

    // The deadline's alarm goes off (moved to now, so the real alarm fires the real listener). Without the
    // notification permission, the toolbar badge counts the case due.
    expect(await badge()).toEqual(['', 'Carrier Finder']);
    await session.serviceWorker.evaluate((name) => chrome.alarms.create(name, { when: Date.now() }), DEADLINE_ALARM);
    await expect.poll(badge).toEqual(['1', 'Carrier Finder: 1 case due today']);
    // It fired once: its alarm is gone and is not made again; the other reminder still waits.
    await expect.poll(reminderAlarms).toEqual([[FOLLOW_UP_ALARM, Date.parse('2036-11-22T09:00:00+09:00')]]);

    // Resolving the case removes its alarm, and takes it off the badge.
    await item.getByTestId('resolve').click();
    await expect.poll(reminderAlarms).toEqual([]);
    await expect.poll(badge).toEqual(['', 'Carrier Finder']);
    expect(casesErrors).toEqual([]);
    await cases.close();
    await orderPage.close();
  });

  it('moves the reminder when the order page later shows another delivery date', async () => {
    const other = '577318820461937299';
    const url = ORDER_URL.replace(ORDER, other);
    const fixture = (await readFile(join(FIXTURES_DIR, 'buyer-us-detail.html'), 'utf8'))
      .replaceAll('2026', '2036')
      .replaceAll(ORDER, other);
    await routePage(session.context, url, fixture);
    const orderPage = await session.context.newPage();
    await orderPage.goto(url);
    const tabId = await tabIdOf(session, orderPage);
    expect((await waitForTabState(session, tabId))?.detection.orderId).toBe(other);

    const { page: popup } = await openAt(`popup.html?tab=${tabId}`);
    await popup.getByTestId('problem-not-received').click();
    await popup
      .getByTestId('advice-step')
      .filter({ hasText: 'Request a refund' })
      .getByTestId('remind-me')
      .first()
      .click();
    const alarm = `remind:${other}:request-refund:deadline`;
    const alarmTime = async () => (await reminderAlarms()).find(([name]) => name === alarm)?.[1];
    await expect.poll(alarmTime).toBe(Date.parse('2036-12-04T09:00:00+09:00'));
    await popup.close();

    // The page now says the parcel was delivered on 9 November: the refund deadline is 9 Dec, the reminder 7 Dec.
    await routePage(session.context, url, fixture.replace('Nov 6, 2036', 'Nov 9, 2036'));
    await orderPage.reload();
    await expect.poll(alarmTime).toBe(Date.parse('2036-12-07T09:00:00+09:00'));
    await orderPage.close();
  });

  it('rebuilds reminders from storage when the service worker starts again without its alarms', async () => {
    // The case from the test above still waits for its reminder on 7 Dec. Its alarm goes (a browser restart or an
    // update may clear alarms), and the service worker stops, as the browser stops idle workers.
    const alarm = `remind:577318820461937299:request-refund:deadline`;
    await session.serviceWorker.evaluate(() => {
      Object.assign(self, { beforeRestart: true });
      return chrome.alarms.clearAll();
    });
    expect(await reminderAlarms()).toEqual([]);
    await stopServiceWorker(session);
    // Any event wakes it again; here, a message.
    await runningServiceWorker(session);
    expect(await session.serviceWorker.evaluate(() => 'beforeRestart' in self)).toBe(false);
    await expect.poll(reminderAlarms).toEqual([[alarm, Date.parse('2036-12-07T09:00:00+09:00')]]);
  });

  it('is reachable from the options page', async () => {
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    const opened = session.context.waitForEvent('page');
    await options.getByTestId('open-cases').click();
    const cases = await opened;
    await cases.waitForLoadState();
    expect(new URL(cases.url()).pathname).toBe('/cases.html');
    await waitFor(
      () => cases.locator('h1').innerText(),
      (text) => text === 'Your cases',
    );
    expect(await cases.locator('h1').innerText()).toBe('Your cases');
    await cases.close();
    await options.close();
  });
});

describe('the limits on what is kept', () => {
  it('says what a lower limit removed, then keeps a full case’s newest contacts as new ones come', async () => {
    const order = '577318820461937388';
    // A case with 25 logged calls, oldest first: "Call 1" to "Call 25".
    const log = Array.from({ length: 25 }, (_, index) => ({
      id: `seed-${index + 1}`,
      at: new Date(Date.UTC(2036, 10, 10, 9, index)).toISOString(),
      channel: 'carrier-phone',
      party: 'carrier',
      note: `Call ${index + 1}`,
    }));
    await session.serviceWorker.evaluate(
      async ({ key, entries }) => {
        const stored = (await chrome.storage.local.get('cases')).cases as { cases: Record<string, unknown> };
        stored.cases[key] = {
          key,
          orderId: key,
          trackingNumbers: [],
          orderDates: {},
          state: 'waiting',
          created: entries[0]!.at,
          updated: entries.at(-1)!.at,
          dates: [],
          log: entries,
        };
        await chrome.storage.local.set({ cases: stored });
      },
      { key: order, entries: log },
    );
    const notes = () =>
      session.serviceWorker.evaluate(async (key) => {
        const stored = (await chrome.storage.local.get('cases')).cases as {
          cases: Record<string, { log: { note?: string }[] }>;
        };
        return stored.cases[key]?.log.map((entry) => entry.note);
      }, order);
    expect(await notes()).toHaveLength(25);

    // 20 contacts per case: the 5 oldest go, and the page says so.
    const { page: options } = await openAt('options.html');
    await options.getByTestId('limit-entries').selectOption('20');
    await expect
      .poll(() => options.getByTestId('save-status').textContent())
      .toBe('Removed to fit the new limit. Cases: 1. Contacts: 5.');
    expect(await notes()).toEqual(log.slice(5).map((entry) => entry.note));

    // On the order's popup: the 20 kept; one more logged, and the oldest kept ("Call 6") makes way for it.
    const html = (await readFile(join(FIXTURES_DIR, 'buyer-us-detail.html'), 'utf8'))
      .replaceAll('2026', '2036')
      .replaceAll(ORDER, order);
    const url = ORDER_URL.replace(ORDER, order);
    await routePage(session.context, url, html);
    const orderPage = await session.context.newPage();
    await orderPage.goto(url);
    const tabId = await tabIdOf(session, orderPage);
    expect((await waitForTabState(session, tabId))?.detection.orderId).toBe(order);
    const { page: popup, errors } = await openAt(`popup.html?tab=${tabId}`);
    await expect.poll(() => popup.getByTestId('case-log-entry').count()).toBe(20);
    await popup.getByTestId('log-contact').first().click();
    await popup.getByTestId('log-form').getByLabel('Note', { exact: true }).fill('Call 26');
    await popup.getByRole('button', { name: 'Save' }).click();
    await expect.poll(notes).toEqual([...log.slice(6).map((entry) => entry.note), expect.stringMatching(/: Call 26$/)]);
    await expect.poll(() => popup.getByText(/: Call 26$/).count()).toBe(1);
    expect(await popup.getByTestId('case-log-entry').count()).toBe(20);
    expect(errors).toEqual([]);
    await popup.close();
    await options.close();
    await orderPage.close();
  });
});
