import { tiktokChannels } from '../lib/carriers';
import type { Role } from '../lib/order';
import { Breadcrumb } from './Breadcrumb';
import { ExternalLink } from './ExternalLink';
import { SourceLine } from './SourceLine';
import { t } from './strings';

export interface TikTokCardProps {
  region?: string;
  role: Role;
  today: string;
}

/** TikTok Shop's own help for the role: the buyer's in-app path, or Seller Center help and tickets on the region's host. */
export function TikTokCard({ region, role, today }: TikTokCardProps) {
  const channels = tiktokChannels(region, role);
  const links = [
    channels.help && { contact: channels.help, text: t('tiktokSellerHelp') },
    channels.ticket && { contact: channels.ticket, text: t('tiktokSellerTicket') },
    channels.policy && { contact: channels.policy, text: channels.policy.label || t('tiktokPolicy') },
    ...channels.more.map((contact) => ({ contact, text: contact.label })),
  ].filter((link) => link !== undefined);

  return (
    <section class="card tiktok-card" aria-labelledby="tiktok-heading" data-testid="tiktok-card">
      <h2 id="tiktok-heading">
        {t('tiktokHeading')} <span class="meta">{t(role === 'seller' ? 'roleSeller' : 'roleBuyer')}</span>
      </h2>
      {channels.inAppPath && channels.inAppPath.length > 0 && (
        <div class="in-app">
          <div class="field-label">{t(role === 'seller' ? 'tiktokSellerPath' : 'tiktokBuyerPath')}</div>
          <Breadcrumb path={channels.inAppPath} />
          {channels.inAppSource?.note && <p class="meta">{channels.inAppSource.note}</p>}
          {channels.inAppSource && (
            <SourceLine source={channels.inAppSource.source} checked={channels.inAppSource.checked} today={today} />
          )}
        </div>
      )}
      {links.length > 0 && (
        <ul class="links">
          {links.map(({ contact, text }) => (
            <li key={contact.url}>
              <ExternalLink href={contact.url}>{text}</ExternalLink>
              {!contact.verified && <p class="unverified">{t('unverifiedPage')}</p>}
              {contact.note && <p class="meta">{contact.note}</p>}
              <SourceLine source={contact.source} checked={contact.checked} today={today} linkUrl={contact.url} />
            </li>
          ))}
        </ul>
      )}
      {!channels.inAppPath?.length && links.length === 0 && <p class="meta">{t('tiktokNone')}</p>}
    </section>
  );
}
