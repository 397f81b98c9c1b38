// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CopyButton } from '../../components/CopyButton';

afterEach(cleanup);

describe('CopyButton', () => {
  it('copies its text and announces "Copied" politely', async () => {
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    render(<CopyButton text="+18002758777" label="Copy phone number" />);
    const button = screen.getByRole('button', { name: 'Copy phone number' });
    expect(button.textContent).toBe('Copy');
    fireEvent.click(button);
    expect(writeText).toHaveBeenCalledWith('+18002758777');
    await waitFor(() => expect(button.textContent).toBe('Copied'));
    const live = button.parentElement!.querySelector('[aria-live="polite"]')!;
    expect(live.textContent).toBe('Copied');
  });

  it('says so when the clipboard refuses', async () => {
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    render(<CopyButton text="x" label="Copy x" />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy x' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Copy x' }).textContent).toBe('Copy failed'));
  });
});
