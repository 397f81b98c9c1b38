import { ADVICE_EN, type AdviceKey } from '../i18n/messages/en/advice';

/**
 * Step titles are messages without arguments, keyed `advice.step.<step>.title` (or `.title.<variant>`). A case keeps
 * the key, not the words (lib/cases), so a stored step shows in whatever language its reader has chosen since.
 */
const TITLE_KEY = /^advice\.step\.[A-Za-z0-9]+\.title(\.[A-Za-z0-9]+)?$/;

export function isStepTitleKey(value: unknown): value is AdviceKey {
  return typeof value === 'string' && TITLE_KEY.test(value) && Object.hasOwn(ADVICE_EN, value);
}

let byEnglish: ReadonlyMap<string, AdviceKey> | undefined;

/**
 * The title message whose English text is `title`, if any: cases stored before titles were messages kept the English
 * words, which were these messages word for word.
 */
export function stepTitleKeyOf(title: string): AdviceKey | undefined {
  byEnglish ??= new Map(
    (Object.entries(ADVICE_EN) as [AdviceKey, string][])
      .filter(([key]) => TITLE_KEY.test(key))
      .map(([key, english]) => [english, key]),
  );
  return byEnglish.get(title);
}
