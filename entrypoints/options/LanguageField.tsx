import { t } from '../../components/strings';
import { LOCALES, LOCALE_NAMES, type Locale, isLocale, languageTag } from '../../lib/i18n/locales';

export interface LanguageFieldProps {
  /** The language the user chose; undefined: follow the browser. */
  language?: Locale;
  /** The language "Automatic" gives: the browser's, as far as Carrier Finder speaks it. */
  browserLocale: Locale;
  onChange: (language: Locale | undefined) => void;
}

/**
 * The extension's language: "Automatic" (the browser's, named so the user sees what that gives) or one of the 13,
 * each in its own name and marked with its language, so a screen reader pronounces it right.
 */
export function LanguageField({ language, browserLocale, onChange }: LanguageFieldProps) {
  return (
    <div class="field">
      <label for="language">{t('languageLabel')}</label>
      <select
        id="language"
        data-testid="language"
        value={language ?? ''}
        aria-describedby="language-hint"
        onChange={(event) => {
          const value = event.currentTarget.value;
          onChange(isLocale(value) ? value : undefined);
        }}
      >
        <option value="">{t('languageAutomatic', { language: LOCALE_NAMES[browserLocale] })}</option>
        {LOCALES.map((code) => (
          <option key={code} value={code} lang={languageTag(code)}>
            {LOCALE_NAMES[code]}
          </option>
        ))}
      </select>
      <p id="language-hint" class="hint">
        {t('languageHint')}
      </p>
    </div>
  );
}
