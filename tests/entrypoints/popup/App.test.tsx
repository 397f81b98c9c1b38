// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { memoryStore } from './memory-store';
import { App } from '../../../entrypoints/popup/App';
import type { PopupData } from '../../../entrypoints/popup/model';
import { emptyCaseBook, recordContact } from '../../../lib/cases/cases';
import { readCaseBook } from '../../../lib/cases/item';
import type { OrderDetection } from '../../../lib/order';
import { DEFAULT_SETTINGS } from '../../../lib/settings';

afterEach(cleanup);

const ORDER_URL = 'https://seller-us.tiktok.com/order/detail?order_no=576461413138764&shop_region=US';
const USPS_NUMBER = '9400111206206406260787';

const DETECTION: OrderDetection = {
  url: ORDER_URL,
  page: 'order-detail',
  packages: [
    {
      trackingNumber: USPS_NUMBER,
      carrier: 'usps',
      carrierText: 'USPS Ground Advantage',
      carrierSource: 'page',
      confidence: 'high',
      checksum: true,
    },
  ],
  orderId: '576461413138764',
  role: 'seller',
  region: 'US',
  shippingMode: 'seller',
  status: 'in-transit',
  dates: { ordered: '2026-11-08', shipped: '2026-11-10' },
};

function popupData(partial: Partial<PopupData> = {}): PopupData {
  return {
    settings: DEFAULT_SETTINGS,
    storageOk: true,
    now: new Date('2026-11-26T15:00:00Z'),
    timeZone: 'America/New_York',
    tab: { id: 7, url: ORDER_URL },
    tabState: { detection: DETECTION, at: 1 },
    ...partial,
  };
}

function renderApp(partial: Partial<PopupData> = {}, store = memoryStore()) {
  return { store, ...render(<App data={popupData(partial)} caseStore={store} />) };
}

