/**
 * What users entered survives the browser's own restarts: the service worker stopped in the middle of a flow
 * (browsers stop an idle worker after 30 seconds, and may stop it at any time:
 * https://developer.chrome.com/docs/extensions/develop/concepts/service-workers/lifecycle), and the whole browser
 * closed and started again with the same profile. (An upgrade: ./upgrade.test.ts.)
 *
 * Dates as in ./cases.test.ts: the buyer's delivered order is served with its dates ten years on (delivered 6 Nov
 * 2036) and the extension's pages run with their clock at noon on 20 Nov 2036 in Tokyo, in a British English browser
 * ("4 Dec", "09:00"), so the reminder (4 Dec, two days before the refund request's deadline) is still ahead of the
 * real clock the alarms run on.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import {
  type ExtensionSession,
  FIXTURES_DIR,
  launchExtension,
  openExtensionPageAt,
  reminderAlarms,
  routePage,
  runningServiceWorker,
  stopServiceWorker,
  tabIdOf,
  waitForTabState,
} from './harness';

const ORDER = '577318820461937205';
const ORDER_URL = `https://www.tiktok.com/shop/order_detail?main_order_id=${ORDER}&source=order_list`;
const TRACKING = '1Z4F82W70312345676';
const PAGE_NOW = new Date('2036-11-20T12:00:00+09:00');
const REFUND_REMINDER: [string, number] = [
  `remind:${ORDER}:request-refund:deadline`,
  Date.parse('2036-12-04T09:00:00+09:00'),
];

let session: ExtensionSession | undefined;
let profile: string | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
  if (profile) await rm(profile, { recursive: true, force: true });
  profile = undefined;
});

/** The buyer's delivered order, its dates in 2036, open in a tab; resolves once its detection is stored. */
async function openOrder(current: ExtensionSession): Promise<{ page: Page; tabId: number }> {
  const html = (await readFile(join(FIXTURES_DIR, 'buyer-us-detail.html'), 'utf8')).replaceAll('2026', '2036');
  await routePage(current.context, ORDER_URL, html);
  const page = await current.context.newPage();
  await page.goto(ORDER_URL);
  const tabId = await tabIdOf(current, page);
  expect((await waitForTabState(current, tabId))?.detection.orderId).toBe(ORDER);
  return { page, tabId };
}

/** In the popup: "Delivered, not received", "Remind me" on the refund request, then the refund step's form open. */
async function pickRemindAndOpenLog(popup: Page): Promise<void> {
  await popup.getByTestId('problem-not-received').click();
  const refund = popup.getByTestId('advice-step').filter({ hasText: 'Request a refund' });
  await refund.getByTestId('remind-me').first().click();
  await expect
    .poll(() => refund.getByTestId('reminder-when').textContent())
    .toBe('Reminder on 4 Dec at 09:00 · in 14 days');
  await refund.getByTestId('log-contact').click();
  const form = popup.getByTestId('log-form');
  await form.getByLabel('Reference number', { exact: true }).fill('REF-5521');
  await form.getByLabel('Note', { exact: true }).fill('Asked for a refund');
}

/** The order's case as stored: state, problem and its contacts' references. */
async function storedCase(current: ExtensionSession) {
  const worker = await runningServiceWorker(current);
  return worker.evaluate(async (key) => {
    const { cases } = await chrome.storage.local.get('cases');
    const found = (cases as { cases?: Record<string, unknown> } | undefined)?.cases?.[key] as
      { state: string; problem?: string; log: { reference?: string; note?: string }[] } | undefined;
    return found && { state: found.state, problem: found.problem, log: found.log };
  }, ORDER);
}

/** The reminders' alarms, read from the running service worker (woken when stopped). */
const alarmsNow = async () => reminderAlarms(await runningServiceWorker(session!));

/** The case after the contact: logging one means waiting for the other side's reply. */
const LOGGED = {
  state: 'waiting',
  problem: 'not-received',
  log: [
    expect.objectContaining({
      reference: 'REF-5521',
      note: 'Request a refund: "Package wasn\'t received": Asked for a refund',
    }),
  ],
};

