import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseTabState } from '../../lib/tab-state';
import { PAGE_FIXTURES } from '../fixtures/pages';
import {
  type ExtensionSession,
  badgeText,
  collectConsoleErrors,
  launchExtension,
  openFixturePage,
  storedDetection,
  waitFor,
} from './harness';

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchExtension();
});
afterAll(async () => {
  await session?.close();
});

function fixture(file: string) {
  const found = PAGE_FIXTURES.find((f) => f.file === file);
  if (!found) throw new Error(`no fixture ${file}`);
  return found;
}

/** The stored packages' numbers once `accept` holds (or the last ones after the timeout). */
async function numbersWhen(tabId: number, accept: (numbers: string[]) => boolean): Promise<string[]> {
  const numbers = async () =>
    parseTabState(await storedDetection(session, tabId))?.detection.packages.map((p) => p.trackingNumber) ?? [];
  return waitFor(numbers, accept);
}

describe('a live order page in Chromium', () => {
  it('shows a number that appears in a table row, a row added later, and a number that changes', async () => {
    const { page, tabId } = await openFixturePage(session, fixture('seller-id-list-unknown-table.html'));
    expect(await numbersWhen(tabId, (n) => n.length === 2)).toEqual(['IDX8827361540', 'SPXID0493827716A']);

    // The unshipped row gets its number (a text change inside a package row).
    await page.evaluate(() => {
      const row = document.querySelectorAll('tbody tr')[2]!;
      row.querySelectorAll('td')[3]!.textContent = 'J&T Express';
      row.querySelector('td:last-child span')!.textContent = 'JX7053814071';
    });
    expect(await numbersWhen(tabId, (n) => n.length === 3)).toEqual([
      'IDX8827361540',
      'SPXID0493827716A',
      'JX7053814071',
    ]);
    expect(await badgeText(session, tabId)).toBe('3');

    // A new order row arrives (the list refreshes).
    await page.evaluate(() => {
      const body = document.querySelector('tbody')!;
      const row = body.rows[0]!.cloneNode(true) as HTMLTableRowElement;
      row.cells[3]!.textContent = 'Ninja Van';
      row.cells[4]!.innerHTML = '<span>NVID55018273X</span>';
      body.append(row);
    });
    expect(await numbersWhen(tabId, (n) => n.length === 4)).toEqual([
      'IDX8827361540',
      'SPXID0493827716A',
      'JX7053814071',
      'NVID55018273X',
    ]);
    expect(
      await waitFor(
        () => badgeText(session, tabId),
        (text) => text === '4',
      ),
    ).toBe('4');

    // A number corrected in place.
    await page.evaluate(() => {
      document.querySelectorAll('tbody tr')[0]!.querySelector('td:last-child span')!.textContent = 'IDX8827361599';
    });
    expect(await numbersWhen(tabId, (n) => n[0] === 'IDX8827361599')).toEqual([
      'IDX8827361599',
      'SPXID0493827716A',
      'JX7053814071',
      'NVID55018273X',
    ]);
    const detection = parseTabState(await storedDetection(session, tabId))!.detection;
    expect(detection.packages.find((p) => p.trackingNumber === 'NVID55018273X')).toMatchObject({
      carrier: 'ninja-van',
      carrierText: 'Ninja Van',
      carrierSource: 'page',
    });
    await page.close();
  });

  it('keeps its answer while countdowns tick, and shows a carrier line added to a card', async () => {
    const { page, tabId } = await openFixturePage(session, fixture('seller-my-list-carrier-lines.html'));
    const errors = collectConsoleErrors(page);
    expect(await numbersWhen(tabId, (n) => n.length === 2)).toEqual(['NVMY12345678AB', 'SPXMY02345678901A']);
    await page.evaluate(() => {
      const cards = document.querySelectorAll('.css-order-card-2n');
      const timers = Array.from(cards, (card) => card.appendChild(document.createElement('span')));
      let left = 86_400;
      const tick = () => {
        left--;
        for (const timer of timers)
          timer.textContent = `Ship within ${Math.floor(left / 3600)}:${((left / 60) % 60) | 0}:${left % 60}`;
      };
      (window as unknown as { timer: number }).timer = window.setInterval(tick, 20);
    });
    // The unshipped card's line gets its number while the timers tick.
    await page.evaluate(() => {
      const line = document.querySelectorAll('.css-oc-ship')[2]!;
      line.lastElementChild!.textContent = 'NVMY87654321CD';
    });
    expect(await numbersWhen(tabId, (n) => n.length === 3)).toEqual([
      'NVMY12345678AB',
      'SPXMY02345678901A',
      'NVMY87654321CD',
    ]);
    expect(await badgeText(session, tabId)).toBe('3');
    await page.evaluate(() => window.clearInterval((window as unknown as { timer: number }).timer));
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('a shipped order without a tracking number in the popup', () => {
  it('says the page shows no tracking number, not "not shipped yet"', async () => {
    const { page, tabId, state } = await openFixturePage(session, fixture('seller-us-shipped-no-number.html'));
    expect(state?.detection).toMatchObject({ status: 'in-transit', packages: [] });
    const popup = await session.context.newPage();
    const errors = collectConsoleErrors(popup);
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
    await expect.poll(() => popup.getByTestId('no-number').innerText()).toContain('The page shows no tracking number');
    expect(await popup.getByTestId('awaiting').count()).toBe(0);
    expect(await popup.getByText('Not shipped yet').count()).toBe(0);
    expect(await popup.getByTestId('order-id').innerText()).toBe('577512093847261034');
    expect(errors).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('sends a detection only when it changed: a re-render with the same content stores nothing new', async () => {
    const { page, tabId } = await openFixturePage(session, fixture('seller-id-list-unknown-table.html'));
    expect(await numbersWhen(tabId, (n) => n.length === 2)).toEqual(['IDX8827361540', 'SPXID0493827716A']);
    // Count the background's writes of this tab's detection from now on.
    await session.serviceWorker.evaluate((key) => {
      const counter = globalThis as unknown as { detectionWrites: number };
      counter.detectionWrites = 0;
      chrome.storage.session.onChanged.addListener((changes) => {
        if (changes[key]?.newValue) counter.detectionWrites++;
      });
    }, `tab:${tabId}`);

    // The app re-renders the first row with the same number (a text change inside a package row: it is re-read).
    await page.evaluate(() => {
      const span = document.querySelectorAll('tbody tr')[0]!.querySelector('td:last-child span')!;
      span.replaceChildren(span.textContent!); // a new text node with the same text, as a re-render makes
    });
    // Then a real change, which must be sent: once it is stored, the same-content re-render has had its turn.
    await page.evaluate(() => {
      document.querySelectorAll('tbody tr')[0]!.querySelector('td:last-child span')!.textContent = 'IDX8827361599';
    });
    expect(await numbersWhen(tabId, (n) => n[0] === 'IDX8827361599')).toEqual(['IDX8827361599', 'SPXID0493827716A']);
    const writes = await session.serviceWorker.evaluate(
      () => (globalThis as unknown as { detectionWrites: number }).detectionWrites,
    );
    expect(writes).toBe(1);
    await page.close();
  });

  it('reports again when the page comes back from the back/forward cache', async () => {
    const { page, tabId } = await openFixturePage(session, fixture('seller-id-list-unknown-table.html'));
    expect(await numbersWhen(tabId, (n) => n.length === 2)).toHaveLength(2);
    // The background forgets a tab's detection when it navigates; a restored page is not a new document for the
    // content script, which must report again on `pageshow` with `persisted`.
    await session.serviceWorker.evaluate((key) => chrome.storage.session.remove(key), `tab:${tabId}`);
    expect(await storedDetection(session, tabId)).toBeUndefined();
    await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true })));
    expect(await numbersWhen(tabId, (n) => n.length === 2)).toEqual(['IDX8827361540', 'SPXID0493827716A']);
    await page.close();
  });
});
