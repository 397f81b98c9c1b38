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

  it('keeps the lines of a pasted list apart (a single-line input would glue them together)', () => {
    const onLookup = vi.fn<(text: string) => void>();
    render(<LookupBox onLookup={onLookup} />);
    const input = screen.getByLabelText('Look up a tracking number') as HTMLInputElement;
    const pasted = fireEvent.paste(input, {
      clipboardData: { getData: () => '1Z999AA10123456784\r\n9400111201080805483016\n' },
    });
    expect(pasted).toBe(false); // the browser's own paste was replaced
    expect(input.value).toBe('1Z999AA10123456784 9400111201080805483016 ');
    fireEvent.submit(screen.getByRole('search'));
    expect(onLookup).toHaveBeenCalledWith('1Z999AA10123456784 9400111201080805483016 ');
  });

  it('leaves a paste without line breaks to the browser', () => {
    render(<LookupBox onLookup={() => {}} />);
    const input = screen.getByLabelText('Look up a tracking number') as HTMLInputElement;
    expect(fireEvent.paste(input, { clipboardData: { getData: () => '1Z999AA10123456784' } })).toBe(true);
  });

  it('shows what was looked up', () => {
    render(<LookupBox onLookup={() => {}} initial="9400111899223456789012" />);
    expect((screen.getByLabelText('Look up a tracking number') as HTMLInputElement).value).toBe(
      '9400111899223456789012',
    );
  });
});
