import { tiktokChannels } from '../lib/carriers';
import type { Role } from '../lib/order';
import { Breadcrumb } from './Breadcrumb';
import { Provenance } from './Provenance';
import { SourcedLink } from './SourcedLink';
import { currentText, t } from './strings';

export interface TikTokCardProps {
  region?: string;
  role: Role;
  today: string;
}

/**
 * TikTok Shop's own help for the role: the buyer's in-app path, or Seller Center help and tickets on the region's
 * host. Where each comes from sits behind its info button.
 */
export function TikTokCard({ region, role, today }: TikTokCardProps) {
  const channels = tiktokChannels(region, role, currentText());
  const links = [
    channels.help && { contact: channels.help, text: t('tiktokSellerHelp') },
    channels.ticket && { contact: channels.ticket, text: t('tiktokSellerTicket') },
    channels.policy && { contact: channels.policy, text: channels.policy.label || t('tiktokPolicy') },
    ...channels.more.map((contact) => ({ contact, text: contact.label })),
  ].filter((link) => link !== undefined);
  const pathLabel = t(role === 'seller' ? 'tiktokSellerPath' : 'tiktokBuyerPath');

  return (
    <section class="card tiktok-card" aria-labelledby="tiktok-heading" data-testid="tiktok-card">
      <h2 id="tiktok-heading">
        {t('tiktokHeading')} <span class="meta">{t(role === 'seller' ? 'roleSeller' : 'roleBuyer')}</span>
      </h2>
      {channels.inAppPath && channels.inAppPath.length > 0 && (
        <div class="in-app">
          <div class="channel-main">
            <span class="field-label">{pathLabel}</span>
            {channels.inAppSource && (
              <Provenance
                what={pathLabel}
                source={channels.inAppSource.source}
                checked={channels.inAppSource.checked}
                today={today}
              />
            )}
          </div>
          <Breadcrumb path={channels.inAppPath} />
          {channels.inAppSource?.note && <p class="meta">{channels.inAppSource.note}</p>}
        </div>
      )}
      {links.length > 0 && (
        <ul class="links">
          {links.map(({ contact, text }) => (
            <li key={contact.url}>
              <SourcedLink contact={contact} text={text} unverifiedLabel={t('unverifiedPage')} today={today} />
            </li>
          ))}
        </ul>
      )}
      {!channels.inAppPath?.length && links.length === 0 && <p class="meta">{t('tiktokNone')}</p>}
    </section>
  );
}
