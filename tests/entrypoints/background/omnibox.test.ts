import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { escapeXml, omniboxSuggestions, registerOmnibox } from '../../../entrypoints/background/omnibox';

describe('address-bar suggestions', () => {
  it('say what to type before anything is typed', () => {
    expect(omniboxSuggestions('', false)).toEqual({
      description: 'Type or paste a tracking number to find its carrier, hotline and tracking link',
      suggestions: [],
    });
  });

  it('name the carrier of the number typed, and offer each further number alone', () => {
    expect(omniboxSuggestions('1Z999AA10123456784', false)).toEqual({
      description: 'UPS: 1Z999AA10123456784',
      suggestions: [],
    });
    expect(
      omniboxSuggestions('9400 1112 0108 0805 4830 16, J&T Express 630127384950 and EE123456785CN', false),
    ).toEqual({
      description: 'USPS: 9400111201080805483016',
      suggestions: [
        // J&T Malaysia's format names this number by itself: its own lookup needs no name.
        { content: '630127384950', description: 'J&T Express: 630127384950' },
        { content: 'EE123456785CN', description: 'China EMS (China Post Express & Logistics): EE123456785CN' },
      ],
    });
  });

  it('say when nothing is found yet, and escape the XML Chrome reads descriptions as', () => {
    expect(omniboxSuggestions('hello <b>', true).description).toBe(
      'No tracking number found yet in &#8220;hello &#60;b&#62;&#8221;'.replace('&#8220;', '“').replace('&#8221;', '”'),
    );
    expect(omniboxSuggestions('J&T Express 630127384950', true).description).toBe('J&#38;T Express: 630127384950');
    expect(escapeXml(`<"'&>`)).toBe('&#60;&#34;&#39;&#38;&#62;');
  });
});

describe('the address-bar keyword', () => {
  beforeEach(() => fakeBrowser.reset());

  it('opens the same lookup window as the right-click menu when the user presses Enter', async () => {
    const create = vi.spyOn(fakeBrowser.windows, 'create').mockResolvedValue({} as never);
    let changed: ((text: string, suggest: (results: object[]) => void) => void) | undefined;
    let entered: ((text: string) => void) | undefined;
    const setDefaultSuggestion = vi.fn<(suggestion: { description: string }) => Promise<void>>(async () => {});
    // The fake browser has no omnibox: the three calls the handler makes.
    Object.assign(fakeBrowser, {
      omnibox: {
        setDefaultSuggestion,
        onInputChanged: { addListener: (listener: typeof changed) => (changed = listener) },
        onInputEntered: { addListener: (listener: typeof entered) => (entered = listener) },
      },
    });
    registerOmnibox(false);
    const suggest = vi.fn<(results: object[]) => void>();
    changed!('Tracking: 1Z H784E2 0361 3186 02.', suggest);
    expect(setDefaultSuggestion).toHaveBeenLastCalledWith({ description: 'UPS: 1ZH784E20361318602' });
    expect(suggest).toHaveBeenCalledWith([]);
    entered!('Tracking: 1Z H784E2 0361 3186 02.');
    await vi.waitFor(() => expect(create).toHaveBeenCalledOnce());
    expect(create.mock.calls[0]![0]).toMatchObject({
      type: 'popup',
      url: expect.stringMatching(/\/popup\.html\?q=Tracking%3A%201Z%20H784E2%200361%203186%2002\.$/),
    });
    entered!('   ');
    expect(create).toHaveBeenCalledOnce();
  });
});
