// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OptionsForm } from '../../../entrypoints/options/OptionsForm';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings';

function renderForm(initial: Settings = DEFAULT_SETTINGS, storageError?: string) {
  const onSave = vi.fn<(settings: Settings) => Promise<void>>(async () => {});
  render(<OptionsForm initial={initial} storageError={storageError} onSave={onSave} />);
  return onSave;
}

describe('the options page', () => {
  afterEach(cleanup);

  it('offers every TikTok Shop market by ISO code and saves the choice', async () => {
    const onSave = renderForm();
    const region = screen.getByTestId('region') as HTMLSelectElement;
    const codes = [...region.options].map((option) => option.value);
    expect(codes).toEqual([
      '',
      'US',
      'GB',
      'IE',
      'ES',
      'DE',
      'FR',
      'IT',
      'MX',
      'BR',
      'JP',
      'ID',
      'MY',
      'TH',
      'VN',
      'PH',
      'SG',
    ]);
    fireEvent.change(region, { target: { value: 'GB' } });
    expect(onSave).toHaveBeenLastCalledWith(expect.objectContaining({ region: 'GB' }));
    await waitFor(() => expect(screen.getByTestId('save-status').textContent).toBe('Saved.'));
  });

  it("lists only the chosen country's carriers as preferences", () => {
    const onSave = renderForm({ ...DEFAULT_SETTINGS, region: 'GB' });
    expect(screen.queryByTestId('preferred-evri')).not.toBeNull();
    expect(screen.queryByTestId('preferred-ghn')).toBeNull();
    fireEvent.click(screen.getByTestId('preferred-evri'));
    expect(onSave).toHaveBeenLastCalledWith(expect.objectContaining({ preferredCarriers: ['evri'] }));
  });

  it('switches role and resets to defaults', () => {
    const onSave = renderForm({ ...DEFAULT_SETTINGS, region: 'US' });
    fireEvent.click(screen.getByTestId('role-seller'));
    expect(onSave).toHaveBeenLastCalledWith(expect.objectContaining({ role: 'seller' }));
    fireEvent.click(screen.getByTestId('reset'));
    expect(onSave).toHaveBeenLastCalledWith(DEFAULT_SETTINGS);
  });

  it('says when storage failed to read or to save, instead of failing silently', async () => {
    const onSave = vi.fn<(settings: Settings) => Promise<void>>(async () => {
      throw new Error('QUOTA_BYTES exceeded');
    });
    render(<OptionsForm initial={DEFAULT_SETTINGS} storageError="storage unavailable" onSave={onSave} />);
    expect(screen.getByRole('alert').textContent).toContain('storage unavailable');
    fireEvent.click(screen.getByTestId('role-buyer'));
    await waitFor(() => expect(screen.getByTestId('save-status').textContent).toContain('QUOTA_BYTES exceeded'));
  });
});
