import type { ComponentChildren } from 'preact';
import { safeHref } from './format';
import { t } from './strings';

export interface ExternalLinkProps {
  href: string;
  children: ComponentChildren;
  class?: string;
  testId?: string;
}

/** A link to a carrier or TikTok page: new tab, no opener, no referrer. Renders its text only when the URL is unsafe. */
export function ExternalLink({ href, children, class: className, testId }: ExternalLinkProps) {
  const safe = safeHref(href);
  if (!safe) return <span class={className}>{children}</span>;
  return (
    <a href={safe} target="_blank" rel="noopener noreferrer" class={className} data-testid={testId}>
      {children}
      <span class="sr-only"> {t('opensNewTab')}</span>
    </a>
  );
}
