// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CasesPage, type CasesPageProps } from '../../../entrypoints/cases/CasesPage';
import { emptyCaseBook } from '../../../lib/cases/cases';
import type { Case, CaseBook } from '../../../lib/cases/types';
import { aCase as aStoredCase } from '../../fixtures/cases';

afterEach(cleanup);

// 25 Nov 2026, 15:00 in New York.
const NOW = new Date('2026-11-25T20:00:00Z');

/** A case for an order whose id is its key. */
const aCase = (key: string, patch: Partial<Case> = {}): Case => aStoredCase(key, { orderId: key, ...patch });

const US_ORDER = '577318820461937205';
const GB_ORDER = '578004173920384716';
const VN_ORDER = '579912345678901234';

const BOOK: CaseBook = {
  cases: {
    [US_ORDER]: aCase(US_ORDER, {
      market: 'US',
      problem: 'not-received',
      trackingNumbers: ['1Z4F82W70312345676'],
      carrier: 'ups',
      dates: [
        { step: 'request-refund', kind: 'deadline', date: '2026-12-06', title: 'Request a refund' },
        { step: 'message-seller', kind: 'follow-up', date: '2026-11-23', title: 'Message the seller' },
      ],
      log: [{ id: 'a', at: '2026-11-20T14:05:00.000Z', channel: 'carrier-phone', party: 'carrier', reference: 'R-1' }],
    }),
    [GB_ORDER]: aCase(GB_ORDER, {
      market: 'GB',
      state: 'waiting',
      problem: 'lost',
      dates: [{ step: 'claim', kind: 'deadline', date: '2026-11-27', title: 'File the claim' }],
    }),
    [VN_ORDER]: aCase(VN_ORDER, { market: 'VN', state: 'resolved' }),
  },
};

/** The page over an in-memory store that hands every change back as new props, as main.tsx's storage watch does. */
function renderPage(book: CaseBook = BOOK, props: Partial<CasesPageProps> = {}) {
  const stored = { book };
  const onUpdate = vi.fn<CasesPageProps['onUpdate']>(async (change) => {
    stored.book = change(stored.book);
    paint();
    return stored.book;
  });
  const onDownload = vi.fn<CasesPageProps['onDownload']>();
  const element = () => (
    <CasesPage
      now={NOW}
      timeZone="America/New_York"
      onUpdate={onUpdate}
      onDownload={onDownload}
      {...props}
      book={stored.book}
    />
  );
  const view = render(element());
  function paint() {
    view.rerender(element());
  }
  return { stored, onUpdate, onDownload };
}

const shownKeys = () => screen.queryAllByTestId('case').map((el) => el.getAttribute('data-order-id'));
const caseElement = (orderId: string) => screen.getAllByTestId('case').find((el) => el.dataset.orderId === orderId)!;

