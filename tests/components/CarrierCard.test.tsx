// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { contactsFor } from '../../lib/carriers';
import { CarrierCard } from '../../components/CarrierCard';
import { setText } from '../../components/strings';
import { EN } from '../../lib/i18n/catalog';
import { createTranslator, withDirectory } from '../../lib/i18n/translator';

afterEach(cleanup);

const NOW = new Date('2026-11-26T15:00:00Z');
const TODAY = '2026-11-26';

describe('CarrierCard', () => {
  it('gives a US user the USPS hotline as a tel: link with its display form and a copy button', () => {
    render(
      <CarrierCard carrierId="usps" trackingNumber="9400111899223456789012" region="US" now={NOW} today={TODAY} />,
    );
    const hotline = screen.getByTestId('hotline');
    expect(hotline.getAttribute('href')).toBe('tel:+18002758777');
    expect(hotline.textContent).toBe('1-800-275-8777 (1-800-ASK-USPS)');
    expect(screen.getByRole('button', { name: /Copy phone number 1-800-275-8777/ })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Contact USPS' })).toBeTruthy();
  });

  it('links to the carrier’s own tracking page with the number, in a new tab without opener or referrer', () => {
    render(
      <CarrierCard carrierId="usps" trackingNumber="9400111899223456789012" region="US" now={NOW} today={TODAY} />,
    );
    const link = screen.getByTestId('tracking-link');
    expect(link.getAttribute('href')).toBe(
      'https://tools.usps.com/go/TrackConfirmAction?tLabels=9400111899223456789012',
    );
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link.textContent).toContain('Track on USPS');
  });

  it('marks a number known only from a third-party listing with a calm label, its source one tap away', () => {
    render(<CarrierCard carrierId="ups" trackingNumber="1Z999AA10123456784" region="US" now={NOW} today={TODAY} />);
    const hotline = screen.getByTestId('hotline');
    expect(hotline.getAttribute('href')).toBe('tel:+18007425877');
    const label = screen.getByTestId('unverified');
    expect(label.textContent).toBe('Not confirmed by the carrier');
    // A label beside the line, not a warning: the number itself is not styled as one.
    expect(label.closest('.warning, [role="alert"]')).toBeNull();
    expect(hotline.closest('.phone')!.className).toBe('phone');
    // The source is behind the info button: not on the card until asked for.
    const phone = contactsFor('ups', 'US').phones[0]!;
    expect(phone.verified).toBe(false);
    expect(screen.queryByTestId('provenance')).toBeNull();
    const info = screen.getByRole('button', { name: 'Source and date: UPS Customer service' });
    expect(info.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(info);
    expect(info.getAttribute('aria-expanded')).toBe('true');
    const panel = screen.getByTestId('provenance');
    expect(info.getAttribute('aria-controls')).toBe(panel.id);
    const source = within(panel).getByRole('link', { name: new URL(phone.source).hostname });
    expect(source.getAttribute('href')).toBe(phone.source);
    expect(panel.textContent).toContain('checked 26 Nov');
    expect(panel.textContent).toContain(phone.note!);
  });

  it('shows no source or checked date on the card until an info button is opened', () => {
    const { container } = render(
      <CarrierCard carrierId="usps" trackingNumber="9400111899223456789012" region="US" now={NOW} today={TODAY} />,
    );
    expect(container.textContent).not.toMatch(/checked \d/);
    expect(container.textContent).not.toMatch(/Source:/);
  });

  it('tells a UK user that the USPS line is the US one', () => {
    render(<CarrierCard carrierId="usps" region="GB" now={NOW} today={TODAY} />);
    expect(
      screen.getByText(/Nothing listed for United Kingdom: these are the carrier’s contacts in United States/),
    ).toBeTruthy();
  });

  it('shows other channels and the reason when there is no phone line', () => {
    render(<CarrierCard carrierId="ups" region="GB" now={NOW} today={TODAY} />);
    expect(screen.queryByTestId('hotline')).toBeNull();
    expect(screen.getByText(/No UPS customer-service number outside the US could be confirmed/)).toBeTruthy();
    expect(screen.getByRole('link', { name: /UPS website/ }).getAttribute('href')).toBe('https://www.ups.com/');
  });

  it('says what to do without a phone line in the words of the role: a seller is never sent to the seller', () => {
    const { unmount } = render(<CarrierCard carrierId="yunexpress" region="GB" role="buyer" now={NOW} today={TODAY} />);
    expect(screen.getByTestId('no-phone-next').textContent).toBe(
      'The seller booked this carrier: if tracking stops, message the seller, then TikTok Shop support.',
    );
    unmount();
    const { container } = render(
      <CarrierCard carrierId="yunexpress" region="GB" role="seller" now={NOW} today={TODAY} />,
    );
    expect(screen.getByTestId('no-phone-next').textContent).toBe(
      'As the sender, reach the carrier through your shipping account or agent; if TikTok arranged the shipping, open a Seller Center ticket.',
    );
    expect(container.textContent).not.toMatch(/\b(ask|message|contact) the seller\b/i);
  });

  it('says "open now" during the hotline’s hours and when it next opens outside them, in the user’s time zone', () => {
    // Poste Italiane: Mon-Sat 8:00-20:00 Rome time. 2026-11-30 is a Monday.
    const { unmount } = render(
      <CarrierCard
        carrierId="poste-italiane"
        region="IT"
        now={new Date('2026-11-30T10:00:00Z')}
        today="2026-11-30"
        timeZone="Europe/Rome"
      />,
    );
    expect(screen.getAllByTestId('hours')[0]!.textContent).toContain('Open now');
    unmount();
    // Sunday 29 Nov, noon in Rome: closed until Monday 08:00 Rome, which is 02:00 in New York.
    render(
      <CarrierCard
        carrierId="poste-italiane"
        region="IT"
        now={new Date('2026-11-29T11:00:00Z')}
        today="2026-11-29"
        timeZone="America/New_York"
      />,
    );
    const hours = screen.getAllByTestId('hours')[0]!.textContent!;
    expect(hours).toContain('Closed now');
    expect(hours).toContain('Opens Mon at 02:00 (your time)');
    expect(hours).toContain('Mon-Sat 8:00-20:00 (Rome time)');
  });
});

describe('CarrierCard: Track copies the number', () => {
  afterEach(() => vi.restoreAllMocks());

  it('copies the number, then opens the carrier’s page in a new tab, and says so', async () => {
    const calls: string[] = [];
    vi.spyOn(navigator.clipboard, 'writeText').mockImplementation(async (text) => {
      calls.push(`copy ${text}`);
    });
    const open = vi.spyOn(window, 'open').mockImplementation((url) => {
      calls.push(`open ${String(url)}`);
      return null;
    });
    render(
      <CarrierCard carrierId="usps" trackingNumber="9400111899223456789012" region="US" now={NOW} today={TODAY} />,
    );
    expect(screen.getByTestId('track-copy').textContent).toBe('Also copies the number, ready to paste.');
    const link = screen.getByTestId('tracking-link');
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 });
    link.dispatchEvent(click);
    // The popup's own navigation is held back until the number is on the clipboard.
    expect(click.defaultPrevented).toBe(true);
    await waitFor(() => expect(open).toHaveBeenCalled());
    expect(calls).toEqual([
      'copy 9400111899223456789012',
      'open https://tools.usps.com/go/TrackConfirmAction?tLabels=9400111899223456789012',
    ]);
    expect(open).toHaveBeenCalledWith(link.getAttribute('href'), '_blank', 'noopener,noreferrer');
    expect(screen.getByTestId('track-copy').textContent).toBe('Number copied: paste it if the page asks.');
  });

  it('still opens the page, and says how to copy by hand, when the clipboard refuses', async () => {
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    render(<CarrierCard carrierId="jt-express" trackingNumber="JX7053814071" region="ID" now={NOW} today={TODAY} />);
    fireEvent.click(screen.getByTestId('tracking-link'));
    await waitFor(() =>
      expect(open).toHaveBeenCalledWith('https://www.jet.co.id/track', '_blank', 'noopener,noreferrer'),
    );
    expect(screen.getByTestId('track-copy').textContent).toMatch(/could not be copied: copy it above/);
  });

  it('leaves a Ctrl-click to the browser, and still copies', async () => {
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    render(
      <CarrierCard carrierId="usps" trackingNumber="9400111899223456789012" region="US" now={NOW} today={TODAY} />,
    );
    // Record whether the card held the click back, then hold it back here: the test DOM would follow the link.
    let preventedByCard: boolean | undefined;
    const record = (event: Event) => {
      preventedByCard = event.defaultPrevented;
      event.preventDefault();
    };
    document.addEventListener('click', record, { once: true });
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0, ctrlKey: true });
    screen.getByTestId('tracking-link').dispatchEvent(click);
    expect(preventedByCard).toBe(false);
    expect(writeText).toHaveBeenCalledWith('9400111899223456789012');
    await waitFor(() => expect(screen.getByTestId('track-copy').textContent).toMatch(/^Number copied/));
    expect(open).not.toHaveBeenCalled();
  });

  it('warns before the page asks for the recipient’s phone digits', () => {
    render(<CarrierCard carrierId="jt-express" trackingNumber="862350452337" region="VN" now={NOW} today={TODAY} />);
    expect(screen.getByTestId('tracking-asks-phone-digits').textContent).toBe(
      'The tracking page may ask for the last digits of the recipient’s phone number.',
    );
  });
});

