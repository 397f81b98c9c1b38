// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OptionsForm, type OptionsFormProps } from '../../../entrypoints/options/OptionsForm';
import { emptyCaseBook, recordContact } from '../../../lib/cases/cases';
import type { CaseBook } from '../../../lib/cases/types';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings';
import { NewerVersionError } from '../../../lib/storage';

afterEach(cleanup);

/**
 * The options page over an in-memory store that behaves like the extension's: a save or a change of the cases is
 * stored and comes back to the page as new props, as the storage watch in main.tsx does.
 */
function renderOptions(overrides: Partial<OptionsFormProps> = {}) {
  const stored = { settings: overrides.settings ?? DEFAULT_SETTINGS, cases: overrides.cases ?? emptyCaseBook() };
  const onSave = vi.fn<(settings: Settings) => Promise<void>>(async (settings) => {
    stored.settings = settings;
    paint();
  });
  const onUpdateCases = vi.fn<(change: (book: CaseBook) => CaseBook) => Promise<CaseBook>>(async (change) => {
    stored.cases = change(stored.cases);
    paint();
    return stored.cases;
  });
  const onDownload = vi.fn<(content: string, fileName: string, type: string) => void>();
  const element = () => (
    <OptionsForm
      onSave={onSave}
      onUpdateCases={onUpdateCases}
      onDownload={onDownload}
      {...overrides}
      settings={stored.settings}
      cases={stored.cases}
    />
  );
  const view = render(element());
  function paint() {
    view.rerender(element());
  }
  /** Another window changed storage: the page gets new props. */
  const storedElsewhere = (patch: Partial<typeof stored>) => {
    Object.assign(stored, patch);
    paint();
  };
  return { stored, onSave, onUpdateCases, onDownload, storedElsewhere };
}

const status = () => screen.getByTestId('save-status').textContent;
const select = (testId: string) => screen.getByTestId(testId) as HTMLSelectElement;

/** `orders` cases, order o last worked on 1 + o November, with `entriesEach` logged contacts each. */
function casesOf(orders: number, entriesEach: number): CaseBook {
  let book = emptyCaseBook();
  for (let o = 0; o < orders; o += 1) {
    for (let e = 0; e < entriesEach; e += 1) {
      const at = `2026-11-${String(o + 1).padStart(2, '0')}T10:${String(e).padStart(2, '0')}:00.000Z`;
      const orderId = `57700000000000000${o}`;
      book = recordContact(book, { key: orderId, orderId }, { at, channel: 'carrier-phone', party: 'carrier' }, at);
    }
  }
  return book;
}

describe('the language', () => {
  it('offers "Automatic", naming the language the browser gives, then the 13 languages in their own names', () => {
    renderOptions({ browserLocale: 'de' });
    const options = [...select('language').options];
    expect(options[0]?.value).toBe('');
    expect(options[0]?.textContent).toBe('Automatic — Deutsch');
    expect(options.slice(1).map((option) => option.textContent)).toEqual([
      'English',
      'Español',
      'Português (Brasil)',
      'Deutsch',
      'Français',
      'Italiano',
      'Bahasa Indonesia',
      'Bahasa Melayu',
      'ไทย',
      'Tiếng Việt',
      '日本語',
      'Filipino',
      '简体中文',
    ]);
    // Each name is marked with its own language, so a screen reader says it right.
    expect(options.find((option) => option.value === 'th')?.lang).toBe('th');
    expect(select('language').value).toBe('');
  });

  it('saves the language chosen, and "Automatic" removes it so the browser decides again', async () => {
    const { onSave, stored } = renderOptions({ settings: { ...DEFAULT_SETTINGS, region: 'US' } });
    fireEvent.change(select('language'), { target: { value: 'th' } });
    await waitFor(() => expect(stored.settings.language).toBe('th'));
    expect(onSave).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, region: 'US', language: 'th' });
    expect(select('language').value).toBe('th');

    fireEvent.change(select('language'), { target: { value: '' } });
    await waitFor(() => expect('language' in stored.settings).toBe(false));
    expect(stored.settings).toEqual({ ...DEFAULT_SETTINGS, region: 'US' });
  });
});

