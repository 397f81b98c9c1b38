/**
 * The pages' words: a thin bridge from the components to the message catalogs (lib/i18n). Each page's main (and the
 * background) loads the user's language and calls `setText` before its first render; components call `t(key,
 * values)`. Messages live in lib/i18n/messages/<locale>/ui.ts (English: the source); formatting is ICU MessageFormat,
 * done by the translator (lib/i18n/translator.ts), never here.
 */
import { ENGLISH, type Text } from '../lib/i18n/catalog';
import { UI_EN } from '../lib/i18n/messages/en/ui';
import type { MessageValues } from '../lib/i18n/translator';

export type StringKey = keyof typeof UI_EN;

/** The text after the first `{` of `message`, for each `{` in turn. */
type AfterBraces<Message extends string> = Message extends `${string}{${infer Rest}` ? Rest | AfterBraces<Rest> : never;
/** The word a `{` opens when it names an argument (`{carrier}`, `{count, plural, ...}`); never for plural texts. */
type ArgumentAt<Rest extends string> = Rest extends `${infer Head}}${string}`
  ? Head extends `${infer Name},${string}`
    ? Identifier<Name>
    : Identifier<Head>
  : never;
type Identifier<Word extends string> = Word extends '' | `${string}${' ' | '#' | '{' | '.' | "'"}${string}`
  ? never
  : Word;

/** The argument names of an English message, read from its text by the type checker: `'{carrier} at {phone}'`. */
export type ArgumentsOf<Key extends StringKey> = ArgumentAt<AfterBraces<(typeof UI_EN)[Key]>>;

/** What `t(key, ...)` takes after the key: nothing for a message without arguments, else every one by name. */
type ValuesFor<Key extends StringKey> = [ArgumentsOf<Key>] extends [never]
  ? []
  : [values: Readonly<Record<ArgumentsOf<Key>, string | number>>];

let current: Text = ENGLISH;

/** Makes `text` the language of everything `t()` says from now on (each page's main, before it renders). */
export function setText(text: Text): void {
  current = text;
}

/** The language the pages speak now: for dates, lists and anything else that formats through it. */
export function currentText(): Text {
  return current;
}

/** The message for `key` in the current language, its arguments filled by name: `t('trackOn', { carrier })`. */
export function t<Key extends StringKey>(key: Key, ...values: ValuesFor<Key>): string {
  return current.t(key, values[0]);
}

/**
 * A text of the carrier directory (a phone's label, a note, opening hours) in the current language. The directory is
 * written in English beside its sources; the English shows where a translation is missing.
 */
export function tData(english: string): string;
export function tData(english: string | undefined): string | undefined;
export function tData(english: string | undefined): string | undefined {
  return english === undefined ? undefined : current.data(english);
}

/** For keys built from data (`problem_${id}`): the message when the key exists, else undefined. */
export function tMaybe(key: string, values?: MessageValues): string | undefined {
  return Object.hasOwn(UI_EN, key) ? current.t(key as StringKey, values) : undefined;
}
