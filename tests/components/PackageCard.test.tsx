// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PackageCard } from '../../components/PackageCard';
import type { DetectedPackage } from '../../lib/order';

afterEach(cleanup);

const USPS: DetectedPackage = {
  trackingNumber: '9400111899223456789012',
  carrier: 'usps',
  carrierText: 'USPS Ground Advantage',
  carrierSource: 'page',
  confidence: 'high',
  checksum: true,
};

describe('PackageCard', () => {
  it('shows the number, the carrier from the directory and how we know it', () => {
    render(<PackageCard pkg={USPS} carrierId="usps" onSelectCarrier={() => {}} />);
    expect(screen.getByTestId('tracking-number').textContent).toBe('9400111899223456789012');
    expect(screen.getByTestId('carrier-name').textContent).toBe('USPS');
    expect(screen.getByText('High confidence')).toBeTruthy();
    expect(screen.getByText(/the page names this carrier/)).toBeTruthy();
    expect(screen.getByText(/check digit verified/)).toBeTruthy();
    expect(screen.getByText('The page says “USPS Ground Advantage”')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Copy tracking number 9400111899223456789012' })).toBeTruthy();
  });

  it('says "identified from the number" when the engine, not the page, named the carrier', () => {
    render(
      <PackageCard
        pkg={{ ...USPS, carrierSource: 'number', carrierText: undefined }}
        carrierId="usps"
        onSelectCarrier={() => {}}
      />,
    );
    expect(screen.getByText(/identified from the number/)).toBeTruthy();
  });

  it('says the looked-up text named the carrier when the number alone does not tell', () => {
    const named: DetectedPackage = {
      trackingNumber: '630127384950',
      carrier: 'jt-express',
      carrierSource: 'text',
      confidence: 'medium',
    };
    render(<PackageCard pkg={named} carrierId="jt-express" onSelectCarrier={() => {}} />);
    expect(screen.getByTestId('carrier-name').textContent).toBe('J&T Express');
    expect(screen.getByTestId('carrier-basis').textContent).toContain(
      'named in the text you looked up, not recognised from the number',
    );
    expect(screen.queryByText(/identified from the number/)).toBeNull();
    expect(screen.queryByText(/check digit verified/)).toBeNull();
  });

  it('flags a number whose check digit fails for the named carrier', () => {
    render(<PackageCard pkg={{ ...USPS, checksum: false }} carrierId="usps" onSelectCarrier={() => {}} />);
    expect(screen.getByRole('note').textContent).toMatch(/check digit does not match USPS/);
  });

  it('offers the alternatives as buttons that switch the carrier', () => {
    const onSelect = vi.fn<(id: string) => void>();
    const pkg: DetectedPackage = {
      trackingNumber: '123456789012',
      carrier: 'fedex',
      alternatives: ['ups', 'not-a-carrier'],
    };
    render(<PackageCard pkg={pkg} carrierId="fedex" onSelectCarrier={onSelect} />);
    const ups = screen.getByRole('button', { name: 'UPS' });
    fireEvent.click(ups);
    expect(onSelect).toHaveBeenCalledWith('ups');
    // Ids the directory does not know are never offered.
    expect(screen.queryByTestId('alternative-not-a-carrier')).toBeNull();
  });

  it('keeps the page’s own carrier one tap away after switching to an alternative, without its confidence', () => {
    const pkg: DetectedPackage = {
      trackingNumber: '123456789012',
      carrier: 'fedex',
      confidence: 'medium',
      alternatives: ['ups'],
    };
    render(<PackageCard pkg={pkg} carrierId="ups" onSelectCarrier={() => {}} />);
    expect(screen.getByTestId('carrier-name').textContent).toBe('UPS');
    expect(screen.getByRole('button', { name: /^FedEx/ })).toBeTruthy();
    expect(screen.queryByText('Medium confidence')).toBeNull();
  });

  it('says plainly when the carrier is unknown', () => {
    render(<PackageCard pkg={{ trackingNumber: 'ZZ123456789' }} carrierId={undefined} onSelectCarrier={() => {}} />);
    expect(screen.getByTestId('carrier-name').textContent).toBe('Carrier unknown');
    expect(screen.getByText(/does not match any carrier we know/)).toBeTruthy();
  });

  it('renders hostile page text as text, bounded', () => {
    const hostile = `<img src=x onerror="alert(1)"><script>alert(2)</script>${'A'.repeat(500)}`;
    const { container } = render(
      <PackageCard pkg={{ ...USPS, carrierText: hostile }} carrierId="usps" onSelectCarrier={() => {}} />,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('script')).toBeNull();
    const line = screen.getByText(/The page says/);
    expect(line.textContent).toContain('<img src=x');
    expect(line.textContent!.length).toBeLessThan(100);
  });
});

/** The alternative carriers' chips on screen, by test id. */
const chipIds = () => screen.getAllByTestId(/^alternative-/).map((chip) => chip.dataset.testid);

describe('PackageCard: numbers several carriers share', () => {
  // 444413758703 passes the Japanese mod-7 check (first 11 digits mod 7 = 3): Yamato, Sagawa and Japan Post all fit.
  const JAPANESE: DetectedPackage = {
    trackingNumber: '444413758703',
    carrier: 'yamato',
    carrierSource: 'number',
    confidence: 'medium',
    checksum: true,
    alternatives: ['sagawa', 'japan-post'],
  };

  it('says what backs the shown carrier: for a length-only fit, that only the length matches', () => {
    const pkg: DetectedPackage = {
      trackingNumber: '630002864925',
      carrier: 'jt-express',
      carrierSource: 'number',
      confidence: 'medium',
    };
    render(<PackageCard pkg={pkg} carrierId="jt-express" onSelectCarrier={() => {}} />);
    expect(screen.getByTestId('carrier-basis').textContent).toBe(
      'identified from the number · only its length matches J&T Express’s numbers: check the label · ' +
        'format documented by the carrier',
    );
  });

  it('offers the other carriers in the order given, each with the reason it is offered, and switches on a tap', () => {
    const onSelect = vi.fn<(id: string) => void>();
    render(<PackageCard pkg={JAPANESE} carrierId="yamato" onSelectCarrier={onSelect} />);
    expect(screen.getByTestId('carrier-basis').textContent).toBe('identified from the number · check digit verified');
    // Each chip is named by the words it shows (label in name), within the "Could also be" group.
    const group = screen.getByRole('group', { name: 'Could also be' });
    const chips = within(group).getAllByRole('button');
    expect(chips.map((chip) => chip.textContent)).toEqual([
      'Sagawa Express · check digit fits',
      'Japan Post · check digit fits',
    ]);
    expect(within(group).getByRole('button', { name: 'Japan Post · check digit fits' })).toBe(chips[1]);
    fireEvent.click(chips[1]!);
    expect(onSelect).toHaveBeenCalledWith('japan-post');
  });

  it('after a pick, shows what backs the picked carrier and keeps the first choice one tap away', () => {
    render(<PackageCard pkg={JAPANESE} carrierId="sagawa" onSelectCarrier={() => {}} />);
    expect(screen.getByTestId('carrier-name').textContent).toBe('Sagawa Express');
    expect(screen.getByTestId('carrier-basis').textContent).toBe('check digit verified for Sagawa Express');
    expect(screen.getByText('Medium confidence')).toBeTruthy();
    const group = screen.getByRole('group', { name: 'Could also be' });
    expect(
      within(group)
        .getAllByRole('button')
        .map((chip) => chip.textContent),
    ).toEqual(['Yamato Transport · check digit fits', 'Japan Post · check digit fits']);
    expect(within(group).getByRole('button', { name: 'Yamato Transport · check digit fits' })).toBeTruthy();
  });

  it('shows four alternatives at once and the rest behind "Show more"', () => {
    const pkg: DetectedPackage = {
      trackingNumber: '630127384950',
      carrier: 'jt-express',
      alternatives: ['yamato', 'sagawa', 'japan-post', 'fedex', 'purolator', 'dhl-express'],
    };
    render(<PackageCard pkg={pkg} carrierId="jt-express" onSelectCarrier={() => {}} />);
    expect(chipIds()).toEqual([
      'alternative-yamato',
      'alternative-sagawa',
      'alternative-japan-post',
      'alternative-fedex',
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Show 2 more' }));
    expect(chipIds()).toHaveLength(6);
    expect(screen.queryByTestId('alternatives-more')).toBeNull();
  });

  it('explains confidence and check digits in a short note behind the info button', () => {
    render(<PackageCard pkg={USPS} carrierId="usps" onSelectCarrier={() => {}} />);
    expect(screen.queryByTestId('explain')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'What confidence and check digits mean' }));
    expect(screen.getByTestId('explain').textContent).toBe(
      'Confidence says how sure Carrier Finder is of the carrier: high when the page names it or the number’s check digit fits, lower when only the number’s shape fits.' +
        'A check digit is the last digit of many tracking numbers, worked out from the others: when it fits, the number is typed right and has this carrier’s format.',
    );
  });

  it('quotes the page’s carrier text only when it says more than the name', () => {
    render(<PackageCard pkg={{ ...USPS, carrierText: 'usps' }} carrierId="usps" onSelectCarrier={() => {}} />);
    expect(screen.queryByText(/The page says/)).toBeNull();
  });

  it('says when the carrier shown is the user’s own choice for the parcel', () => {
    const pkg: DetectedPackage = {
      trackingNumber: '9261292700768711948021',
      carrier: 'usps',
      alternatives: ['fedex'],
      carrierSource: 'number',
    };
    render(<PackageCard pkg={pkg} carrierId="fedex" picked onSelectCarrier={() => {}} />);
    expect(screen.getByTestId('carrier-basis').textContent).toMatch(/^your choice for this parcel/);
    // The carrier offered first is one tap away, to change it back.
    expect(screen.getByTestId('alternative-usps')).toBeTruthy();
  });
});
