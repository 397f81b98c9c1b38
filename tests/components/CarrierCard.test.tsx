// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { contactsFor } from '../../lib/carriers';
import { CarrierCard } from '../../components/CarrierCard';

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

  it('marks a number known only from a third-party listing as unverified, with its source', () => {
    render(<CarrierCard carrierId="ups" trackingNumber="1Z999AA10123456784" region="US" now={NOW} today={TODAY} />);
    expect(screen.getByTestId('hotline').getAttribute('href')).toBe('tel:+18007425877');
    expect(screen.getByTestId('unverified').textContent).toBe('Unverified: listed by a third party');
    // The source link is the directory's, whichever third-party page it currently cites.
    const phone = contactsFor('ups', 'US').phones[0]!;
    expect(phone.verified).toBe(false);
    const source = screen.getAllByRole('link', { name: new URL(phone.source).hostname })[0]!;
    expect(source.getAttribute('href')).toBe(phone.source);
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
    expect(screen.getByText(/no UPS customer-service number outside the US/)).toBeTruthy();
    expect(screen.getByRole('link', { name: /UPS website/ }).getAttribute('href')).toBe('https://www.ups.com/');
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
