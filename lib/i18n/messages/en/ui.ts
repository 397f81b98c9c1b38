/**
 * English messages of the extension's pages and background (popup, lookup, options, cases, menus, badge,
 * notifications). ICU MessageFormat (https://formatjs.github.io/docs/core-concepts/icu-syntax). The source every other
 * language translates; keys are stable ids, never shown.
 */
export const UI_EN = {} as const satisfies Readonly<Record<string, string>>;