describe('the popup on an order page', () => {
  it('shows the order, the package, the carrier with its hotline and tracking link', () => {
    renderApp();
    expect(screen.getByTestId('order-id').textContent).toBe('576461413138764');
    expect(screen.getByTestId('tracking-number').textContent).toBe(USPS_NUMBER);
    expect(screen.getByTestId('carrier-name').textContent).toBe('USPS');
    expect(screen.getByTestId('hotline').getAttribute('href')).toBe('tel:+18002758777');
    expect(screen.getByTestId('tracking-link').getAttribute('href')).toBe(
      `https://tools.usps.com/go/TrackConfirmAction?tLabels=${USPS_NUMBER}`,
    );
    // The page is a Seller Center page, so the TikTok card is the seller's.
    expect(screen.getByRole('link', { name: /Open a Seller Center ticket/ })).toBeTruthy();
  });

  it('shows the playbook steps with their dates when a problem is picked', () => {
    renderApp();
    expect(screen.queryAllByTestId('advice-step')).toHaveLength(0);
    fireEvent.click(screen.getByTestId('problem-lost'));
    expect(screen.getByTestId('problem-lost').getAttribute('aria-pressed')).toBe('true');
    const steps = screen.getAllByTestId('advice-step');
    expect(steps.length).toBeGreaterThan(1);
    expect(steps.some((step) => /Follow up on \d+ (Nov|Dec)/.test(step.textContent ?? ''))).toBe(true);
    for (const id of ['delayed', 'lost', 'not-received', 'wrong-address', 'customs', 'damaged', 'returned']) {
      expect(screen.getByTestId(`problem-${id}`).tagName).toBe('BUTTON');
    }
    expect(screen.queryByTestId('problem-awaiting-shipment')).toBeNull();
  });

  it('lists several packages and switches the carrier card to the one picked', () => {
    const detection: OrderDetection = {
      ...DETECTION,
      packages: [
        ...DETECTION.packages,
        { trackingNumber: '1Z999AA10123456784', carrier: 'ups', carrierSource: 'number' },
      ],
    };
    renderApp({ tabState: { detection, at: 1 } });
    const choices = screen.getAllByTestId('package-choice');
    expect(choices).toHaveLength(2);
    expect(screen.getByTestId('carrier-name').textContent).toBe('USPS');
    fireEvent.click(choices[1]!);
    expect(screen.getByTestId('tracking-number').textContent).toBe('1Z999AA10123456784');
    expect(screen.getByTestId('carrier-name').textContent).toBe('UPS');
    expect(screen.getByTestId('hotline').getAttribute('href')).toBe('tel:+18007425877');
  });

  it('switches to an alternative carrier in one tap', () => {
    const detection: OrderDetection = {
      ...DETECTION,
      packages: [
        {
          trackingNumber: 'EE123456785CN',
          carrier: 'china-ems',
          alternatives: ['china-post'],
          carrierSource: 'number',
        },
      ],
    };
    renderApp({ tabState: { detection, at: 1 } });
    expect(screen.getByTestId('carrier-name').textContent).toMatch(/^China EMS/);
    fireEvent.click(screen.getByTestId('alternative-china-post'));
    expect(screen.getByTestId('carrier-name').textContent).toBe('China Post');
    expect(screen.getByRole('heading', { name: 'Contact China Post' })).toBeTruthy();
  });

  it('explains an order that has not shipped and shows the "not shipped yet" advice', () => {
    const detection: OrderDetection = { ...DETECTION, packages: [], status: 'awaiting-shipment', role: 'buyer' };
    renderApp({ tabState: { detection, at: 1 } });
    expect(screen.getByTestId('awaiting').textContent).toContain('Not shipped yet');
    expect(screen.getByTestId('problem-awaiting-shipment').getAttribute('aria-pressed')).toBe('true');
    expect(screen.getAllByTestId('advice-step').length).toBeGreaterThan(0);
    expect(screen.queryByTestId('tracking-number')).toBeNull();
    expect(screen.getByTestId('order-id').textContent).toBe('576461413138764');
    expect(screen.getByTestId('awaiting').textContent).toContain('the seller has not handed it to a carrier');
  });

  it('says the page shows no tracking number on a shipped order without one, never "not shipped yet"', () => {
    const detection: OrderDetection = { ...DETECTION, packages: [], status: 'in-transit', role: 'seller' };
    renderApp({ tabState: { detection, at: 1 } });
    const notice = screen.getByTestId('no-number');
    expect(notice.textContent).toContain('The page shows no tracking number');
    expect(notice.textContent).toContain('says this order has shipped');
    expect(screen.queryByTestId('awaiting')).toBeNull();
    expect(screen.queryByText('Not shipped yet')).toBeNull();
    expect(screen.queryByTestId('problem-awaiting-shipment')).toBeNull();
    expect(screen.getByTestId('problem-lost')).toBeTruthy();
    expect(screen.getByTestId('order-id').textContent).toBe('576461413138764');
  });

  it('does not claim a shipment when the page shows neither a number nor a status', () => {
    const { status: _status, ...rest } = DETECTION;
    renderApp({ tabState: { detection: { ...rest, packages: [] }, at: 1 } });
    expect(screen.getByTestId('no-number').textContent).not.toContain('says this order has shipped');
    expect(screen.queryByTestId('awaiting')).toBeNull();
  });

  it('tells a seller with an unshipped order to ship it and add the tracking number', () => {
    const detection: OrderDetection = { ...DETECTION, packages: [], status: 'awaiting-shipment', role: 'seller' };
    renderApp({ tabState: { detection, at: 1 } });
    expect(screen.getByTestId('awaiting').textContent).toContain('add the tracking number in Seller Center');
  });

  it('says plainly when the carrier is unknown, and still gives general advice', () => {
    const detection: OrderDetection = { ...DETECTION, packages: [{ trackingNumber: 'QQ12345678XYZ' }] };
    renderApp({ tabState: { detection, at: 1 } });
    expect(screen.getByTestId('carrier-name').textContent).toBe('Carrier unknown');
    expect(screen.queryByTestId('hotline')).toBeNull();
    expect(screen.getByLabelText('Look up a tracking number')).toBeTruthy();
    fireEvent.click(screen.getByTestId('problem-delayed'));
    expect(screen.getAllByTestId('advice-step').length).toBeGreaterThan(0);
    expect(screen.getByTestId('advice-unknowns').textContent).toMatch(/carrier is unknown/i);
  });

  it('greys out a detection from a page the tab has left, with a note', () => {
    renderApp({ tab: { id: 7, url: 'https://seller-us.tiktok.com/order?tab=all' } });
    expect(screen.getByTestId('stale-note').textContent).toMatch(/tab has moved on/);
    expect(screen.getByTestId('tracking-number').closest('.answer-stale')).not.toBeNull();
  });

  it('renders hostile page text as text', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const detection: OrderDetection = {
      ...DETECTION,
      orderId: '<b>1</b>',
      packages: [{ ...DETECTION.packages[0]!, carrierText: hostile }],
    };
    const { container } = renderApp({ tabState: { detection, at: 1 } });
    expect(container.querySelector('img, b')).toBeNull();
    expect(screen.getByTestId('order-id').textContent).toBe('<b>1</b>');
    expect(screen.getByText(`The page says “${hostile}”`)).toBeTruthy();
  });

  it('uses the role from the settings over the page’s, but the order’s own market over the user’s country', () => {
    renderApp({ settings: { ...DEFAULT_SETTINGS, role: 'buyer', region: 'GB' } });
    expect(screen.getByText('In the TikTok app')).toBeTruthy();
    // A US order: the US line, with no "nothing listed for the United Kingdom" fallback note.
    expect(screen.queryByText(/Nothing listed for United Kingdom/)).toBeNull();
    expect(screen.getByTestId('hotline').getAttribute('href')).toBe('tel:+18002758777');
  });
});

