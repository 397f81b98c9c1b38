import { formatDay, hostOf, safeHref } from './format';
import { t } from './strings';

export interface SourceLineProps {
  source: string;
  checked?: string;
  today?: string;
  /** The URL of the link this line sits under: when the source is that page itself, only its host is named. */
  linkUrl?: string;
}

/** The small "Source: usps.com · checked 26 Nov" line under every contact and rule. */
export function SourceLine({ source, checked, today, linkUrl }: SourceLineProps) {
  const href = safeHref(source);
  const date = checked ? ` · ${t('checkedOn', { date: formatDay(checked, today) })}` : '';
  if (linkUrl !== undefined && safeHref(linkUrl) === href) {
    return (
      <p class="source">
        {hostOf(source)}
        {date}
      </p>
    );
  }
  return (
    <p class="source">
      {t('sourceLabel')}:{' '}
      {href ? (
        <a href={href} target="_blank" rel="noopener noreferrer">
          {hostOf(source)}
        </a>
      ) : (
        hostOf(source)
      )}
      {date}
    </p>
  );
}
