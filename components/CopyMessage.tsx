import { useId, useState } from 'preact/hooks';
import type { Text } from '../lib/i18n/catalog';
import { LOCALES, LOCALE_NAMES, type Locale, isLocale, languageTag } from '../lib/i18n/locales';
import { CopyButton } from './CopyButton';
import { useTextIn } from './languages';
import { currentText, t } from './strings';

export interface CopyMessageProps {
  /** The button's label, in the pages' language. */
  label: string;
  /** The message as the advice wrote it, in the pages' language. */
  text: string;
  /** The language to write in before the user picks one: the order market's ("write in" default). */
  writeIn?: Locale;
  /** The same message written in another language; undefined when it cannot be (the advice moved on). */
  rewrite?: (text: Text) => string | undefined;
}

/**
 * A ready-to-copy message (to a seller, a buyer, TikTok or a carrier), with "Write in": the language it is written in,
 * the order market's by default, any of ours on request (a cross-border seller writing to a buyer abroad). The button
 * copies the message in that language; the preview shows it, marked with its language for screen readers.
 */
export function CopyMessage({ label, text, writeIn, rewrite }: CopyMessageProps) {
  const pages = currentText();
  const [chosen, setChosen] = useState<Locale | undefined>(undefined);
  const [announced, setAnnounced] = useState('');
  const id = useId();
  const locale = chosen ?? (rewrite ? (writeIn ?? pages.locale) : pages.locale);
  const written = useTextIn(locale);
  // Until another language has loaded (a moment), the message shows as the advice wrote it.
  const message = written && written.locale !== pages.locale ? (rewrite?.(written) ?? text) : text;
  const messageTag = languageTag(written && message !== text ? written.locale : pages.locale);

  return (
    <div class="message" data-testid="copy-message">
      <div class="message-row">
        <CopyButton text={message} label={label}>
          {label}
        </CopyButton>
        {rewrite && (
          <span class="write-in">
            <label for={`${id}-write-in`}>{t('writeInLabel')}</label>
            <select
              id={`${id}-write-in`}
              class="write-in-select"
              data-testid="write-in"
              value={locale}
              aria-describedby={`${id}-write-in-for`}
              onChange={(event) => {
                const value = (event.target as HTMLSelectElement).value;
                if (!isLocale(value)) return;
                setChosen(value);
                setAnnounced(t('writeInChanged', { language: LOCALE_NAMES[value] }));
              }}
            >
              {LOCALES.map((code) => (
                <option key={code} value={code} lang={languageTag(code)}>
                  {LOCALE_NAMES[code]}
                </option>
              ))}
            </select>
            <span id={`${id}-write-in-for`} class="sr-only">
              {t('writeInLabelFor', { message: label })}
            </span>
          </span>
        )}
      </div>
      <span class="sr-only" role="status" aria-live="polite">
        {announced}
      </span>
      <details>
        <summary>{t('previewMessage')}</summary>
        <p class="message-text" lang={messageTag} data-testid="message-text">
          {message}
        </p>
      </details>
    </div>
  );
}