describe('the country', () => {
  it('offers every TikTok Shop market by ISO code, "Not set" when the browser names none, and saves the choice', async () => {
    const { onSave } = renderOptions();
    const codes = [...select('region').options].map((option) => option.value);
    expect(codes).toEqual([
      '',
      'US',
      'GB',
      'IE',
      'ES',
      'DE',
      'FR',
      'IT',
      'MX',
      'BR',
      'JP',
      'ID',
      'MY',
      'TH',
      'VN',
      'PH',
      'SG',
    ]);
    expect(select('region').value).toBe('');
    fireEvent.change(select('region'), { target: { value: 'GB' } });
    expect(onSave).toHaveBeenLastCalledWith(expect.objectContaining({ region: 'GB' }));
    await waitFor(() => expect(status()).toBe('Saved.'));
  });

  it("starts from the browser's country and says so, until the user chooses another", async () => {
    const { onSave } = renderOptions({ browserCountry: 'TH' });
    expect(select('region').value).toBe('TH');
    expect([...select('region').options].map((o) => o.value)).not.toContain('');
    expect(screen.getByTestId('region-source').textContent).toBe('From your browser: Thailand');
    expect(select('region').getAttribute('aria-describedby')).toContain('region-source');

    fireEvent.change(select('region'), { target: { value: 'MX' } });
    await waitFor(() => expect(select('region').value).toBe('MX'));
    expect(screen.queryByTestId('region-source')).toBeNull();

    fireEvent.click(screen.getByTestId('region-follow-browser'));
    await waitFor(() => expect(screen.getByTestId('region-source')).toBeTruthy());
    expect(onSave.mock.lastCall?.[0]).not.toHaveProperty('region');
    expect(select('region').value).toBe('TH');
  });

  it('shows a change made in another window without reloading', () => {
    const { storedElsewhere } = renderOptions({ browserCountry: 'US' });
    storedElsewhere({ settings: { ...DEFAULT_SETTINGS, region: 'MX', role: 'seller' } });
    expect(select('region').value).toBe('MX');
    expect((screen.getByTestId('role-seller') as HTMLInputElement).checked).toBe(true);
  });
});

