import { contactsFor, trackingUrl } from '../lib/carriers';
import type { ChannelContact, ContactCaveat, OfficialAnswer, PhoneContact } from '../lib/carriers/types';
import type { Role } from '../lib/order';
import { carrierName } from './carrier-names';
import { CopyButton } from './CopyButton';
import { ExternalLink } from './ExternalLink';
import { regionName, telHref } from './format';
import { OpeningHours } from './OpeningHours';
import { InfoButton, Provenance, ProvenancePanel, useDisclosure } from './Provenance';
import { SourcedLink } from './SourcedLink';
import { t, tData, tMaybe } from './strings';
import { TrackButton } from './TrackButton';

export interface CarrierCardProps {
  carrierId: string;
  trackingNumber?: string;
  /** The user's effective region (ISO alpha-2). */
  region?: string;
  /** Whose answer it is: a seller is the sender the carrier talks to, a buyer the recipient. */
  role?: Role;
  now: Date;
  today: string;
  timeZone?: string;
}

/** "1-800-275-8777 (1-800-ASK-USPS)": the number large and unbroken, the mnemonic after it in small type. */
function PhoneDisplay({ display }: { display: string }) {
  const match = /^(.+?)\s*(\(.+\))$/.exec(display);
  if (!match) return <span class="phone-number">{display}</span>;
  return (
    <>
      <span class="phone-number">{match[1]}</span> <span class="phone-extra">{match[2]}</span>
    </>
  );
}

/** Why a line or channel does not suit everyone, in words, where the number is (not in a tooltip). */
function Caveats({ caveats, printedAs }: { caveats?: readonly ContactCaveat[]; printedAs?: string }) {
  if (!caveats?.length) return null;
  return (
    <>
      {caveats.map((caveat) => (
        <p key={caveat} class="warning" role="note" data-testid={`caveat-${caveat}`}>
          {t(`caveat_${caveat}`, { printed: printedAs ?? '' })}
        </p>
      ))}
    </>
  );
}

function PhoneRow({
  phone,
  carrier,
  first,
  now,
  today,
  timeZone,
}: {
  phone: PhoneContact;
  carrier: string;
  first: boolean;
  now: Date;
  today: string;
  timeZone?: string;
}) {
  // A WhatsApp-only number is not for calling: no tel: link, only the number to copy.
  const callable = !phone.caveats?.includes('whatsapp-only');
  const info = useDisclosure();
  return (
    <div class="phone">
      {(phone.label || !phone.verified) && (
        <div class="phone-head">
          {phone.label && <span class="field-label">{tData(phone.label)}</span>}
          {/* Calm, not a warning: the number is still the best one known, only its source is not the carrier's. */}
          {!phone.verified && (
            <span class="tag" data-testid="unverified">
              {t('unverified')}
            </span>
          )}
        </div>
      )}
      <div class="phone-main">
        {callable ? (
          <a
            class="phone-link"
            href={telHref(phone.e164)}
            data-testid={first ? 'hotline' : 'phone'}
            aria-label={t('callCarrier', { carrier, phone: phone.display })}
          >
            <PhoneDisplay display={phone.display} />
          </a>
        ) : (
          <span class="phone-link" data-testid="phone-whatsapp">
            <PhoneDisplay display={phone.display} />
          </span>
        )}
        <CopyButton text={phone.e164} label={t('copyPhone', { phone: phone.display })} />
        <InfoButton
          open={info.open}
          controls={info.id}
          label={t('provenanceFor', { what: t('phoneWhat', { carrier, phone: tData(phone.label) ?? phone.display }) })}
          onToggle={info.toggle}
        />
      </div>
      {info.open && (
        <ProvenancePanel
          id={info.id}
          source={phone.source}
          checked={phone.checked}
          today={today}
          note={tData(phone.note)}
        />
      )}
      <Caveats caveats={phone.caveats} printedAs={phone.printedAs} />
      {phone.hours && <OpeningHours hours={phone.hours} now={now} timeZone={timeZone} />}
    </div>
  );
}

function ChannelRow({ channel, today }: { channel: ChannelContact; today: string }) {
  return (
    <li class="channel">
      <div class="channel-main">
        <SourcedLink
          contact={{ ...channel, note: tData(channel.note) }}
          text={tData(channel.label)}
          unverifiedLabel={t('unverified')}
          today={today}
        />
      </div>
      <Caveats caveats={channel.caveats} />
    </li>
  );
}

