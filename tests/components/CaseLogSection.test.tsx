// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CaseLogSection, type CaseLogRow } from '../../components/CaseLogSection';

afterEach(cleanup);

const ROWS: CaseLogRow[] = [
  {
    id: 'a',
    when: '26 Nov, 14:05',
    channel: 'Carrier phone call',
    reference: 'CASE-42',
    note: 'Call USPS: <b>agent</b> said 5 days\nCall back Monday',
  },
  { id: 'b', when: '27 Nov, 09:00', channel: 'TikTok Shop chat' },
];

function renderLog(onDelete = vi.fn<(id: string) => Promise<boolean>>(async () => true)) {
  render(
    <CaseLogSection
      rows={ROWS}
      text={'Order 1\n- ...'}
      csv={'order_id,at\r\n1,x\r\n'}
      fileName="case-log-1.csv"
      onDelete={onDelete}
    />,
  );
  return onDelete;
}

const deleteFirst = () => screen.getByRole('button', { name: 'Delete entry from 26 Nov, 14:05' });

describe('CaseLogSection', () => {
  it('lists the logged contacts with reference and note, as text', () => {
    renderLog();
    const entries = screen.getAllByTestId('case-log-entry');
    expect(entries).toHaveLength(2);
    expect(entries[0]!.textContent).toContain('26 Nov, 14:05 · Carrier phone call');
    expect(entries[0]!.textContent).toContain('Reference number: CASE-42');
    expect(entries[0]!.querySelector('b')).toBeNull();
    expect(entries[0]!.querySelector('.log-note')!.textContent).toBe(
      'Call USPS: <b>agent</b> said 5 days\nCall back Monday',
    );
  });

  it('keeps keyboard focus in place when a delete is cancelled or confirmed', async () => {
    // Queried afresh each time: the button is replaced while the confirmation shows.
    renderLog();
    fireEvent.click(deleteFirst());
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(document.activeElement).toBe(deleteFirst()));
    fireEvent.click(screen.getByRole('button', { name: 'Delete entry from 27 Nov, 09:00' }));
    fireEvent.click(screen.getByTestId('confirm-delete'));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Case log' })));
  });

  it('asks before deleting, and deletes only on confirm', async () => {
    const onDelete = renderLog();
    fireEvent.click(screen.getByRole('button', { name: 'Delete entry from 26 Nov, 14:05' }));
    expect(screen.getByText('Delete this entry? This cannot be undone.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onDelete).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Delete entry from 26 Nov, 14:05' }));
    fireEvent.click(screen.getByTestId('confirm-delete'));
    await waitFor(() => expect(onDelete).toHaveBeenCalledWith('a'));
  });

  it('downloads the CSV through a Blob URL and copies the text', async () => {
    renderLog();
    const createObjectURL = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:test');
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    fireEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
    const blob = createObjectURL.mock.calls[0]![0] as Blob;
    expect(blob.type).toBe('text/csv;charset=utf-8');
    expect(await blob.text()).toBe('order_id,at\r\n1,x\r\n');
    expect(click).toHaveBeenCalled();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    fireEvent.click(screen.getByRole('button', { name: 'Copy as text' }));
    expect(writeText).toHaveBeenCalledWith('Order 1\n- ...');
  });

  it('is one collapsed line until something is logged, and explains itself when opened', () => {
    render(<CaseLogSection rows={[]} text="" csv="" fileName="x.csv" onDelete={async () => true} />);
    const toggle = screen.getByRole('button', { name: 'Case log: nothing logged yet' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByText(/No contacts logged yet/)).toBeNull();
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByText(/No contacts logged yet/)).toBeTruthy();
    expect(screen.getByText('Kept only in this browser. Never synced or sent anywhere.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Download CSV' })).toBeNull();
  });

  it('opens by itself once a contact is logged', () => {
    renderLog();
    expect(screen.queryByRole('button', { name: 'Case log: nothing logged yet' })).toBeNull();
    expect(screen.getByRole('heading', { name: 'Case log' })).toBeTruthy();
  });
});