describe('preferred carriers', () => {
  it("lists the country's carriers first, with their local names, and the others behind a search", () => {
    renderOptions({ browserCountry: 'TH' });
    const inCountry = screen.getByTestId('carriers-in-country');
    expect(within(inCountry).getByText('ไปรษณีย์ไทย').getAttribute('lang')).toBe('th');
    expect(within(inCountry).queryByTestId('preferred-thailand-post')).not.toBeNull();
    expect(within(inCountry).queryByTestId('preferred-evri')).toBeNull();
    expect(screen.queryByTestId('carrier-results')).toBeNull();

    fireEvent.input(screen.getByLabelText('Find another carrier'), { target: { value: 'hermes' } });
    const results = screen.getByTestId('carrier-results');
    expect(within(results).queryByTestId('preferred-evri')).not.toBeNull();
    fireEvent.input(screen.getByLabelText('Find another carrier'), { target: { value: 'zzzz' } });
    expect(screen.getByText('No carrier called “zzzz”.')).toBeTruthy();
  });

  it('adds checked carriers in order, ranks them with Up and Down, and says what happened', async () => {
    const { onSave } = renderOptions({ browserCountry: 'GB' });
    fireEvent.click(screen.getByTestId('preferred-evri'));
    await waitFor(() => expect(status()).toBe('Evri added as number 1.'));
    fireEvent.input(screen.getByLabelText('Find another carrier'), { target: { value: 'usps' } });
    fireEvent.click(screen.getByTestId('preferred-usps'));
    await waitFor(() =>
      expect(onSave).toHaveBeenLastCalledWith(expect.objectContaining({ preferredCarriers: ['evri', 'usps'] })),
    );

    const up = screen.getByRole('button', { name: 'Move USPS up' });
    up.focus();
    fireEvent.click(up);
    await waitFor(() => expect(status()).toBe('USPS is now number 1 of 2.'));
    expect(onSave).toHaveBeenLastCalledWith(expect.objectContaining({ preferredCarriers: ['usps', 'evri'] }));
    expect(
      within(screen.getByTestId('ranking'))
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([expect.stringContaining('USPS'), expect.stringContaining('Evri')]);
    // USPS is first now: its Up button is disabled, so focus moved to its Down button, not to the page's top.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Move USPS down' }));

    fireEvent.click(screen.getByRole('button', { name: 'Remove USPS' }));
    await waitFor(() => expect(status()).toBe('USPS removed from your preferred carriers.'));
    expect(onSave).toHaveBeenLastCalledWith(expect.objectContaining({ preferredCarriers: ['evri'] }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Remove Evri' }));
  });

  it('shows the ranking a stored list holds, skipping ids the directory does not know', () => {
    renderOptions({ settings: { ...DEFAULT_SETTINGS, preferredCarriers: ['fedex', 'gone-carrier', 'ups'] } });
    const items = within(screen.getByTestId('ranking')).getAllByRole('listitem');
    expect(items.map((li) => li.getAttribute('data-testid'))).toEqual(['rank-fedex', 'rank-ups']);
  });
});

describe('role, detection and badge', () => {
  it('switches role, detection and the badge, and resets to defaults', async () => {
    const { onSave } = renderOptions({ settings: { ...DEFAULT_SETTINGS, region: 'US' } });
    fireEvent.click(screen.getByTestId('role-seller'));
    expect(onSave).toHaveBeenLastCalledWith(expect.objectContaining({ role: 'seller' }));
    fireEvent.click(screen.getByTestId('badge'));
    await waitFor(() => expect(onSave).toHaveBeenLastCalledWith(expect.objectContaining({ badge: false })));
    fireEvent.click(screen.getByTestId('detection'));
    await waitFor(() => expect(onSave).toHaveBeenLastCalledWith(expect.objectContaining({ detection: false })));
    // The badge shows what detection finds: without detection there is nothing to switch.
    expect((screen.getByTestId('badge') as HTMLInputElement).disabled).toBe(true);
    fireEvent.click(screen.getByTestId('reset'));
    expect(onSave).toHaveBeenLastCalledWith(DEFAULT_SETTINGS);
  });

  it('says when storage failed to read or to save, instead of failing silently', async () => {
    render(
      <OptionsForm
        settings={DEFAULT_SETTINGS}
        cases={emptyCaseBook()}
        storageError="storage unavailable"
        onSave={async () => {
          throw new Error('QUOTA_BYTES exceeded');
        }}
        onUpdateCases={async () => emptyCaseBook()}
        onDownload={() => {}}
      />,
    );
    expect(screen.getByRole('alert').textContent).toContain('storage unavailable');
    fireEvent.click(screen.getByTestId('role-buyer'));
    await waitFor(() => expect(status()).toContain('QUOTA_BYTES exceeded'));
    // The control goes back to what is stored.
    expect((screen.getByTestId('role-auto') as HTMLInputElement).checked).toBe(true);
  });

  it('shows settings saved by a newer version without letting them be changed', () => {
    renderOptions({ settings: { ...DEFAULT_SETTINGS, region: 'JP' }, settingsNewer: true });
    expect(screen.getByTestId('settings-newer').textContent).toContain('newer version');
    expect(select('region').value).toBe('JP');
    // Every settings control sits in one disabled fieldset.
    expect(screen.getByTestId('role-buyer').closest('fieldset[disabled]')).not.toBeNull();
    expect(screen.getByTestId('carrier-search').closest('fieldset[disabled]')).not.toBeNull();
    expect((screen.getByTestId('reset') as HTMLButtonElement).disabled).toBe(true);
  });

  it('says so when a save is refused because a newer version owns the settings', async () => {
    render(
      <OptionsForm
        settings={DEFAULT_SETTINGS}
        cases={emptyCaseBook()}
        onSave={async () => {
          throw new NewerVersionError('local:settings', 3);
        }}
        onUpdateCases={async () => emptyCaseBook()}
        onDownload={() => {}}
      />,
    );
    fireEvent.click(screen.getByTestId('role-buyer'));
    await waitFor(() => expect(status()).toBe('Not saved: a newer version of Carrier Finder saved these settings.'));
  });
});

describe('the case controls', () => {
  it('links to the cases page, and exports every case as CSV and as text', () => {
    const { onDownload } = renderOptions({ cases: casesOf(2, 1) });
    expect(screen.getByTestId('case-log-size').textContent).toBe('Cases: 2. Contacts: 2.');
    expect(screen.getByTestId('open-cases').getAttribute('href')).toBe('/cases.html');
    fireEvent.click(screen.getByTestId('export-csv'));
    const [csv, csvName, csvType] = onDownload.mock.lastCall!;
    expect(csv.split('\r\n')[0]).toBe(
      'case,order_id,tracking_numbers,market,role,carrier,problem,state,next_date,next_date_kind,next_step,contact_at,channel,party,reference,note',
    );
    expect(csv).toContain('577000000000000001');
    expect(csvName).toMatch(/^cases-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(csvType).toBe('text/csv;charset=utf-8');
    fireEvent.click(screen.getByTestId('export-text'));
    const [text, textName] = onDownload.mock.lastCall!;
    expect(text).toContain('Order 577000000000000000');
    expect(textName).toMatch(/\.txt$/);
  });

  it('deletes everything only after confirming, and undoes the delete', async () => {
    const cases = casesOf(2, 2);
    const { stored } = renderOptions({ cases });
    fireEvent.click(screen.getByTestId('delete-all'));
    expect(document.activeElement).toBe(screen.getByTestId('confirm-delete-all'));
    expect(
      screen.getByRole('group', {
        name: /Delete every case and its contacts and reminders\? Cases: 2\. Contacts: 4\./,
      }),
    ).toBeTruthy();
    // Escape cancels and gives focus back to the button that asked.
    fireEvent.keyDown(screen.getByTestId('confirm-delete-all'), { key: 'Escape' });
    expect(stored.cases).toBe(cases);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('delete-all')));

    fireEvent.click(screen.getByTestId('delete-all'));
    fireEvent.click(screen.getByTestId('confirm-delete-all'));
    await waitFor(() => expect(stored.cases).toEqual(emptyCaseBook()));
    expect(status()).toBe('All cases deleted. Cases: 2. Contacts: 4.');
    expect(screen.getByTestId('case-log-size').textContent).toBe('No cases yet.');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('undo-delete')));

    fireEvent.click(screen.getByTestId('undo-delete'));
    await waitFor(() => expect(stored.cases).toEqual(cases));
    expect(status()).toBe('Restored.');
    expect(screen.queryByTestId('undo-delete')).toBeNull();
  });

  it('keeps only as much as the chosen limits, and undoing puts both the limit and the entries back', async () => {
    const cases = casesOf(3, 30);
    const { stored } = renderOptions({ cases });
    expect([...select('limit-entries').options].map((o) => o.value)).toEqual(['20', '50', '100', '200']);
    fireEvent.change(select('limit-entries'), { target: { value: '20' } });
    await waitFor(() => expect(status()).toBe('Removed to fit the new limit. Cases: 3. Contacts: 30.'));
    expect(stored.settings.caseLogLimits).toEqual({ orders: 500, entriesPerOrder: 20 });
    expect(Object.values(stored.cases.cases).map((c) => c.log.length)).toEqual([20, 20, 20]);

    fireEvent.click(screen.getByTestId('undo-delete'));
    await waitFor(() => expect(stored.cases).toEqual(cases));
    expect(stored.settings.caseLogLimits).toEqual({ orders: 500, entriesPerOrder: 200 });
    expect(select('limit-entries').value).toBe('200');
  });

  it('keeps the fewest cases asked for: resolved ones go first, then those untouched longest', async () => {
    // 52 cases, case n last worked on n hours after 1 Nov; case 40 (recent) is resolved.
    let cases = emptyCaseBook();
    for (let n = 0; n < 52; n += 1) {
      const at = new Date(Date.UTC(2026, 10, 1, n)).toISOString();
      cases = recordContact(cases, { key: `case-${n}` }, { at, channel: 'other', party: 'self' }, at);
    }
    cases.cases['case-40'] = { ...cases.cases['case-40']!, state: 'resolved' };
    const { stored } = renderOptions({ cases });
    fireEvent.change(select('limit-orders'), { target: { value: '50' } });
    await waitFor(() => expect(status()).toBe('Removed to fit the new limit. Cases: 2. Contacts: 2.'));
    expect(Object.keys(stored.cases.cases)).toHaveLength(50);
    expect(stored.cases.cases['case-40']).toBeUndefined();
    expect(stored.cases.cases['case-0']).toBeUndefined();
    expect(stored.cases.cases['case-1']).toBeDefined();
  });

  it('follows contacts logged in a popup while the page is open', () => {
    const { storedElsewhere } = renderOptions();
    expect(screen.getByTestId('case-log-size').textContent).toBe('No cases yet.');
    storedElsewhere({ cases: casesOf(1, 3) });
    expect(screen.getByTestId('case-log-size').textContent).toBe('Cases: 1. Contacts: 3.');
  });

  it('can export but not change cases saved by a newer version', () => {
    renderOptions({ cases: casesOf(1, 1), casesNewer: true });
    expect(screen.getByTestId('case-log-newer').textContent).toContain('newer version');
    expect((screen.getByTestId('export-csv') as HTMLButtonElement).disabled).toBe(false);
    expect((screen.getByTestId('delete-all') as HTMLButtonElement).disabled).toBe(true);
    expect(select('limit-orders').disabled).toBe(true);
  });
});
