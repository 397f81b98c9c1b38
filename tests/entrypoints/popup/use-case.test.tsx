// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { memoryStore } from './memory-store';
import { App, type AppProps } from '../../../entrypoints/popup/App';
import type { PopupData } from '../../../entrypoints/popup/model';
import type { OrderDetection } from '../../../lib/order';
import { DEFAULT_SETTINGS } from '../../../lib/settings';

afterEach(cleanup);

const ORDER = '576461413138764';

// A US Seller Center order the seller shipped themselves, shipped 10 Nov; the user's today is 26 Nov in New York.
const DETECTION: OrderDetection = {
  url: `https://seller-us.tiktok.com/order/detail?order_no=${ORDER}&shop_region=US`,
  page: 'order-detail',
  packages: [{ trackingNumber: '9400111206206406260787', carrier: 'usps', carrierSource: 'page' }],
  orderId: ORDER,
  role: 'seller',
  region: 'US',
  shippingMode: 'seller',
  status: 'in-transit',
  dates: { ordered: '2026-11-08', shipped: '2026-11-10' },
};

function renderPopup(partial: Partial<PopupData> = {}, props: Partial<AppProps> = {}, store = memoryStore()) {
  const data: PopupData = {
    settings: DEFAULT_SETTINGS,
    storageOk: true,
    now: new Date('2026-11-26T15:00:00Z'),
    timeZone: 'America/New_York',
    tab: { id: 7, url: DETECTION.url },
    tabState: { detection: DETECTION, at: 1 },
    ...partial,
  };
  const view = render(<App data={data} caseStore={store} {...props} />);
  const reopen = (next: Partial<PopupData> = {}) => {
    cleanup();
    return renderPopup({ ...partial, cases: store.value, ...next }, props, store);
  };
  return { store, reopen, ...view };
}

/** The advice step whose title is `title`. */
function step(title: string): HTMLElement {
  const found = screen.getAllByTestId('advice-step').find((s) => s.querySelector('h4')?.textContent === title);
  if (!found) throw new Error(`no step "${title}"`);
  return found;
}