describe('the service worker stopped mid-flow', () => {
  it('keeps the detection, then a case, its contact and its reminder written as it stops', async () => {
    session = await launchExtension({ timeZone: 'Asia/Tokyo', lang: 'en-GB' });
    await session.serviceWorker.evaluate(() => chrome.storage.local.set({ welcome: { dismissed: true } }));
    const { tabId } = await openOrder(session);

    // The worker stops with the order page's detection stored: the popup for that tab still shows it.
    await stopServiceWorker(session);
    const { page: popup, errors } = await openExtensionPageAt(session, `popup.html?tab=${tabId}`, PAGE_NOW);
    await expect.poll(() => popup.getByTestId('order-id').textContent()).toBe(ORDER);
    expect(await popup.getByTestId('tracking-number').textContent()).toBe(TRACKING);

    // A case with a reminder, then a contact logged. The reminder's alarms go (an update or a restart may clear
    // them), and the worker, woken by the write, is stopped at once, in the middle of its work on it.
    await pickRemindAndOpenLog(popup);
    await (await runningServiceWorker(session)).evaluate(() => chrome.alarms.clearAll());
    await popup.getByRole('button', { name: 'Save' }).click();
    await stopServiceWorker(session);

    // Everything is there: in the popup, opened again, and in storage; the next start rebuilds the alarm.
    await popup.reload();
    await expect
      .poll(() => popup.getByTestId('case-log-entry').allTextContents())
      .toEqual([expect.stringContaining('REF-5521')]);
    expect(await popup.getByTestId('case-state').textContent()).toBe('Waiting for a reply');
    expect(await storedCase(session)).toEqual(LOGGED);
    await expect.poll(() => alarmsNow()).toEqual([REFUND_REMINDER]);
    expect(errors).toEqual([]);
  });
});

describe('a browser restart with the same profile', () => {
  it(
    'keeps the settings, a case with its contact and reminder, a carrier pick and the closed welcome',
    { timeout: 90_000 },
    async () => {
      profile = await mkdtemp(join(tmpdir(), 'carrier-finder-restart-'));
      session = await launchExtension({ timeZone: 'Asia/Tokyo', lang: 'en-GB', userDataDir: profile });
      const extensionId = session.extensionId;

      // The welcome, closed; the country and role chosen on the options page.
      const first = await session.context.newPage();
      await first.goto(`chrome-extension://${extensionId}/popup.html`);
      await first.getByTestId('welcome-dismiss').click();
      const options = await session.context.newPage();
      await options.goto(`chrome-extension://${extensionId}/options.html`);
      await options.getByTestId('region').selectOption('MX');
      await options.getByTestId('role-buyer').check();
      await expect.poll(() => options.getByTestId('save-status').textContent()).toContain('Saved');

      // A case with a reminder and a logged contact, on the order.
      const { tabId } = await openOrder(session);
      const { page: popup } = await openExtensionPageAt(session, `popup.html?tab=${tabId}`, PAGE_NOW);
      await pickRemindAndOpenLog(popup);
      await popup.getByRole('button', { name: 'Save' }).click();
      await popup.getByTestId('case-log-entry').waitFor();

      // A carrier picked for a number FedEx and USPS share: in Mexico FedEx comes first, the user picks USPS.
      const lookup = await session.context.newPage();
      await lookup.goto(`chrome-extension://${extensionId}/popup.html?q=9261292700768711948021`);
      await lookup.getByTestId('alternative-usps').click();
      await expect.poll(() => lookup.getByTestId('carrier-name').textContent()).toBe('USPS');
      await expect.poll(() => alarmsNow()).toEqual([REFUND_REMINDER]);
      expect(await storedCase(session)).toEqual(LOGGED);

      // The browser closes and starts again with the same profile.
      await session.close();
      session = await launchExtension({ timeZone: 'Asia/Tokyo', lang: 'en-GB', userDataDir: profile });
      expect(session.extensionId).toBe(extensionId);

      const optionsAgain = await session.context.newPage();
      await optionsAgain.goto(`chrome-extension://${extensionId}/options.html`);
      await expect.poll(() => optionsAgain.getByTestId('region').inputValue()).toBe('MX');
      expect(await optionsAgain.getByTestId('role-buyer').isChecked()).toBe(true);

      // The order page, opened again, shows its case and contact at once; the welcome does not come back.
      const { tabId: tabAgain } = await openOrder(session);
      const { page: popupAgain } = await openExtensionPageAt(session, `popup.html?tab=${tabAgain}`, PAGE_NOW);
      await expect
        .poll(() => popupAgain.getByTestId('case-log-entry').allTextContents())
        .toEqual([expect.stringContaining('REF-5521')]);
      expect(await popupAgain.getByTestId('case-summary').count()).toBe(1);
      expect(await popupAgain.getByTestId('welcome').count()).toBe(0);

      const { page: cases } = await openExtensionPageAt(session, 'cases.html', PAGE_NOW);
      const row = cases.locator(`[data-testid="case"][data-order-id="${ORDER}"]`);
      await row.getByTestId('case-toggle').click();
      await expect
        .poll(() => row.getByTestId('case-contact').allTextContents())
        .toEqual([expect.stringContaining('REF-5521')]);

      const lookupAgain = await session.context.newPage();
      await lookupAgain.goto(`chrome-extension://${extensionId}/popup.html?q=9261292700768711948021`);
      await expect.poll(() => lookupAgain.getByTestId('carrier-name').textContent()).toBe('USPS');
      expect(await lookupAgain.getByTestId('carrier-basis').textContent()).toMatch(/^your choice for this parcel/);

      // The reminder is still scheduled (the background rebuilds alarms from the cases at start-up).
      await expect.poll(() => alarmsNow()).toEqual([REFUND_REMINDER]);
      expect(await storedCase(session)).toEqual(LOGGED);
    },
  );
});