describe('the popup elsewhere', () => {
  it('on a page that is not an order page: a one-line hint and the lookup box, which works', () => {
    renderApp({ tabState: undefined });
    expect(screen.getByTestId('not-order').textContent).toBe('This page is not a TikTok Shop order page.');
    fireEvent.input(screen.getByLabelText('Look up a tracking number'), { target: { value: USPS_NUMBER } });
    fireEvent.submit(screen.getByRole('search'));
    expect(screen.getByTestId('carrier-name').textContent).toBe('USPS');
    expect(screen.getByTestId('hotline').getAttribute('href')).toBe('tel:+18002758777');
  });

  it('when storage cannot be read: says so, and the lookup still works', () => {
    renderApp({ storageOk: false, tabState: undefined });
    expect(screen.getByTestId('storage-unavailable').textContent).toMatch(/could not read its saved data/);
    fireEvent.input(screen.getByLabelText('Look up a tracking number'), { target: { value: '1Z999AA10123456784' } });
    fireEvent.submit(screen.getByRole('search'));
    expect(screen.getByTestId('carrier-name').textContent).toBe('UPS');
  });
});

describe('the lookup view (?q=)', () => {
  it('shows the same carrier card as an order, without order data', () => {
    renderApp({ query: ` ${USPS_NUMBER} `, tab: undefined, tabState: undefined });
    expect(screen.getByTestId('tracking-number').textContent).toBe(USPS_NUMBER);
    expect(screen.getByTestId('carrier-name').textContent).toBe('USPS');
    expect(screen.getByText(/identified from the number/)).toBeTruthy();
    expect(screen.getByTestId('hotline').getAttribute('href')).toBe('tel:+18002758777');
    expect(screen.queryByTestId('order-id')).toBeNull();
    expect((screen.getByLabelText('Look up a tracking number') as HTMLInputElement).value).toBe(USPS_NUMBER);
  });

  it('lists every number in the selected text', () => {
    renderApp({ query: 'USPS 9400 1112 0108 0805 4830 16 / UPS 1Z999AA10123456784', tabState: undefined });
    expect(screen.getAllByTestId('package-choice').map((c) => c.textContent)).toEqual([
      'Package 19400111201080805483016USPS',
      'Package 21Z999AA10123456784UPS',
    ]);
  });

  it('says when the text holds no tracking number', () => {
    renderApp({ query: 'see you tomorrow', tabState: undefined });
    expect(screen.getByTestId('lookup-nothing').textContent).toContain(
      'No tracking number found in “see you tomorrow”',
    );
  });

  it('says an order id pasted with its label is an order id, not a tracking number', () => {
    renderApp({ query: 'Order ID: 576461413038785752', tabState: undefined });
    expect(screen.getByTestId('lookup-nothing').textContent).toContain('That looks like a TikTok Shop order ID');
  });

  it('says to check a mistyped number for typos', () => {
    renderApp({ query: 'UPS 1Z999AA10123456785', tabState: undefined });
    expect(screen.getByTestId('lookup-nothing').textContent).toContain('Check the number for typos');
  });

  it('shows a carrier the text names for a number of unknown format, and says so', () => {
    renderApp({ query: 'LBC Express tracking no. 123456789012', tabState: undefined });
    expect(screen.getByTestId('carrier-name').textContent).toBe('LBC Express');
    expect(screen.getByText(/named in the text you looked up, not recognised from the number/)).toBeTruthy();
  });
});

describe('the case log', () => {
  it('logs a contact for a step under the order, shows it, exports it and deletes it after confirming', async () => {
    const { store } = renderApp();
    fireEvent.click(screen.getByTestId('problem-lost'));
    const step = screen.getAllByTestId('advice-step')[0]!;
    fireEvent.click(within(step).getByTestId('log-contact'));
    fireEvent.input(within(step).getByLabelText('Reference number'), { target: { value: 'CASE-42' } });
    fireEvent.submit(within(step).getByTestId('log-form'));

    const entry = await screen.findByTestId('case-log-entry');
    expect(entry.textContent).toContain('Reference number: CASE-42');
    const saved = store.value.cases['576461413138764']!;
    expect(saved.log).toHaveLength(1);
    expect(saved.log[0]).toMatchObject({ reference: 'CASE-42' });
    // Logging a contact means waiting for a reply.
    expect(saved.state).toBe('waiting');

    fireEvent.click(within(entry).getByRole('button', { name: /Delete entry/ }));
    fireEvent.click(screen.getByTestId('confirm-delete'));
    await waitFor(() => expect(screen.queryByTestId('case-log-entry')).toBeNull());
    expect(store.value.cases['576461413138764']!.log).toEqual([]);
  });

  it('shows entries already stored for the order, as the storage layer read them', () => {
    const stored = {
      cases: {
        '576461413138764': {
          key: '576461413138764',
          state: 'waiting',
          log: [
            { id: 'c1', at: '2026-11-20T14:05:00.000Z', channel: 'carrier-phone', party: 'carrier', reference: 'R-1' },
            { id: 'bad', at: 'yesterday', channel: 'fax', party: 'x' },
          ],
        },
      },
    };
    renderApp({ cases: readCaseBook(stored) });
    const entries = screen.getAllByTestId('case-log-entry');
    expect(entries).toHaveLength(1);
    expect(entries[0]!.textContent).toContain('20 Nov, 09:05 · Carrier phone call');
  });
});