describe("the order's case in the popup", () => {
  it('is created when a problem is picked, with the dated steps of that advice', async () => {
    const { store } = renderPopup();
    expect(screen.queryByTestId('case-summary')).toBeNull();
    fireEvent.click(screen.getByTestId('problem-lost'));
    await waitFor(() => expect(store.value.cases[ORDER]).toBeDefined());
    const stored = store.value.cases[ORDER]!;
    expect(stored).toMatchObject({
      key: ORDER,
      orderId: ORDER,
      market: 'US',
      role: 'seller',
      shippingMode: 'seller',
      carrier: 'usps',
      trackingNumbers: ['9400111206206406260787'],
      problem: 'lost',
      pickedOn: '2026-11-26',
      orderDates: { ordered: '2026-11-08', shipped: '2026-11-10' },
      state: 'open',
      log: [],
    });
    expect(stored.dates.map((d) => [d.step, d.kind, d.date])).toEqual([
      ['track', 'follow-up', '2026-11-28'],
      ['carrier-claim', 'follow-up', '2026-11-29'],
      ['us-lost-threshold', 'follow-up', '2026-11-28'],
      ['message-buyer', 'follow-up', '2026-11-28'],
      ['keep-records', 'follow-up', '2026-11-28'],
    ]);
    // The summary at the top shows it at once.
    const summary = await screen.findByTestId('case-summary');
    expect(within(summary).getByTestId('case-state').textContent).toBe('Open');
    expect(within(summary).getByTestId('case-next').textContent).toBe(
      "Next Check the tracking on the carrier's own site: follow up on 28 Nov · in 2 days",
    );
  });

  it('shows at the top when the popup opens again, its problem picked, an overdue date marked', async () => {
    const { store, reopen } = renderPopup();
    fireEvent.click(screen.getByTestId('problem-delayed'));
    await waitFor(() => expect(store.value.cases[ORDER]?.problem).toBe('delayed'));
    reopen();
    const summary = screen.getByTestId('case-summary');
    // The top of the popup: the case comes before the order's packages.
    expect(
      summary.compareDocumentPosition(screen.getByTestId('order-id')) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    expect(screen.getByTestId('problem-delayed').getAttribute('aria-pressed')).toBe('true');
    // "Edit the tracking once" had to be done by 13 Nov: 13 days before this 26 Nov.
    const next = within(summary).getByTestId('case-next');
    expect(next.textContent).toBe(
      'Next If the uploaded tracking is wrong: edit it once: by 13 Nov · 13 days agooverdue',
    );
    expect(next.className).toContain('case-next-overdue');
  });

  it('resolves the case from the summary and opens it on the cases page', async () => {
    const onOpenCases = vi.fn<(key?: string) => void>();
    const { store } = renderPopup({}, { onOpenCases });
    fireEvent.click(screen.getByTestId('problem-lost'));
    const summary = await screen.findByTestId('case-summary');
    fireEvent.click(within(summary).getByTestId('open-case'));
    expect(onOpenCases).toHaveBeenCalledWith(ORDER);
    fireEvent.click(within(summary).getByTestId('resolve'));
    await waitFor(() => expect(store.value.cases[ORDER]?.state).toBe('resolved'));
    expect(within(screen.getByTestId('case-summary')).getByTestId('case-state').textContent).toBe('Resolved');
    // The header's link opens the cases page itself.
    fireEvent.click(screen.getByTestId('open-cases'));
    expect(onOpenCases).toHaveBeenLastCalledWith();
  });
});

describe('"Remind me" in the popup', () => {
  it('sets a reminder two days before a deadline, asking for notifications inside the click, once', async () => {
    const answers: ((granted: boolean) => void)[] = [];
    const askNotifications = vi.fn<() => Promise<boolean>>(() => new Promise((resolve) => answers.push(resolve)));
    const { store } = renderPopup({ notifications: false }, { askNotifications });
    fireEvent.click(screen.getByTestId('problem-delayed'));
    const ticket = step('After that: fix it through a support ticket');
    const deadlineReminder = within(ticket).getAllByTestId('remind-me')[0]!;
    expect(deadlineReminder.getAttribute('aria-label')).toBe(
      'Remind me: After that: fix it through a support ticket: by 8 Dec',
    );
    fireEvent.click(deadlineReminder);
    // Asked synchronously, inside the click's user gesture (before anything awaited), and the reminder written in the
    // same click, before the prompt can appear: Chrome closes the popup when it does.
    expect(askNotifications).toHaveBeenCalledTimes(1);
    const ticketDeadline = () =>
      store.value.cases[ORDER]?.dates.find((d) => d.step === 'us-tracking-ticket' && d.kind === 'deadline');
    expect(ticketDeadline()).toMatchObject({ date: '2026-12-08', reminder: { daysBefore: 2 } });
    expect(store.value.notificationsAsked).toBe(true);
    // The pick the problem's click started is stored too, and keeps the reminder.
    await waitFor(() => expect(store.value.cases[ORDER]?.problem).toBe('delayed'));
    expect(ticketDeadline()).toMatchObject({ reminder: { daysBefore: 2 } });
    expect((await within(ticket).findByTestId('reminder-when')).textContent).toBe(
      'Reminder on 6 Dec at 09:00 · in 10 days',
    );

    // Refused: the control says where the reminder will show instead.
    answers[0]!(false);
    expect((await within(ticket).findByTestId('reminder-fallback')).textContent).toContain(
      'the Carrier Finder icon in the toolbar shows the number of cases due',
    );

    // A second reminder does not ask again.
    fireEvent.click(within(step('Tell the buyer what is happening')).getByTestId('remind-me'));
    await waitFor(() =>
      expect(store.value.cases[ORDER]?.dates.find((d) => d.step === 'message-buyer')?.reminder).toEqual({
        daysBefore: 0,
      }),
    );
    expect(askNotifications).toHaveBeenCalledTimes(1);
  });

  it('reminds on the day of a follow-up, lets the user change the day, and removes it', async () => {
    const { store } = renderPopup();
    fireEvent.click(screen.getByTestId('problem-lost'));
    const claim = step('Open a trace and a claim with your carrier');
    fireEvent.click(within(claim).getByTestId('remind-me'));
    expect((await within(claim).findByTestId('reminder-when')).textContent).toBe(
      'Reminder on 29 Nov at 09:00 · in 3 days',
    );
    fireEvent.change(within(claim).getByTestId('reminder-day'), { target: { value: '2026-11-27' } });
    await waitFor(() =>
      expect(store.value.cases[ORDER]?.dates.find((d) => d.step === 'carrier-claim')?.reminder).toEqual({
        daysBefore: 2,
      }),
    );
    expect(within(claim).getByTestId('reminder-when').textContent).toBe('Reminder on 27 Nov at 09:00 · tomorrow');
    fireEvent.click(within(claim).getByTestId('reminder-remove'));
    await waitFor(() =>
      expect(store.value.cases[ORDER]?.dates.find((d) => d.step === 'carrier-claim')?.reminder).toBeUndefined(),
    );
    expect(within(claim).getByTestId('remind-me')).toBeTruthy();
  });

  it('offers no reminder on a date already past', () => {
    renderPopup();
    fireEvent.click(screen.getByTestId('problem-delayed'));
    const edit = step('If the uploaded tracking is wrong: edit it once');
    // Its deadline (13 Nov) is past: only its follow-up (28 Nov) can be reminded of.
    expect(
      within(edit)
        .getAllByTestId('remind-me')
        .map((b) => b.getAttribute('aria-label')),
    ).toEqual(['Remind me: If the uploaded tracking is wrong: edit it once: follow up on 28 Nov']);
  });

  it('records the problem shown when a reminder is set before any problem was clicked', async () => {
    const awaiting: OrderDetection = { ...DETECTION, packages: [], status: 'awaiting-shipment' };
    const { store } = renderPopup({ tabState: { detection: awaiting, at: 1 } });
    // "Not shipped yet" is preselected, not picked: no case yet.
    expect(screen.getByTestId('problem-awaiting-shipment').getAttribute('aria-pressed')).toBe('true');
    expect(store.value.cases[ORDER]).toBeUndefined();
    fireEvent.click(screen.getAllByTestId('remind-me')[0]!);
    await waitFor(() => expect(store.value.cases[ORDER]?.problem).toBe('awaiting-shipment'));
    expect(store.value.cases[ORDER]!.dates.filter((d) => d.reminder)).toHaveLength(1);
  });
});
