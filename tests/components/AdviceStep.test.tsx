// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AdviceStepItem, channelForStep } from '../../components/AdviceStep';
import type { AdviceStep } from '../../lib/advice/types';

afterEach(cleanup);

const STEP: AdviceStep = {
  id: 'not-received-request',
  title: 'Request a refund: "Package wasn\'t received"',
  titleKey: 'advice.step.requestRefund.title.us',
  detail: 'Open the order and request a return or refund.',
  who: 'tiktok',
  when: 'within 30 days of Delivered',
  deadline: '2026-12-29',
  deadlineStatus: 'due-soon',
  followUp: '2026-12-03',
  have: ['order-id', 'tracking-number'],
  actions: [
    { kind: 'in-app', path: ['Profile', 'Your orders', 'Help'] },
    { kind: 'contact-carrier', carrier: 'usps' },
    { kind: 'track' },
    { kind: 'copy-message', label: 'TikTok chat', text: 'Hello, order <b>123</b> never arrived.' },
    { kind: 'open', url: 'javascript:alert(1)', label: 'Bad link' },
  ],
  source: { url: 'https://example.org/policy', title: 'Returns policy', checked: '2026-11-26' },
};

function renderStep(step: AdviceStep = STEP, onLog?: Parameters<typeof AdviceStepItem>[0]['onLog']) {
  return render(
    <ol>
      <AdviceStepItem
        step={step}
        today="2026-11-26"
        role="buyer"
        context={{ carrier: 'usps', trackingNumber: '9400111899223456789012', region: 'US' }}
        onLog={onLog}
      />
    </ol>,
  );
}