describe('the cases page', () => {
  it('lists open and waiting cases by the next date, overdue first and marked, in plain words', () => {
    renderPage();
    expect(shownKeys()).toEqual([US_ORDER, GB_ORDER]);
    const us = within(caseElement(US_ORDER));
    expect(us.getByTestId('case-next').textContent).toBe('Message the seller: follow up on 23 Nov · 2 days agooverdue');
    expect(caseElement(US_ORDER).className).toContain('case-overdue');
    expect(within(caseElement(GB_ORDER)).getByTestId('case-next').textContent).toBe(
      'File the claim: by 27 Nov · in 2 days',
    );
    expect(screen.getByTestId('cases-count').textContent).toBe('2 cases shown, 3 in all.');
  });

  it('filters by state and market, and searches order ids and tracking numbers however they are typed', () => {
    renderPage();
    fireEvent.change(screen.getByTestId('cases-state'), { target: { value: 'resolved' } });
    expect(shownKeys()).toEqual([VN_ORDER]);
    fireEvent.change(screen.getByTestId('cases-state'), { target: { value: 'all' } });
    expect(shownKeys()).toEqual([US_ORDER, GB_ORDER, VN_ORDER]);
    const markets = [...(screen.getByTestId('cases-market') as HTMLSelectElement).options].map((o) => o.value);
    expect(markets).toEqual(['', 'GB', 'US', 'VN']);
    fireEvent.change(screen.getByTestId('cases-market'), { target: { value: 'GB' } });
    expect(shownKeys()).toEqual([GB_ORDER]);
    fireEvent.change(screen.getByTestId('cases-market'), { target: { value: '' } });
    fireEvent.input(screen.getByTestId('cases-search'), { target: { value: '1z4f 82w7' } });
    expect(shownKeys()).toEqual([US_ORDER]);
    fireEvent.input(screen.getByTestId('cases-search'), { target: { value: '5780-0417' } });
    expect(shownKeys()).toEqual([GB_ORDER]);
    fireEvent.input(screen.getByTestId('cases-search'), { target: { value: 'nothing like it' } });
    expect(shownKeys()).toEqual([]);
    expect(screen.getByText('No case matches these filters.')).toBeTruthy();
    expect(screen.getByTestId('cases-count').textContent).toBe('0 cases shown, 3 in all.');
  });

  it('resolves a case and reopens it', async () => {
    const { stored } = renderPage();
    fireEvent.click(within(caseElement(GB_ORDER)).getByTestId('resolve'));
    await waitFor(() => expect(stored.book.cases[GB_ORDER]!.state).toBe('resolved'));
    expect(shownKeys()).toEqual([US_ORDER]);
    fireEvent.change(screen.getByTestId('cases-state'), { target: { value: 'resolved' } });
    fireEvent.click(within(caseElement(GB_ORDER)).getByTestId('reopen'));
    await waitFor(() => expect(stored.book.cases[GB_ORDER]!.state).toBe('open'));
  });

  it('marks a case as waiting for a reply and back', async () => {
    const { stored } = renderPage();
    fireEvent.click(within(caseElement(US_ORDER)).getByTestId('toggle-waiting'));
    await waitFor(() => expect(stored.book.cases[US_ORDER]!.state).toBe('waiting'));
    fireEvent.click(within(caseElement(US_ORDER)).getByTestId('toggle-waiting'));
    await waitFor(() => expect(stored.book.cases[US_ORDER]!.state).toBe('open'));
  });

  it('deletes a case with an undo', async () => {
    const { stored } = renderPage();
    fireEvent.click(within(caseElement(US_ORDER)).getByTestId('delete-case'));
    await waitFor(() => expect(stored.book.cases[US_ORDER]).toBeUndefined());
    expect(screen.getByText(`Case Order ${US_ORDER} deleted.`)).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('undo-delete-case')));
    fireEvent.click(screen.getByTestId('undo-delete-case'));
    await waitFor(() => expect(stored.book.cases[US_ORDER]).toEqual(BOOK.cases[US_ORDER]));
    expect(shownKeys()).toEqual([US_ORDER, GB_ORDER]);
  });

  it('exports every case as CSV and as text', () => {
    const { onDownload } = renderPage();
    fireEvent.click(screen.getByTestId('export-csv'));
    const [csv, csvName, csvType] = onDownload.mock.lastCall!;
    expect(csvName).toBe('cases-2026-11-25.csv');
    expect(csvType).toBe('text/csv;charset=utf-8');
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(4);
    fireEvent.click(screen.getByTestId('export-text'));
    const [text, textName] = onDownload.mock.lastCall!;
    expect(textName).toBe('cases-2026-11-25.txt');
    expect(text.split('\n\n')[0]).toBe(
      [
        `Order ${US_ORDER} · Open`,
        'Market: United States',
        'Carrier: UPS',
        'Tracking numbers: 1Z4F82W70312345676',
        'Problem: Delivered, not received',
        'Next: Message the seller: follow up on 23 Nov · 2 days ago',
        '[ ] Request a refund: by 6 Dec',
        '[ ] Message the seller: follow up on 23 Nov',
        'Contacts:',
        '- 2026-11-20T14:05:00.000Z · Carrier phone call',
        '  Reference number: R-1',
      ].join('\n'),
    );
  });

  it('shows a case’s dates and contacts, marks a date done, and sets a reminder asking for notifications once', async () => {
    const askNotifications = vi.fn<() => Promise<boolean>>(async () => false);
    const { stored } = renderPage(BOOK, { askNotifications, notifications: false });
    fireEvent.click(within(caseElement(US_ORDER)).getByRole('button', { name: `Order ${US_ORDER}` }));
    const details = within(caseElement(US_ORDER)).getByRole('region');
    expect(details.textContent).toContain('20 Nov, 09:05 · Carrier phone call');
    fireEvent.click(within(details).getByLabelText('Done: Message the seller: follow up on 23 Nov'));
    await waitFor(() => expect(stored.book.cases[US_ORDER]!.dates[1]!.done).toBe(true));
    // The next date is now the refund deadline.
    expect(within(caseElement(US_ORDER)).getByTestId('case-next').textContent).toBe(
      'Request a refund: by 6 Dec · in 11 days',
    );
    fireEvent.click(within(caseElement(US_ORDER)).getByTestId('remind-me'));
    expect(askNotifications).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(stored.book.cases[US_ORDER]!.dates[0]!.reminder).toEqual({ daysBefore: 2 }));
    expect(stored.book.notificationsAsked).toBe(true);
    const reminder = within(caseElement(US_ORDER)).getByTestId('reminder');
    expect(within(reminder).getByTestId('reminder-when').textContent).toBe('Reminder on 4 Dec at 09:00 · in 9 days');
    expect(within(reminder).getByTestId('reminder-fallback')).toBeTruthy();
  });

  it('opens with the case a notification points at, expanded and focused, even when resolved', () => {
    renderPage(BOOK, { focusKey: VN_ORDER });
    expect(shownKeys()).toEqual([US_ORDER, GB_ORDER, VN_ORDER]);
    const toggle = within(caseElement(VN_ORDER)).getByRole('button', { name: `Order ${VN_ORDER}` });
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement).toBe(toggle);
  });

  it('says how to start when there is no case yet', () => {
    renderPage(emptyCaseBook());
    expect(screen.getByTestId('cases-empty').textContent).toContain('pick what’s wrong');
    expect(screen.queryByTestId('cases-search')).toBeNull();
  });

  it('shows cases saved by a newer version without letting them be changed', () => {
    renderPage(BOOK, { newer: true });
    expect(screen.getByTestId('cases-newer').textContent).toContain('newer version');
    expect((within(caseElement(US_ORDER)).getByTestId('resolve') as HTMLButtonElement).disabled).toBe(true);
    expect((within(caseElement(US_ORDER)).getByTestId('delete-case') as HTMLButtonElement).disabled).toBe(true);
  });

  it('lists 500 cases from one read, each with its order id, the overdue ones first', () => {
    const cases: Record<string, Case> = {};
    for (let n = 0; n < 500; n += 1) {
      const key = `5770000000000${String(n).padStart(5, '0')}`;
      // Case n's date is n days after 1 Nov: the first 24 are overdue on 25 Nov.
      const day = new Date(Date.UTC(2026, 10, 1 + n)).toISOString().slice(0, 10);
      cases[key] = aCase(key, {
        market: n % 2 ? 'US' : 'GB',
        dates: [{ step: 'claim', kind: 'deadline', date: day, title: 'File the claim' }],
      });
    }
    const { onUpdate } = renderPage({ cases });
    const rows = screen.getAllByTestId('case');
    expect(rows).toHaveLength(500);
    expect(rows[0]!.dataset.orderId).toBe('577000000000000000');
    expect(rows[499]!.dataset.orderId).toBe('577000000000000499');
    expect(screen.getAllByText('overdue')).toHaveLength(24);
    // Showing them changes nothing in storage.
    expect(onUpdate).not.toHaveBeenCalled();
    fireEvent.input(screen.getByTestId('cases-search'), { target: { value: '577000000000000321' } });
    expect(shownKeys()).toEqual(['577000000000000321']);
  });
});
