import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { ADVICE_EN } from '../../../../lib/i18n/messages/en/advice';
import { UI_EN } from '../../../../lib/i18n/messages/en/ui';
import { LOCALES, languageTag } from '../../../../lib/i18n/locales';
import { messageArguments } from '../../../fixtures/pseudo-catalog';

type Messages = Record<string, string>;

/** Every translated catalog file there is: `lib/i18n/messages/<locale>/advice.ts` (`ADVICE`) and `ui.ts` (`UI`). */
const adviceFiles = import.meta.glob<{ ADVICE: Messages }>('../../../../lib/i18n/messages/*/advice.ts', {
  eager: true,
});
const uiFiles = import.meta.glob<{ UI: Messages }>('../../../../lib/i18n/messages/*/ui.ts', { eager: true });

function byLocale<T>(files: Record<string, T>, pick: (module: T) => Messages, english: Messages) {
  return Object.entries(files)
    .map(([path, module]) => [/messages\/([^/]+)\/\w+\.ts$/.exec(path)?.[1] ?? path, pick(module), english] as const)
    .filter(([locale]) => locale !== 'en');
}

const translations = [
  ...byLocale(adviceFiles, (module) => module.ADVICE, ADVICE_EN).map(([l, c, e]) => [`${l} advice`, l, c, e] as const),
  ...byLocale(uiFiles, (module) => module.UI, UI_EN).map(([l, c, e]) => [`${l} ui`, l, c, e] as const),
];

/** What a translation must keep of its English message: argument names, and which of them are plural counts. */
function problems(locale: string, catalog: Messages, english: Messages): string[] {
  const tag = languageTag(locale as (typeof LOCALES)[number]);
  const categories = new Set(new Intl.PluralRules(tag).resolvedOptions().pluralCategories);
  const found: string[] = [];
  for (const [key, source] of Object.entries(english)) {
    const message = catalog[key];
    if (message === undefined) {
      found.push(`${key}: missing`);
      continue;
    }
    try {
      new IntlMessageFormat(message, tag, undefined, { ignoreTag: true });
    } catch (error) {
      found.push(`${key}: does not parse (${String(error)})`);
      continue;
    }
    const want = messageArguments(source);
    const got = messageArguments(message);
    for (const [name, kind] of want)
      if (got.get(name) === undefined) found.push(`${key}: lost {${name}}`);
      else if (kind === 'plural' && got.get(name) !== 'plural') found.push(`${key}: {${name}} must stay a plural`);
    for (const name of got.keys()) if (!want.has(name)) found.push(`${key}: unknown argument {${name}}`);
    // Plural branches: "other" always; no category the language does not have (it would never show).
    for (const match of message.matchAll(/\{\s*\w+\s*,\s*plural\s*,((?:[^{}]|\{(?:[^{}]|\{[^{}]*\})*\})*)\}/g)) {
      const branches = [...(match[1] ?? '').matchAll(/(?:^|\s|\})\s*(=\d+|zero|one|two|few|many|other)\s*\{/g)].map(
        (branch) => branch[1] ?? '',
      );
      if (!branches.includes('other')) found.push(`${key}: plural without "other"`);
      for (const branch of branches)
        if (!branch.startsWith('=') && !categories.has(branch as Intl.LDMLPluralRule))
          found.push(`${key}: "${branch}" is not a plural category of ${tag}`);
    }
  }
  for (const key of Object.keys(catalog)) if (!Object.hasOwn(english, key)) found.push(`${key}: not an English key`);
  return found;
}

describe('translated catalogs', () => {
  it.each(translations)(
    '%s has every message, with the English arguments and its own plural categories',
    (_name, locale, catalog, english) => {
      expect(LOCALES as readonly string[]).toContain(locale);
      expect(problems(locale, catalog, english)).toEqual([]);
    },
  );
});
