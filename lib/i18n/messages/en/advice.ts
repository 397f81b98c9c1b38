/**
 * English messages of the escalation advice (lib/advice): step titles and details, deadline sentences, message
 * templates. ICU MessageFormat with named arguments (https://formatjs.github.io/docs/core-concepts/icu-syntax).
 * The source every other language translates; keys are stable ids, never shown.
 */
export const ADVICE_EN = {} as const satisfies Readonly<Record<string, string>>;