describe('the popup while it stays open', () => {
  const FEDEX = '9611020987654312345672';
  const SMARTPOST = '9261292700768711948021'; // verifies as USPS IMpb and as FedEx SmartPost

  it('shows the hotline of a country changed in the options, without reopening', () => {
    const store = memoryStore();
    const data = popupData({ query: FEDEX, tabState: undefined, settings: { ...DEFAULT_SETTINGS, region: 'US' } });
    const { rerender } = render(<App data={data} caseStore={store} />);
    expect(screen.getByTestId('hotline').getAttribute('href')).toBe('tel:+18004633339');
    rerender(<App data={{ ...data, settings: { ...data.settings, region: 'MX' } }} caseStore={store} />);
    expect(screen.getByTestId('carrier-name').textContent).toBe('FedEx');
    expect(screen.getByTestId('hotline').getAttribute('href')).toBe('tel:+525552289904');
  });

  it('lets the carrier ranked first among the preferred win a number that fits several', () => {
    const store = memoryStore();
    const data = popupData({ query: SMARTPOST, tabState: undefined });
    const withRanking = (preferredCarriers: string[]) => ({
      ...data,
      settings: { ...DEFAULT_SETTINGS, preferredCarriers },
    });
    const { rerender } = render(<App data={withRanking(['usps', 'fedex'])} caseStore={store} />);
    expect(screen.getByTestId('carrier-name').textContent).toBe('USPS');
    rerender(<App data={withRanking(['fedex', 'usps'])} caseStore={store} />);
    expect(screen.getByTestId('carrier-name').textContent).toBe('FedEx');
  });

  it("shows the tab's newer detection and contacts logged in another window", () => {
    const store = memoryStore();
    const data = popupData({
      tabState: { detection: { ...DETECTION, packages: [], status: 'awaiting-shipment' }, at: 1 },
    });
    const { rerender } = render(<App data={data} caseStore={store} />);
    expect(screen.getByTestId('awaiting')).toBeTruthy();
    const cases = recordContact(
      emptyCaseBook(),
      { key: DETECTION.orderId! },
      { at: '2026-11-20T14:05:00.000Z', channel: 'carrier-phone', party: 'carrier' },
      '2026-11-20T14:05:00.000Z',
    );
    rerender(<App data={{ ...data, tabState: { detection: DETECTION, at: 2 }, cases }} caseStore={store} />);
    expect(screen.queryByTestId('awaiting')).toBeNull();
    expect(screen.getByTestId('tracking-number').textContent).toBe(USPS_NUMBER);
    expect(screen.getAllByTestId('case-log-entry')).toHaveLength(1);
  });

  it('keeps a lookup the user typed when the tab reports again', () => {
    const store = memoryStore();
    const data = popupData();
    const { rerender } = render(<App data={data} caseStore={store} />);
    fireEvent.input(screen.getByLabelText('Look up a tracking number'), { target: { value: FEDEX } });
    fireEvent.submit(screen.getByLabelText('Look up a tracking number').closest('form')!);
    expect(screen.getByTestId('carrier-name').textContent).toBe('FedEx');
    rerender(<App data={{ ...data, tabState: { detection: DETECTION, at: 2 } }} caseStore={store} />);
    expect(screen.getByTestId('carrier-name').textContent).toBe('FedEx');
  });

  it('opens the settings from its header, and says when reading order pages is off', () => {
    const onOpenOptions = vi.fn<() => void>();
    render(
      <App
        data={popupData({ tabState: undefined, settings: { ...DEFAULT_SETTINGS, detection: false } })}
        caseStore={memoryStore()}
        onOpenOptions={onOpenOptions}
      />,
    );
    expect(screen.getByTestId('detection-off').textContent).toContain('turned off');
    fireEvent.click(screen.getByRole('button', { name: 'Open Carrier Finder settings' }));
    expect(onOpenOptions).toHaveBeenCalledOnce();
  });
});
