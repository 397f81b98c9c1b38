import type { ChannelContact } from '../lib/carriers/types';
import { ExternalLink } from './ExternalLink';
import { Provenance } from './Provenance';

export interface SourcedLinkProps {
  contact: Pick<ChannelContact, 'url' | 'source' | 'checked' | 'verified' | 'note'>;
  /** The link's words ("Open a Seller Center ticket"). */
  text: string;
  /** The calm label shown when the directory could not confirm the page ("Address not confirmed"). */
  unverifiedLabel: string;
  today: string;
}

/**
 * A directory page as a link: the link, a calm label when the page is not confirmed, and the info button behind
 * which its source, checked date and note wait.
 */
export function SourcedLink({ contact, text, unverifiedLabel, today }: SourcedLinkProps) {
  return (
    <>
      <ExternalLink href={contact.url}>{text}</ExternalLink>
      {!contact.verified && <span class="tag">{unverifiedLabel}</span>}
      <Provenance
        what={text}
        source={contact.source}
        checked={contact.checked}
        today={today}
        linkUrl={contact.url}
        note={contact.note}
      />
    </>
  );
}
