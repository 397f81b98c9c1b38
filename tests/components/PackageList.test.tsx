// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PackageList } from '../../components/PackageList';
import type { DetectedPackage } from '../../lib/order';
import { largeOrderListPackages } from '../fixtures/large-page';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const FEW: DetectedPackage[] = [
  { trackingNumber: '1Z999AA10123456784', carrier: 'ups' },
  { trackingNumber: '9400111899223456789012', carrier: 'usps' },
  { trackingNumber: 'XX1' },
];

/** The 5,000-element page's packages, as the page reader gives them (order id and status per row). */
const LIST: DetectedPackage[] = largeOrderListPackages().map((pkg) => ({ ...pkg, carrierSource: 'page' as const }));

describe('PackageList with a few packages', () => {
  it('lists each with its carrier, marks the selected one, and copies all the numbers', async () => {
    const onSelect = vi.fn<(trackingNumber: string, byPointer: boolean) => void>();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    render(<PackageList packages={FEW} selected="9400111899223456789012" onSelect={onSelect} />);
    const choices = screen.getAllByTestId('package-choice');
    expect(choices.map((c) => c.textContent)).toEqual([
      '1Z999AA10123456784UPS',
      '9400111899223456789012USPS',
      'XX1Carrier unknown',
    ]);
    expect(choices[1]!.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(choices[0]!, { detail: 1 });
    expect(onSelect).toHaveBeenCalledWith('1Z999AA10123456784', true);
    expect(screen.queryByTestId('package-filter')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Copy all 3 tracking numbers' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledWith('1Z999AA10123456784\n9400111899223456789012\nXX1'));
  });
});

describe('PackageList with an order list’s packages', () => {
  it('groups them by carrier with counts, the largest group first', () => {
    render(<PackageList packages={LIST} selected={LIST[0]!.trackingNumber} onSelect={() => {}} />);
    const groups = screen.getAllByTestId('package-group');
    const usps = LIST.filter((pkg) => pkg.carrier === 'usps').length;
    const ups = LIST.filter((pkg) => pkg.carrier === 'ups').length;
    expect(groups.map((group) => within(group).getByRole('heading').textContent)).toEqual(
      usps >= ups ? [`USPS ${usps}`, `UPS ${ups}`] : [`UPS ${ups}`, `USPS ${usps}`],
    );
    expect(screen.getAllByTestId('package-choice')).toHaveLength(LIST.length);
    // Each row says its order's status and id.
    const first = screen.getAllByTestId('package-choice').find((row) => row.getAttribute('aria-pressed') === 'true')!;
    expect(first.textContent).toBe(`${LIST[0]!.trackingNumber}In transit · Order ${LIST[0]!.orderId}`);
  });

  it('filters by number (as printed, with spaces), by order id and by status', () => {
    render(<PackageList packages={LIST} selected={undefined} onSelect={() => {}} />);
    const filter = screen.getByTestId('package-filter');
    const target = LIST[7]!;
    const spaced = target.trackingNumber.replace(/(.{4})/g, '$1 ').trim();
    fireEvent.input(filter, { target: { value: spaced } });
    expect(screen.getAllByTestId('package-choice').map((row) => row.textContent)).toEqual([
      expect.stringContaining(target.trackingNumber),
    ]);
    expect(screen.getByTestId('package-count').textContent).toBe(`1 of ${LIST.length} parcels`);

    fireEvent.input(filter, { target: { value: target.orderId } });
    expect(screen.getAllByTestId('package-choice')).toHaveLength(1);

    fireEvent.input(filter, { target: { value: 'delivered' } });
    const delivered = LIST.filter((pkg) => pkg.status === 'delivered').length;
    expect(screen.getAllByTestId('package-choice')).toHaveLength(delivered);
    for (const row of screen.getAllByTestId('package-choice')) expect(row.textContent).toContain('Delivered');

    fireEvent.input(filter, { target: { value: 'nothing like it' } });
    expect(screen.queryAllByTestId('package-choice')).toHaveLength(0);
    expect(screen.getByText('No parcel matches “nothing like it”.')).toBeTruthy();
  });

  it('copies every number of a group at once', async () => {
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    render(<PackageList packages={LIST} selected={undefined} onSelect={() => {}} />);
    const ups = LIST.filter((pkg) => pkg.carrier === 'ups');
    fireEvent.click(screen.getByRole('button', { name: `Copy all ${ups.length} UPS tracking numbers` }));
    await waitFor(() => expect(writeText).toHaveBeenCalledWith(ups.map((pkg) => pkg.trackingNumber).join('\n')));
  });

  it('tells a keyboard choice from a pointer one', () => {
    const onSelect = vi.fn<(trackingNumber: string, byPointer: boolean) => void>();
    render(<PackageList packages={LIST} selected={undefined} onSelect={onSelect} />);
    fireEvent.click(screen.getAllByTestId('package-choice')[2]!, { detail: 0 });
    expect(onSelect).toHaveBeenCalledWith(expect.any(String), false);
  });
});
