import { contactsFor, trackingUrl } from '../lib/carriers';
import type { Text } from '../lib/i18n/catalog';
import { marketLanguage } from '../lib/i18n/locales';
import type { AdviceAction as Action } from '../lib/advice/types';
import { Breadcrumb } from './Breadcrumb';
import { carrierName } from './carrier-names';
import { CopyMessage } from './CopyMessage';
import { ExternalLink } from './ExternalLink';
import { telHref } from './format';
import { t } from './strings';

export interface ActionContext {
  /** The carrier shown in the popup, used when an action does not name one. */
  carrier?: string;
  trackingNumber?: string;
  region?: string;
}

/**
 * One advice action made concrete: a call becomes a `tel:` link from the directory (never from the page), tracking
 * becomes the carrier's tracking link, an in-app path a breadcrumb, a message a copy button.
 */
export function AdviceAction({
  action,
  context,
  rewrite,
}: {
  action: Action;
  context: ActionContext;
  /** For a message to copy: the same message written in another language ("write in"). */
  rewrite?: (text: Text) => string | undefined;
}) {
  switch (action.kind) {
    case 'contact-carrier': {
      const carrier = action.carrier ?? context.carrier;
      if (!carrier) return null;
      const contacts = contactsFor(carrier, context.region);
      const name = carrierName(carrier) ?? contacts.carrierName;
      if (action.claims && contacts.claims) {
        return (
          <ExternalLink href={contacts.claims.url} class="action">
            {t('claimsAction', { carrier: name })}
          </ExternalLink>
        );
      }
      const phone = contacts.phones[0];
      if (phone) {
        return (
          <a class="action" href={telHref(phone.e164)} data-testid="advice-call">
            {t('callAction', { carrier: name, phone: phone.display })}
          </a>
        );
      }
      const page = contacts.channels.find((channel) => channel.kind === 'contact-page') ?? contacts.channels[0];
      return page ? (
        <ExternalLink href={page.url} class="action">
          {t('contactPageAction', { carrier: name })}
        </ExternalLink>
      ) : null;
    }
    case 'track': {
      const carrier = action.carrier ?? context.carrier;
      if (!carrier || !context.trackingNumber) return null;
      const link = trackingUrl(carrier, context.trackingNumber, context.region);
      if (!link) return null;
      return (
        <ExternalLink href={link.url} class="action">
          {t('trackAction', { carrier: carrierName(carrier) ?? carrier })}
        </ExternalLink>
      );
    }
    case 'in-app':
      return <Breadcrumb path={action.path} />;
    case 'open':
      return (
        <ExternalLink href={action.url} class="action">
          {action.label}
        </ExternalLink>
      );
    case 'copy-message':
      return (
        <CopyMessage
          label={action.label}
          text={action.text}
          writeIn={marketLanguage(context.region)}
          rewrite={rewrite}
        />
      );
    default:
      return null;
  }
}
