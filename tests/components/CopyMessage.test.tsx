// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AdvicePanel } from '../../components/AdvicePanel';
import type { Locale } from '../../lib/i18n/locales';
import { createTranslator } from '../../lib/i18n/translator';
import { pseudoCatalog } from '../fixtures/pseudo-catalog';

/*
 * Every language but English loads as a made-up catalog marked with its locale (each message is its key between
 * ⟦th: and ⟧), so a test can tell which catalog each word of a message came from.
 */
vi.mock(import('../../lib/i18n/catalog'), async (original) => {
  const actual = await original();
  return {
    ...actual,
    loadText: async (locale: Locale) =>
      locale === 'en' ? actual.ENGLISH : createTranslator(locale, pseudoCatalog(`⟦${locale}:`, '⟧'), actual.EN),
  };
});

afterEach(cleanup);

const INPUT = {
  role: 'buyer' as const,
  carrier: 'usps',
  dates: { ordered: '2026-11-12', estimatedDelivery: '2026-11-18' },
  today: '2026-11-30',
  orderId: '577000000000000001',
  trackingNumber: '9400111899223344556677',
};

/** The first message to copy among the steps for a late parcel. */
function firstMessage() {
  const message = screen.getAllByTestId('copy-message')[0]!;
  return {
    message,
    text: () => within(message).getByTestId('message-text'),
    writeIn: () => within(message).getByTestId('write-in') as HTMLSelectElement,
  };
}

describe('"Write in" beside each message to copy', () => {
  it('writes the message in the order market’s language by default, the advice around it staying in the pages’', async () => {
    render(<AdvicePanel problems={['delayed']} chosen="delayed" input={{ ...INPUT, region: 'TH' }} />);
    const { message, text, writeIn } = firstMessage();
    expect(writeIn().value).toBe('th');
    await waitFor(() => expect(text().textContent).toMatch(/^⟦th:advice\.msg\./));
    expect(text().getAttribute('lang')).toBe('th');
    // The message comes wholly from the Thai catalog: its order ID filled in, not a word of English around it.
    expect(text().textContent).toContain('577000000000000001');
    expect(text().textContent).not.toMatch(/\b(the|order|parcel|Hello)\b/i);
    // The steps and the copy button stay in the pages' language.
    expect(screen.getAllByTestId('advice-step')[0]!.querySelector('h4')!.textContent).toMatch(/^[A-Z][a-z]/);
    expect(within(message).getAllByRole('button')[0]!.textContent).not.toContain('⟦');
  });

  it('rewrites the message in the language chosen, and back, announcing it', async () => {
    render(<AdvicePanel problems={['delayed']} chosen="delayed" input={{ ...INPUT, region: 'US' }} />);
    const { message, text, writeIn } = firstMessage();
    expect(writeIn().value).toBe('en');
    const english = text().textContent!;
    expect(english).toMatch(/577000000000000001/);
    expect(english).not.toContain('⟦');

    fireEvent.change(writeIn(), { target: { value: 'ja' } });
    await waitFor(() => expect(text().textContent).toMatch(/^⟦ja:advice\.msg\./));
    expect(text().getAttribute('lang')).toBe('ja');
    expect(within(message).getByRole('status').textContent).toBe('Message rewritten in 日本語.');

    fireEvent.change(writeIn(), { target: { value: 'en' } });
    await waitFor(() => expect(text().textContent).toBe(english));
    expect(text().getAttribute('lang')).toBe('en');
  });

  it('is a labelled select of the 13 languages, each in its own name, tied to its message', () => {
    render(<AdvicePanel problems={['delayed']} chosen="delayed" input={{ ...INPUT, region: 'US' }} />);
    const { message, writeIn } = firstMessage();
    const select = within(message).getByLabelText('Write in');
    expect(select).toBe(writeIn());
    expect([...writeIn().options].map((option) => option.value)).toHaveLength(13);
    expect([...writeIn().options].find((option) => option.value === 'de')?.textContent).toBe('Deutsch');
    const description = document.getElementById(writeIn().getAttribute('aria-describedby')!)!;
    const label = within(message).getAllByRole('button')[0]!.getAttribute('aria-label');
    expect(description.textContent).toBe(`Language of the message: ${label}`);
  });

  it('copies the message in the language chosen', async () => {
    const writeText = vi.fn<(text: string) => Promise<void>>(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<AdvicePanel problems={['delayed']} chosen="delayed" input={{ ...INPUT, region: 'US' }} />);
    const { message, writeIn } = firstMessage();
    fireEvent.change(writeIn(), { target: { value: 'vi' } });
    await waitFor(() => expect(firstMessage().text().textContent).toMatch(/^⟦vi:/));
    fireEvent.click(within(message).getAllByRole('button')[0]!);
    expect(writeText).toHaveBeenCalledWith(expect.stringMatching(/^⟦vi:advice\.msg\./));
  });
});
