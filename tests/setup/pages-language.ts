import { beforeEach } from 'vitest';
import { setText } from '../../components/strings';
import { EN } from '../../lib/i18n/catalog';
import { createTranslator } from '../../lib/i18n/translator';

/*
 * Every test starts with the pages speaking English as a British browser writes it ("29 Dec", "09:00"), whatever an
 * earlier test switched them to: the language is module state (components/strings.ts), set by each page's main.
 */
beforeEach(() => {
  setText(createTranslator('en', EN, EN, { browserLanguage: 'en-GB' }));
});
