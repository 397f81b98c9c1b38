// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { AdvicePanel } from '../../components/AdvicePanel';
import type { Problem } from '../../lib/advice/types';

afterEach(cleanup);

const SHIPPED: Problem[] = ['delayed', 'lost', 'not-received', 'wrong-address', 'customs', 'damaged', 'returned'];
const INPUT = {
  role: 'buyer' as const,
  region: 'US',
  carrier: 'usps',
  dates: { ordered: '2026-11-12', estimatedDelivery: '2026-11-18' },
  today: '2026-11-30',
  trackingNumber: '9400111899223344556677',
};

describe('AdvicePanel', () => {
  it('opens on the steps for the problem the page points at, says why, and lets the user pick another', () => {
    render(
      <AdvicePanel
        problems={SHIPPED}
        input={INPUT}
        signal={{ problem: 'delayed', reason: 'overdue', date: '2026-11-18' }}
        common={['delayed', 'not-received']}
      />,
    );
    expect(screen.getByTestId('problem-delayed').getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByTestId('problem-signal').textContent).toBe(
      'From the page: its estimated delivery, 18 Nov, has passed. Not it? Pick another above.',
    );
    const steps = screen.getAllByTestId('advice-step');
    expect(steps[0]!.querySelector('h4')!.textContent).toBe("Check the tracking on the carrier's own site");
    expect(screen.queryByTestId('common-problems')).toBeNull();

    fireEvent.click(screen.getByTestId('problem-not-received'));
    expect(screen.getByTestId('problem-delayed').getAttribute('aria-pressed')).toBe('false');
    expect(screen.getByTestId('problem-not-received').getAttribute('aria-pressed')).toBe('true');
    expect(screen.queryByTestId('problem-signal')).toBeNull();
    expect(screen.getAllByTestId('advice-step')[0]!.querySelector('h4')!.textContent).toBe(
      'Check the address and around the delivery place',
    );
  });

  it('offers every problem as a real button, in one labelled group', () => {
    render(<AdvicePanel problems={SHIPPED} input={INPUT} />);
    const group = screen.getByRole('group', { name: 'What’s wrong?' });
    expect(
      within(group)
        .getAllByRole('button')
        .map((b) => b.getAttribute('data-testid')),
    ).toEqual(SHIPPED.map((id) => `problem-${id}`));
    for (const button of within(group).getAllByRole('button'))
      expect(button.getAttribute('aria-pressed')).toBe('false');
  });

  it('with no sign on the page, shows the two common problems side by side with their first steps', () => {
    render(<AdvicePanel problems={SHIPPED} input={{ ...INPUT, dates: {} }} common={['delayed', 'not-received']} />);
    expect(screen.queryAllByTestId('advice-step')).toHaveLength(0);
    const previews = screen.getAllByTestId('common-problem');
    expect(previews.map((preview) => preview.querySelector('h3')!.textContent)).toEqual([
      'Late / no updates',
      'Delivered, not received',
    ]);
    expect(
      within(previews[1]!)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Check the address and around the delivery place',
      'Ask the carrier where exactly it was delivered',
      'Message the seller',
    ]);
    fireEvent.click(within(previews[1]!).getByRole('button', { name: 'Show the steps for: Delivered, not received' }));
    expect(screen.getByTestId('problem-not-received').getAttribute('aria-pressed')).toBe('true');
    expect(screen.getAllByTestId('advice-step').length).toBeGreaterThan(2);
    expect(screen.queryByTestId('common-problems')).toBeNull();
  });

  it('keeps what the advice does not know behind one line', () => {
    render(
      <AdvicePanel
        problems={SHIPPED}
        input={{ ...INPUT, carrier: undefined, region: undefined }}
        signal={{ problem: 'delayed', reason: 'overdue', date: '2026-11-18' }}
      />,
    );
    const toggle = within(screen.getByTestId('advice-unknowns')).getByRole('button');
    expect(toggle.textContent).toMatch(/^Good to know \(\d\)$/);
    fireEvent.click(toggle);
    expect(screen.getByTestId('advice-unknowns').textContent).toMatch(/The carrier is unknown/);
  });
});
