import { isStepTitleKey, stepTitleKeyOf } from '../advice/titles';
import type { Text } from '../i18n/catalog';
import type { AdviceKey } from '../i18n/messages/en/advice';
import type { CaseDate } from './types';

/**
 * A dated step's title in `text`'s language: from its message, or the words a version 1 case stored when they match
 * no title (shown as they are), or at worst the step's id.
 */
export function caseDateTitle(date: Pick<CaseDate, 'step' | 'titleKey' | 'title'>, text: Text): string {
  return date.titleKey ? text.t(date.titleKey) : (date.title ?? date.step);
}

/**
 * The title of a stored date as this version keeps it: its message when it names one (`titleKey`), else the message
 * whose English words a version 1 case stored (`title`), else those words (`legacy`).
 */
export function storedTitle(
  titleKey: unknown,
  words: string | undefined,
): { titleKey: AdviceKey } | { title: string } | undefined {
  if (isStepTitleKey(titleKey)) return { titleKey };
  if (words === undefined) return undefined;
  const key = stepTitleKeyOf(words);
  return key ? { titleKey: key } : { title: words };
}