/**
 * The carrier's own answer to "how do I reach you" (contact the sender, use the chat or the form...), first: when the
 * carrier says so itself, calling around is the wrong first step.
 */
function OfficialAnswerBlock({
  answer,
  carrier,
  role,
  today,
}: {
  answer: OfficialAnswer;
  carrier: string;
  role: Role;
  today: string;
}) {
  // "Contact the sender" means the seller to a buyer, and the seller themself to a seller.
  const said =
    (role === 'seller' && tMaybe(`answer_${answer.action}_seller`, { carrier })) ||
    t(`answer_${answer.action}`, { carrier });
  return (
    <div class="notice" data-testid="official-answer">
      <div class="notice-head">
        <p>
          <strong>{said}</strong>
        </p>
        <Provenance
          what={said}
          source={answer.source}
          checked={answer.checked}
          today={today}
          note={tData(answer.note)}
        />
      </div>
      <p class="meta">{t('answerQuote', { quote: answer.quote })}</p>
      {answer.url && <ExternalLink href={answer.url}>{t(`answerGo_${answer.action}`, { carrier })}</ExternalLink>}
    </div>
  );
}

/**
 * Whom to call and where to track: contacts come only from the bundled directory (never from the page), each with
 * its source and the date it was checked; third-party listings are marked unverified.
 */
export function CarrierCard({
  carrierId,
  trackingNumber,
  region,
  role = 'buyer',
  now,
  today,
  timeZone,
}: CarrierCardProps) {
  const contacts = contactsFor(carrierId, region);
  const name = carrierName(carrierId) ?? contacts.carrierName;
  const link = trackingNumber ? trackingUrl(carrierId, trackingNumber, region) : undefined;
  const headingId = `carrier-${carrierId}`;

  // Say so when the answer is not the user's own country's: a US number is little use to a caller in the UK unless
  // they know it is one.
  let fallback: string | undefined;
  if (region && contacts.resolvedFrom === 'international') {
    fallback = contacts.country
      ? t('fallbackOtherCountry', { country: regionName(region), otherCountry: regionName(contacts.country) })
      : t('fallbackInternational', { country: regionName(region) });
  }

  return (
    <section class="card carrier-card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('carrierCardHeading', { carrier: name })}</h2>
      {fallback && <p class="meta">{fallback}</p>}
      {contacts.lookalikes.map((id) => (
        <p key={id} class="warning" role="note" data-testid="lookalike">
          {t('lookalike', { lookalike: carrierName(id) ?? id, carrier: name })}
        </p>
      ))}
      {contacts.officialAnswer && (
        <OfficialAnswerBlock answer={contacts.officialAnswer} carrier={name} role={role} today={today} />
      )}

      {contacts.phones.map((phone, index) => (
        <PhoneRow
          key={phone.e164}
          phone={phone}
          carrier={name}
          first={index === 0}
          now={now}
          today={today}
          timeZone={timeZone}
        />
      ))}

      {contacts.resolvedFrom === 'none' && <p class="meta">{t('noContacts')}</p>}
      {contacts.phones.length === 0 && contacts.resolvedFrom !== 'none' && (
        <>
          <p class="meta">{tData(contacts.noPhoneNote) ?? t('noPhone')}</p>
          <p class="meta" data-testid="no-phone-next">
            {t(role === 'seller' ? 'noPhoneNext_seller' : 'noPhoneNext_buyer')}
          </p>
        </>
      )}
      {contacts.phones.length === 0 && contacts.channels.length > 0 && (
        <>
          <h3>{t('otherChannels')}</h3>
          <ul class="channels">
            {contacts.channels.map((channel) => (
              <ChannelRow key={channel.url} channel={channel} today={today} />
            ))}
          </ul>
        </>
      )}

      {link && trackingNumber && (
        <TrackButton url={link.url} number={trackingNumber} carrierName={name} asks={link.asks} />
      )}
      {contacts.claims && (
        <div class="claims channel-main">
          <SourcedLink
            contact={contacts.claims}
            text={t('claimsPage', { carrier: name })}
            unverifiedLabel={t('unverified')}
            today={today}
          />
        </div>
      )}
    </section>
  );
}
