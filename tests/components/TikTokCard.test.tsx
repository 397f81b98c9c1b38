// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { TikTokCard } from '../../components/TikTokCard';

afterEach(cleanup);

describe('TikTokCard', () => {
  it('shows a US buyer the in-app path as a breadcrumb', () => {
    render(<TikTokCard region="US" role="buyer" today="2026-11-26" />);
    const crumbs = within(screen.getByRole('list', { name: 'Path in the app' })).getAllByRole('listitem');
    expect(crumbs.map((li) => li.textContent)).toEqual([
      'Profile',
      'Your orders',
      'Help',
      'Get Help',
      'Choose your question',
      'Contact us',
    ]);
    expect(screen.getByText('In the TikTok app')).toBeTruthy();
  });

  it('shows a US seller Seller Center help and ticket links on the US host, the ticket marked unverified', () => {
    render(<TikTokCard region="US" role="seller" today="2026-11-26" />);
    const ticket = screen.getByRole('link', { name: /Open a Seller Center ticket/ });
    expect(new URL(ticket.getAttribute('href')!).host).toBe('seller-us.tiktok.com');
    expect(ticket.closest('li')!.textContent).toContain('Address not confirmed');
    const help = screen.getByRole('link', { name: /Seller Center help/ });
    expect(new URL(help.getAttribute('href')!).host).toBe('seller-us.tiktok.com');
    expect(screen.getByText('In Seller Center')).toBeTruthy();
  });

  it('keeps each link’s source behind its info button', () => {
    const { container } = render(<TikTokCard region="US" role="seller" today="2026-11-26" />);
    expect(container.textContent).not.toMatch(/checked \d/);
    fireEvent.click(screen.getByRole('button', { name: 'Source and date: Open a Seller Center ticket' }));
    expect(screen.getByTestId('provenance').textContent).toContain('checked 26 Nov');
  });

  it('says the region is unknown when it is', () => {
    render(<TikTokCard role="buyer" today="2026-11-26" />);
    expect(screen.getByText(/We don't know your TikTok Shop market/)).toBeTruthy();
  });
});
