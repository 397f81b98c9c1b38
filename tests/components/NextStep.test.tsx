// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { NextStep } from '../../components/NextStep';

afterEach(cleanup);

describe('NextStep', () => {
  it('on an order list without numbers: open the order and click again, with the buyer’s help route', () => {
    render(<NextStep where="list" role="buyer" region="US" today="2026-11-30" />);
    expect(screen.getByTestId('list-no-numbers').textContent).toBe(
      'This order list shows no tracking numbersOpen the order you need, then click Carrier Finder again: the order page shows its tracking number.',
    );
    expect(screen.getByText('In the TikTok app')).toBeTruthy();
    expect(screen.queryByRole('group', { name: 'Help for' })).toBeNull();
  });

  it('elsewhere, with no role chosen: the buyer’s route first, the seller’s one tap away', () => {
    render(<NextStep where="elsewhere" region="US" today="2026-11-30" />);
    expect(screen.getByTestId('next-step').textContent).toBe(
      'Open the order on TikTok Shop (Profile › Your orders › the order), then click Carrier Finder again.',
    );
    expect(screen.getByTestId('help-for-buyer').getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(screen.getByTestId('help-for-seller'));
    expect(screen.getByTestId('help-for-seller').getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByTestId('next-step').textContent).toBe(
      'Open the order in Seller Center (Orders › Manage orders › the order), then click Carrier Finder again.',
    );
    expect(screen.getByText('In Seller Center')).toBeTruthy();
    expect(screen.getByRole('link', { name: /Open a Seller Center ticket/ })).toBeTruthy();
  });
});
