// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { pageLanguage } from '../../components/languages';
import { currentText, t } from '../../components/strings';
import type { Text } from '../../lib/i18n/catalog';
import type { Locale } from '../../lib/i18n/locales';
import { createTranslator } from '../../lib/i18n/translator';
import { pseudoCatalog } from '../fixtures/pseudo-catalog';

/** Loads that the test settles by hand, to play a slow language against a quick change of mind. */
const pending = new Map<Locale, (text: Text) => void>();
vi.mock(import('../../lib/i18n/catalog'), async (original) => {
  const actual = await original();
  return {
    ...actual,
    loadText: (locale: Locale) => new Promise<Text>((resolve) => pending.set(locale, resolve)),
  };
});

// The carrier directory's texts, at once: one label in Thai.
const loadDirectory = vi.hoisted(() =>
  vi.fn<(locale: string) => Promise<Record<string, string>>>(() =>
    Promise.resolve({ 'Customer service': 'ฝ่ายบริการลูกค้า' }),
  ),
);
vi.mock(import('../../lib/i18n/directory'), () => ({ loadDirectory }));

async function settle(locale: Locale) {
  const { EN } = await import('../../lib/i18n/catalog');
  pending.get(locale)?.(createTranslator(locale, pseudoCatalog(`⟦${locale}:`, '⟧'), EN));
  await new Promise((resolve) => setTimeout(resolve, 0));
}

describe('a page’s language', () => {
  it('paints once the language is loaded, with <html lang> and the window title in it', async () => {
    const paint = vi.fn<() => void>();
    const use = pageLanguage(document, 'en-US', 'optionsTitle');
    use('th', paint);
    expect(paint).not.toHaveBeenCalled();
    await settle('th');
    expect(paint).toHaveBeenCalledTimes(1);
    expect(document.documentElement.lang).toBe('th');
    expect(document.title).toBe('⟦th:optionsTitle⟧');
    expect(t('copy')).toBe('⟦th:copy⟧');

    // The same language again (another storage change): painted at once, nothing loaded.
    use('th', paint);
    expect(paint).toHaveBeenCalledTimes(2);
  });

  it('follows the browser when nothing is chosen', async () => {
    const paint = vi.fn<() => void>();
    pageLanguage(document, 'ja-JP', 'appTitle')(undefined, paint);
    await settle('ja');
    expect(paint).toHaveBeenCalledTimes(1);
    expect(document.documentElement.lang).toBe('ja');
  });

  it('ends on the last language chosen, even when the one chosen before loads later', async () => {
    const painted: string[] = [];
    const use = pageLanguage(document, 'en-US', 'appTitle');
    use('de', () => painted.push('de'));
    use('vi', () => painted.push('vi'));
    await settle('vi');
    await settle('de');
    expect(painted).toEqual(['vi']);
    expect(document.documentElement.lang).toBe('vi');
    expect(t('copy')).toBe('⟦vi:copy⟧');
  });

  it('loads the carrier directory’s texts only for a page that shows carrier contacts', async () => {
    loadDirectory.mockClear();
    const popup = vi.fn<() => void>();
    pageLanguage(document, 'en-US', 'appTitle', { showsDirectory: true })('th', popup);
    await settle('th');
    expect(popup).toHaveBeenCalledTimes(1);
    expect(loadDirectory).toHaveBeenCalledWith('th');
    expect(currentText().data('Customer service')).toBe('ฝ่ายบริการลูกค้า');

    loadDirectory.mockClear();
    const options = vi.fn<() => void>();
    pageLanguage(document, 'en-US', 'optionsTitle')('th', options);
    await settle('th');
    expect(options).toHaveBeenCalledTimes(1);
    expect(loadDirectory).not.toHaveBeenCalled();
    expect(currentText().data('Customer service')).toBe('Customer service');
  });
});
