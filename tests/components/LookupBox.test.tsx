// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LookupBox } from '../../components/LookupBox';

afterEach(cleanup);

describe('LookupBox', () => {
  it('is a search form with a labelled input that submits what was typed', () => {
    const onLookup = vi.fn<(text: string) => void>();
    render(<LookupBox onLookup={onLookup} hint="Paste a number" />);
    const input = screen.getByLabelText('Look up a tracking number') as HTMLInputElement;
    fireEvent.input(input, { target: { value: ' 1Z999AA10123456784 ' } });
    fireEvent.submit(screen.getByRole('search'));
    expect(onLookup).toHaveBeenCalledWith(' 1Z999AA10123456784 ');
    expect(screen.getByText('Paste a number')).toBeTruthy();
  });

  it('ignores an empty submit', () => {
    const onLookup = vi.fn<(text: string) => void>();
    render(<LookupBox onLookup={onLookup} />);
    fireEvent.submit(screen.getByRole('search'));
    expect(onLookup).not.toHaveBeenCalled();
  });

  it('shows what was looked up', () => {
    render(<LookupBox onLookup={() => {}} initial="9400111899223456789012" />);
    expect((screen.getByLabelText('Look up a tracking number') as HTMLInputElement).value).toBe(
      '9400111899223456789012',
    );
  });
});