describe('CarrierCard: caveats and the carrier’s own answer', () => {
  it('puts the carrier’s own answer first, quoted, with its source one tap away, before any channel', () => {
    const { container } = render(<CarrierCard carrierId="evri" region="GB" now={NOW} today={TODAY} />);
    const answer = screen.getByTestId('official-answer');
    expect(answer.textContent).toContain('Evri says: contact the sender (the seller) first.');
    expect(answer.textContent).toContain(
      '“To find out where it is and when it’ll reach us, you’ll need to contact the sender directly.”',
    );
    fireEvent.click(within(answer).getByRole('button', { name: /^Source and date: Evri says/ }));
    expect(within(answer).getByRole('link', { name: 'evri.com' }).getAttribute('href')).toBe(
      'https://evri.com/faqs/receiving-a-parcel/how-do-i-track-my-parcel',
    );
    // First in the card, right under the heading.
    expect(container.querySelector('section > h2 + [data-testid="official-answer"]')).toBe(answer);
  });

  it('tells a seller that "contact the sender" means them', () => {
    render(<CarrierCard carrierId="evri" region="GB" role="seller" now={NOW} today={TODAY} />);
    expect(screen.getByTestId('official-answer').textContent).toContain(
      'Evri deals with the sender, and for this parcel that is you: contact it through your shipping account, or through Seller Center if TikTok arranged the shipping.',
    );
    expect(screen.getByTestId('official-answer').textContent).not.toContain('(the seller)');
  });

  it('links to where the carrier says to go (Yodel’s web chat) and keeps a third-party number behind it (Purolator)', () => {
    const { unmount } = render(<CarrierCard carrierId="yodel" region="GB" now={NOW} today={TODAY} />);
    expect(screen.getByRole('link', { name: /Open Yodel’s web chat/ }).getAttribute('href')).toBe(
      'https://www.yodel.co.uk/',
    );
    unmount();
    const { container } = render(<CarrierCard carrierId="purolator" region="CA" now={NOW} today={TODAY} />);
    const answer = screen.getByTestId('official-answer');
    const hotline = screen.getByTestId('hotline');
    expect(answer.compareDocumentPosition(hotline) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(container.textContent).toContain('Purolator says: use the virtual assistant on its website.');
  });

  it('marks premium-rate and senders-only lines next to the number', () => {
    render(<CarrierCard carrierId="gls" region="DE" now={NOW} today={TODAY} />);
    const phones = screen.getAllByRole('link', { name: /^Call GLS/ }).map((a) => a.closest('.phone')!);
    expect(within(phones[0] as HTMLElement).getByTestId('caveat-premium-rate').textContent).toBe(
      'Premium-rate line: calls cost more than a normal call.',
    );
    expect(within(phones[0] as HTMLElement).queryByTestId('caveat-senders-only')).toBeNull();
    expect(within(phones[1] as HTMLElement).getByTestId('caveat-senders-only').textContent).toBe(
      'For senders (sellers), not for recipients.',
    );
  });

  it('shows PHLPost’s line as printed, with letters, and says the digits are worked out', () => {
    render(<CarrierCard carrierId="phlpost" region="PH" now={NOW} today={TODAY} />);
    expect(screen.getByTestId('hotline').getAttribute('href')).toBe('tel:+63282887678');
    expect(screen.getByTestId('caveat-letters-only').textContent).toBe(
      'The carrier prints this number as (02) 288-POST; the digits are worked out from the letters.',
    );
  });

  it('shows Lion Parcel’s WhatsApp number to copy, not to call', () => {
    render(<CarrierCard carrierId="lion-parcel" region="ID" now={NOW} today={TODAY} />);
    expect(screen.queryByTestId('hotline')).toBeNull();
    expect(screen.getByTestId('phone-whatsapp').textContent).toBe('08111 956 1000');
    expect(screen.getByTestId('caveat-whatsapp-only').textContent).toBe(
      'WhatsApp messages only: not a line for calls.',
    );
    expect(screen.getByRole('button', { name: 'Copy phone number 08111 956 1000' })).toBeTruthy();
  });

  it('says JET Express is not J&T Express, on both cards', () => {
    const { unmount } = render(<CarrierCard carrierId="jt-express" region="ID" now={NOW} today={TODAY} />);
    expect(screen.getByTestId('lookalike').textContent).toBe(
      'JET Express is a different company from J&T Express: do not use its numbers for this parcel.',
    );
    expect(screen.getByTestId('hotline').getAttribute('href')).toBe('tel:+622180661888');
    unmount();
    render(<CarrierCard carrierId="jet-express" region="ID" now={NOW} today={TODAY} />);
    expect(screen.getByTestId('lookalike').textContent).toBe(
      'J&T Express is a different company from JET Express: do not use its numbers for this parcel.',
    );
  });

  it('marks the claims desk of KEX as claims only, next to its main line', () => {
    render(<CarrierCard carrierId="kerry-express" region="TH" now={NOW} today={TODAY} />);
    expect(screen.getByTestId('hotline').textContent).toBe('1217');
    expect(screen.getByTestId('caveat-claims-only').closest('.phone')!.textContent).toContain('1217 ext. 5');
  });

  it('speaks the directory’s labels and notes in the page’s language, and keeps English where it has none', () => {
    setText(
      withDirectory(createTranslator('de', {}, EN), {
        'Customer service': 'Kundenservice',
        'No UPS customer-service number outside the US could be confirmed; use ups.com.':
          'Außerhalb der USA ist keine Kundenservicenummer von UPS bestätigt; nutzen Sie ups.com.',
      }),
    );
    const { unmount } = render(<CarrierCard carrierId="usps" region="US" now={NOW} today={TODAY} />);
    expect(screen.getAllByText('Kundenservice').length).toBeGreaterThan(0);
    expect(screen.queryByText('Customer service')).toBeNull();
    unmount();

    render(<CarrierCard carrierId="ups" region="GB" now={NOW} today={TODAY} />);
    expect(screen.getByText(/Außerhalb der USA ist keine Kundenservicenummer von UPS bestätigt/)).toBeTruthy();
    // Not in this directory: the English label, not an empty link.
    expect(screen.getByRole('link', { name: /UPS website/ })).toBeTruthy();
  });
});
