// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Welcome } from '../../components/Welcome';
import type { Market } from '../../lib/regions';

afterEach(cleanup);

describe('Welcome', () => {
  it('says what Carrier Finder does, where it works, and asks for the country; Got it dismisses it', () => {
    const onChooseCountry = vi.fn<(region: Market | undefined) => void>();
    const onDismiss = vi.fn<() => void>();
    render(<Welcome region="US" onChooseCountry={onChooseCountry} onDismiss={onDismiss} />);
    const welcome = screen.getByTestId('welcome');
    expect(welcome.textContent).toContain('It tells you which carrier has a TikTok Shop parcel');
    expect(welcome.textContent).toContain(
      'Open an order on TikTok Shop or in Seller Center, then click the Carrier Finder icon.',
    );
    const country = screen.getByLabelText('Your country') as HTMLSelectElement;
    expect(country.value).toBe('US');
    fireEvent.change(country, { target: { value: 'TH' } });
    expect(onChooseCountry).toHaveBeenCalledWith('TH');
    fireEvent.click(screen.getByRole('button', { name: 'Got it' }));
    expect(onDismiss).toHaveBeenCalledOnce();
  });

  it('offers "Not set" only while no country is known', () => {
    render(<Welcome onChooseCountry={() => {}} onDismiss={() => {}} />);
    expect((screen.getByLabelText('Your country') as HTMLSelectElement).value).toBe('');
    expect(screen.getByRole('option', { name: 'Not set' })).toBeTruthy();
  });
});
