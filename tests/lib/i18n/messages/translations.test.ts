import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { CARRIERS } from '../../../../lib/carriers';
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
      new IntlMessageFormat(message, tag, undefined, { ignoreTag: true }).getAst();
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

/** Every text of the carrier directory a page shows: phone and link labels, notes, opening hours, no-phone notes. */
function directoryTexts(): Set<string> {
  const texts = new Set<string>();
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        if (['label', 'note', 'noPhoneNote', 'text'].includes(key) && typeof inner === 'string' && inner.trim())
          texts.add(inner);
        else walk(inner);
      }
    }
  };
  walk(CARRIERS);
  return texts;
}

const directories = Object.entries(
  import.meta.glob<{ default: Messages }>('../../../../lib/i18n/messages/*/directory.json', { eager: true }),
).map(([path, module]) => [/messages\/([^/]+)\/directory\.json$/.exec(path)?.[1] ?? path, module.default] as const);

describe('translated carrier directories', () => {
  const english = directoryTexts();

  it('exist for every language but English', () => {
    expect(directories.map(([locale]) => locale).toSorted()).toEqual(LOCALES.filter((l) => l !== 'en').toSorted());
  });

  it.each(directories)('%s translates every directory text and keeps its numbers, links and addresses', (_l, texts) => {
    const found: string[] = [];
    for (const source of english) {
      const translated = texts[source];
      if (!translated?.trim()) {
        found.push(`missing: ${source}`);
        continue;
      }
      // Phone numbers, hours, amounts, web and e-mail addresses are facts: every digit run and address of the English
      // is in the translation (digit runs, not numbers: a language writes €0,14 or 2 500 its own way).
      const digits = new Set(translated.match(/\d+/g) ?? []);
      for (const run of source.match(/\d+/g) ?? []) if (!digits.has(run)) found.push(`lost “${run}” in: ${source}`);
      for (const address of source.match(/https?:\/\/[^\s)]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g) ?? [])
        if (!translated.includes(address)) found.push(`lost “${address}” in: ${source}`);
    }
    for (const key of Object.keys(texts)) if (!english.has(key)) found.push(`not a directory text: ${key}`);
    expect(found).toEqual([]);
  });
});

/**
 * Buttons whose spoken name adds context to the words on them: the name starts with those words in every language,
 * so that a speech-input user can say what they see (WCAG 2.5.3 Label in Name; axe checks it in English only).
 */
const NAMED_BY_THEIR_WORDS = [
  ['caseResolve', 'caseResolveLabel'],
  ['caseOpenInList', 'caseOpenInListLabel'],
  ['caseNotWaiting', 'caseNotWaitingLabel'],
  ['reminderRemove', 'reminderRemoveLabel'],
] as const;

describe('spoken button names', () => {
  const catalogs = [
    ['en', UI_EN] as const,
    ...byLocale(uiFiles, (module) => module.UI, UI_EN).map(([l, c]) => [l, c] as const),
  ];
  it.each(catalogs)('%s: start with the words shown on the button', (_locale, catalog) => {
    const catalogOf = catalog as Messages;
    for (const [shown, spoken] of NAMED_BY_THEIR_WORDS)
      expect(catalogOf[spoken]?.slice(0, catalogOf[shown]?.length)).toBe(catalogOf[shown]);
  });
});
