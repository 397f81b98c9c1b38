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
import { largeOrderListPackages } from '../../fixtures/large-page';

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
    fireEvent.click(within(screen.getByTestId('advice-unknowns')).getByRole('button', { name: /^Good to know/ }));
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
  it('on a page that is not an order page: what to do next, TikTok Shop’s help, and the lookup box, which works', () => {
    renderApp({ tabState: undefined });
    expect(screen.getByTestId('not-order').querySelector('h2')!.textContent).toBe(
      'This page is not a TikTok Shop order page.',
    );
    expect(screen.getByTestId('next-step').textContent).toBe(
      'Open the order on TikTok Shop (Profile › Your orders › the order), then click Carrier Finder again.',
    );
    expect(screen.getByTestId('tiktok-card')).toBeTruthy();
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
      '9400111201080805483016USPS',
      '1Z999AA10123456784UPS',
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

/** Opens the popup on `detection`, on the tab it was read from. */
function open(detection: OrderDetection) {
  return renderApp({ tab: { id: 7, url: detection.url }, tabState: { detection, at: 1 } });
}

/** The popup's text minus what sits in closed disclosures (they render nothing until opened). */
function provenanceLines(container: Element): number {
  return (container.textContent ?? '').match(/checked \d{1,2} [A-Z][a-z]{2}/g)?.length ?? 0;
}

describe('answer first: the steps for what the page says is wrong', () => {
  const BUYER_OVERDUE: OrderDetection = {
    url: 'https://www.tiktok.com/shop/order_detail?main_order_id=577402958163720194',
    page: 'order-detail',
    packages: [{ trackingNumber: '9400111899223344556677', carrier: 'usps', carrierSource: 'page', checksum: true }],
    orderId: '577402958163720194',
    role: 'buyer',
    region: 'US',
    status: 'in-transit',
    dates: { ordered: '2026-11-12', estimatedDelivery: '2026-11-18' },
  };

  it('opens an overdue order on the steps for a late parcel, with the reason and the way to pick another', () => {
    open(BUYER_OVERDUE);
    expect(screen.getByTestId('problem-delayed').getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByTestId('problem-signal').textContent).toBe(
      'From the page: its estimated delivery, 18 Nov, has passed. Not it? Pick another above.',
    );
    const titles = screen.getAllByTestId('advice-step').map((step) => step.querySelector('h4')!.textContent);
    expect(titles.slice(0, 2)).toEqual(["Check the tracking on the carrier's own site", 'Message the seller']);
  });

  it('opens a buyer’s "Delivered" order on "delivered, not received"', () => {
    open({ ...BUYER_OVERDUE, status: 'delivered', dates: { delivered: '2026-11-20' } });
    expect(screen.getByTestId('problem-not-received').getAttribute('aria-pressed')).toBe('true');
    expect(screen.getAllByTestId('advice-step')[0]!.querySelector('h4')!.textContent).toBe(
      'Check the address and around the delivery place',
    );
  });

  it('opens a parcel with no scan for 10 days or more on "lost"', () => {
    open({ ...DETECTION, dates: { shipped: '2026-11-10', lastUpdate: '2026-11-12' } });
    expect(screen.getByTestId('problem-lost').getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByTestId('problem-signal').textContent).toContain('no tracking update since 12 Nov (14 days)');
  });

  it('with no sign on the page, shows the two common problems side by side and no steps yet', () => {
    renderApp();
    expect(screen.queryAllByTestId('advice-step')).toHaveLength(0);
    expect(screen.getAllByTestId('common-problem').map((p) => p.querySelector('h3')!.textContent)).toEqual([
      'Late / no updates',
      'Lost',
    ]);
  });

  it('shows no source line on open: every source and date is behind an info button', () => {
    const { container } = open(BUYER_OVERDUE);
    expect(provenanceLines(container)).toBe(0);
    const infos = screen.getAllByRole('button', { name: /^Source and date: / });
    expect(infos.length).toBeGreaterThan(3);
    fireEvent.click(infos[0]!);
    expect(provenanceLines(container)).toBe(1);
  });

  it('never tells a seller to ask the seller, in the carrier notes, the TikTok card or any advice', () => {
    const crossBorder: OrderDetection = {
      url: 'https://seller.tiktokglobalshop.com/order/detail?order_no=580995230418675291&shop_region=GB',
      page: 'order-detail',
      packages: [
        { trackingNumber: 'YT2633114400917326', carrier: 'yunexpress', carrierSource: 'page' },
        { trackingNumber: 'LP00638174502917', carrier: 'cainiao', carrierSource: 'page' },
        { trackingNumber: '2451806382014625', carrier: 'evri', carrierSource: 'page' },
      ],
      orderId: '580995230418675291',
      role: 'seller',
      region: 'GB',
      status: 'in-transit',
      dates: {},
    };
    const { container } = open(crossBorder);
    const askTheSeller = /\b(ask|message|contact|write to) the seller\b/i;
    for (const choice of screen.getAllByTestId('package-choice')) {
      fireEvent.click(choice);
      for (const problem of ['delayed', 'lost', 'not-received', 'wrong-address', 'customs', 'damaged', 'returned']) {
        fireEvent.click(screen.getByTestId(`problem-${problem}`));
        expect(container.textContent).not.toMatch(askTheSeller);
      }
    }
    // The same page read by a buyer does say it: the check above can fail.
    cleanup();
    const buyer = open({ ...crossBorder, role: 'buyer' });
    fireEvent.click(screen.getByTestId('problem-delayed'));
    expect(buyer.container.textContent).toMatch(askTheSeller);
  });
});

describe('an order list of 126 parcels', () => {
  const LIST: OrderDetection = {
    url: 'https://seller-us.tiktok.com/order?tab=all&shop_region=US',
    page: 'order-list',
    packages: largeOrderListPackages().map((pkg) => ({ ...pkg, carrierSource: 'page' as const, checksum: true })),
    role: 'seller',
    region: 'US',
    dates: {},
  };

  it('pins the selected parcel’s answer above a grouped, filterable list, and follows a pick', () => {
    const { container } = renderApp({ tab: { id: 7, url: LIST.url }, tabState: { detection: LIST, at: 1 } });
    const answer = screen.getByTestId('tracking-number');
    const list = screen.getByTestId('package-list');
    expect(answer.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getByTestId('hotline').compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(answer.textContent).toBe(LIST.packages[0]!.trackingNumber);
    expect(screen.getByTestId('order-id').textContent).toBe(LIST.packages[0]!.orderId);
    expect(screen.getAllByTestId('package-group')).toHaveLength(2);

    const target = LIST.packages.find((pkg) => pkg.carrier === 'ups' && pkg.status === 'delivered')!;
    fireEvent.input(screen.getByTestId('package-filter'), { target: { value: target.orderId } });
    fireEvent.click(screen.getByTestId('package-choice'));
    expect(screen.getByTestId('tracking-number').textContent).toBe(target.trackingNumber);
    expect(screen.getByTestId('carrier-name').textContent).toBe('UPS');
    expect(screen.getByTestId('order-id').textContent).toBe(target.orderId);
    expect(provenanceLines(container)).toBe(0);
  });
});

describe('pages without an answer', () => {
  it('on a buyer’s order list: open the order and click again, the buyer’s help route, and the lookup', () => {
    const list: OrderDetection = {
      url: 'https://www.tiktok.com/shop/order_list',
      page: 'order-list',
      packages: [],
      role: 'buyer',
      region: 'US',
      dates: {},
    };
    renderApp({ tab: { id: 7, url: list.url }, tabState: { detection: list, at: 1 } });
    expect(screen.getByTestId('list-no-numbers').textContent).toContain(
      'Open the order you need, then click Carrier Finder again',
    );
    expect(screen.queryByTestId('not-order')).toBeNull();
    expect(within(screen.getByTestId('tiktok-card')).getByText('In the TikTok app')).toBeTruthy();
    expect(screen.getByLabelText('Look up a tracking number')).toBeTruthy();
  });
});

describe('the first-run welcome', () => {
  it('shows until dismissed, saves the country chosen in it, and stores the dismissal', () => {
    const dismissWelcome = vi.fn<() => Promise<void>>(async () => {});
    const chooseCountry = vi.fn<(region: string | undefined) => Promise<void>>(async () => {});
    render(
      <App
        data={popupData({ tabState: undefined, welcomeDismissed: false, localeRegion: 'US' })}
        caseStore={memoryStore()}
        actions={{ dismissWelcome, chooseCountry }}
      />,
    );
    expect(screen.getByTestId('welcome')).toBeTruthy();
    // On a page with no answer, the welcome is the one screen: no second "open an order" card under it.
    expect(screen.queryByTestId('not-order')).toBeNull();
    fireEvent.change(screen.getByTestId('welcome-region'), { target: { value: 'GB' } });
    expect(chooseCountry).toHaveBeenCalledWith('GB');
    fireEvent.click(screen.getByTestId('welcome-dismiss'));
    expect(dismissWelcome).toHaveBeenCalledOnce();
    expect(screen.queryByTestId('welcome')).toBeNull();
    expect(screen.getByTestId('not-order')).toBeTruthy();
  });

  it('stays away once dismissed, and when storage cannot be read (nothing could keep the dismissal)', () => {
    renderApp({ welcomeDismissed: true });
    expect(screen.queryByTestId('welcome')).toBeNull();
    cleanup();
    renderApp({ welcomeDismissed: false, storageOk: false, tabState: undefined });
    expect(screen.queryByTestId('welcome')).toBeNull();
  });

  it('leaves the case log one collapsed line until a contact is logged', () => {
    renderApp();
    expect(screen.getByRole('button', { name: 'Case log: nothing logged yet' }).getAttribute('aria-expanded')).toBe(
      'false',
    );
  });
});

describe('the carrier picked for a number that fits several', () => {
  const SMARTPOST = '9261292700768711948021'; // verifies as USPS IMpb and as FedEx SmartPost
  const EMS: OrderDetection = {
    ...DETECTION,
    packages: [
      { trackingNumber: 'EE123456785CN', carrier: 'china-ems', alternatives: ['china-post'], carrierSource: 'number' },
    ],
  };

  it('is remembered for the order’s parcel, and forgotten when the first-offered carrier is picked back', () => {
    const rememberCarrier = vi.fn<(key: string, carrier: string | undefined) => Promise<void>>(async () => {});
    render(
      <App
        data={popupData({ tabState: { detection: EMS, at: 1 } })}
        caseStore={memoryStore()}
        actions={{ rememberCarrier }}
      />,
    );
    fireEvent.click(screen.getByTestId('alternative-china-post'));
    expect(rememberCarrier).toHaveBeenLastCalledWith('576461413138764|EE123456785CN', 'china-post');
    expect(screen.getByTestId('carrier-basis').textContent).toMatch(/^your choice for this parcel/);
    fireEvent.click(screen.getByTestId('alternative-china-ems'));
    expect(rememberCarrier).toHaveBeenLastCalledWith('576461413138764|EE123456785CN', undefined);
    expect(screen.getByTestId('carrier-name').textContent).toMatch(/^China EMS/);
  });

  it('is shown again the next time the popup shows the parcel, and can be changed back', () => {
    const carrierPicks = { picks: { '576461413138764|EE123456785CN': { carrier: 'china-post', at: 1 } } };
    renderApp({ tabState: { detection: EMS, at: 1 }, carrierPicks });
    expect(screen.getByTestId('carrier-name').textContent).toBe('China Post');
    expect(screen.getByRole('heading', { name: 'Contact China Post' })).toBeTruthy();
    fireEvent.click(screen.getByTestId('alternative-china-ems'));
    expect(screen.getByTestId('carrier-name').textContent).toMatch(/^China EMS/);
  });

  it('in a lookup, is kept under the number alone', () => {
    const carrierPicks = { picks: { [SMARTPOST]: { carrier: 'fedex', at: 1 } } };
    renderApp({ query: SMARTPOST, tab: undefined, tabState: undefined, carrierPicks });
    expect(screen.getByTestId('carrier-name').textContent).toBe('FedEx');
  });

  it('is ignored for another order, and when the number does not fit the remembered carrier', () => {
    renderApp({
      tabState: { detection: EMS, at: 1 },
      carrierPicks: {
        picks: {
          EE123456785CN: { carrier: 'china-post', at: 1 },
          '576461413138764|EE123456785CN': { carrier: 'ups', at: 2 },
        },
      },
    });
    expect(screen.getByTestId('carrier-name').textContent).toMatch(/^China EMS/);
  });
});