describe('AdviceStepItem', () => {
  it('shows who, when, the deadline with its state, the follow-up and what to have ready', () => {
    renderStep();
    const item = screen.getByTestId('advice-step');
    expect(item.textContent).toContain('Contact TikTok Shop');
    expect(screen.getByTestId('deadline').textContent).toBe('Request by 29 Dec· 33 days leftdue soon');
    expect(item.textContent).toContain('Follow up on 3 Dec if nothing happens');
    expect(item.textContent).toContain('Have ready: order ID and tracking number');
    expect(item.textContent).toContain('When: within 30 days of Delivered');
  });

  it('says when a deadline has passed', () => {
    renderStep({ ...STEP, deadline: '2026-11-01', deadlineStatus: 'passed' });
    expect(screen.getByTestId('deadline').textContent).toBe('Request by 1 Novpassed');
  });

  it('turns actions into a call link from the directory, a tracking link, a breadcrumb and a copy button', () => {
    const { container } = renderStep();
    expect(screen.getByTestId('advice-call').getAttribute('href')).toBe('tel:+18002758777');
    expect(screen.getByRole('link', { name: /Track on USPS/ }).getAttribute('href')).toContain(
      'tLabels=9400111899223456789012',
    );
    expect(screen.getByRole('list', { name: 'Path in the app' }).textContent).toBe('ProfileYour ordersHelp');
    expect(screen.getByRole('button', { name: 'TikTok chat' })).toBeTruthy();
    // The message is text: its markup is shown, not rendered.
    expect(container.querySelector('b')).toBeNull();
    expect(screen.getByText('Hello, order <b>123</b> never arrived.')).toBeTruthy();
    // A non-https URL is never an href.
    expect(screen.getByText('Bad link').closest('a')).toBeNull();
  });

  it('keeps the rule’s source and date behind the info button beside the title', () => {
    renderStep({ ...STEP, note: 'Counted from the Delivered date.' });
    expect(screen.queryByRole('link', { name: /Returns policy/ })).toBeNull();
    expect(screen.getByTestId('advice-step').textContent).not.toMatch(/checked \d/);
    const info = screen.getByRole('button', { name: `Source and date: ${STEP.title}` });
    fireEvent.click(info);
    expect(screen.getByRole('link', { name: /Returns policy/ }).getAttribute('href')).toBe(
      'https://example.org/policy',
    );
    expect(screen.getByTestId('provenance').textContent).toBe(
      'Source: Returns policy (opens in a new tab) · checked 26 NovCounted from the Delivered date.',
    );
  });

  it('shows the reason when a step has no source, one tap away', () => {
    renderStep({ ...STEP, source: { reason: 'Common sense: keep records.' } });
    expect(screen.queryByText('Why: Common sense: keep records.')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: `Source and date: ${STEP.title}` }));
    expect(screen.getByText('Why: Common sense: keep records.')).toBeTruthy();
  });

  it('says which shipping mode a step is for when the page did not say', () => {
    renderStep({ ...STEP, appliesIf: 'If the seller shipped with their own carrier' });
    expect(screen.getByTestId('advice-step').firstElementChild!.textContent).toBe(
      'If the seller shipped with their own carrier',
    );
  });

  it('keeps a dated step’s deadline and follow-up together, in one place', () => {
    renderStep();
    const dates = screen.getByTestId('step-dates');
    expect(dates.textContent).toBe('Request by 29 Dec· 33 days leftdue soonFollow up on 3 Dec if nothing happens');
    renderStep({ ...STEP, deadline: undefined, deadlineStatus: undefined, followUp: undefined });
    expect(screen.getAllByTestId('advice-step')[1]!.querySelector('[data-testid="step-dates"]')).toBeNull();
  });

  it('opens an inline log form with the channel prefilled; Escape closes it and returns focus', async () => {
    const onLog = vi.fn<NonNullable<Parameters<typeof AdviceStepItem>[0]['onLog']>>(async () => true);
    renderStep(STEP, onLog);
    fireEvent.click(screen.getByTestId('log-contact'));
    const form = screen.getByTestId('log-form');
    const channel = screen.getByLabelText('Channel') as HTMLSelectElement;
    // The step's first actionable contact is the carrier's phone line.
    expect(channel.value).toBe('carrier-phone');
    fireEvent.keyDown(form, { key: 'Escape' });
    expect(screen.queryByTestId('log-form')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('log-contact')));
    expect(onLog).not.toHaveBeenCalled();
  });

  it('saves what the user typed through onLog', async () => {
    const onLog = vi.fn<NonNullable<Parameters<typeof AdviceStepItem>[0]['onLog']>>(async () => true);
    renderStep(STEP, onLog);
    fireEvent.click(screen.getByTestId('log-contact'));
    fireEvent.input(screen.getByLabelText('Reference number'), { target: { value: 'CASE-42' } });
    fireEvent.input(screen.getByLabelText('Note'), { target: { value: 'Agent said 5 days' } });
    fireEvent.submit(screen.getByTestId('log-form'));
    await waitFor(() => expect(onLog).toHaveBeenCalled());
    expect(onLog).toHaveBeenCalledWith(STEP, {
      channel: 'carrier-phone',
      reference: 'CASE-42',
      note: 'Agent said 5 days',
    });
    await waitFor(() => expect(screen.queryByTestId('log-form')).toBeNull());
  });

  it('keeps the form open and says so when saving fails', async () => {
    renderStep(STEP, async () => false);
    fireEvent.click(screen.getByTestId('log-contact'));
    fireEvent.submit(screen.getByTestId('log-form'));
    expect((await screen.findByRole('alert')).textContent).toContain('storage is unavailable');
    expect(screen.getByTestId('log-form')).toBeTruthy();
  });
});

describe('channelForStep', () => {
  it('prefills the channel a user most likely used for the step', () => {
    const base = { ...STEP, actions: [] };
    expect(channelForStep({ ...base, who: 'seller' }, 'buyer')).toBe('seller-message');
    expect(channelForStep({ ...base, who: 'tiktok' }, 'seller')).toBe('tiktok-ticket');
    expect(channelForStep({ ...base, who: 'tiktok' }, 'buyer')).toBe('tiktok-chat');
    expect(channelForStep({ ...base, actions: [{ kind: 'contact-carrier', claims: true }] }, 'buyer')).toBe(
      'carrier-claim',
    );
  });
});
