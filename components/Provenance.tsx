import type { ComponentChildren } from 'preact';
import { useId, useState } from 'preact/hooks';
import { SourceLine } from './SourceLine';
import { t } from './strings';

/** An open/closed state with the ids that tie a toggle button to the panel it shows. */
export function useDisclosure(initiallyOpen = false) {
  const [open, setOpen] = useState(initiallyOpen);
  const id = useId();
  return { open, id, toggle: () => setOpen((was) => !was) };
}

export interface InfoButtonProps {
  open: boolean;
  /** The id of the panel the button shows. */
  controls: string;
  /** The accessible name ("Source and date: USPS customer service"). */
  label: string;
  onToggle: () => void;
  testId?: string;
}

/**
 * A small round "i" button that shows or hides a panel of details (where a fact comes from, what a word means).
 * A real button: reachable with Tab, toggled with Enter or Space, its state read out through aria-expanded.
 */
export function InfoButton({ open, controls, label, onToggle, testId }: InfoButtonProps) {
  return (
    <button
      type="button"
      class="info-toggle"
      aria-expanded={open}
      // The panel is rendered only while open; aria-controls names it then (WAI-ARIA APG, Disclosure pattern).
      aria-controls={open ? controls : undefined}
      aria-label={label}
      title={label}
      data-testid={testId ?? 'info-toggle'}
      onClick={onToggle}
    >
      <span class="info-icon" aria-hidden="true" />
    </button>
  );
}

export interface ProvenancePanelProps {
  id: string;
  /** https URL of the page that states the fact. */
  source?: string;
  /** ISO date the source was checked. */
  checked?: string;
  today?: string;
  /** The link the fact sits under: when the source is that page itself, only its host is named. */
  linkUrl?: string;
  /** What a user should know about the fact (why it is not confirmed, where the number works...). */
  note?: string;
  /** For advice with no page behind it: why the step is sound. */
  reason?: string;
  children?: ComponentChildren;
}

/** Where a contact or rule comes from and when it was checked, shown under the fact when its info button is open. */
export function ProvenancePanel({ id, source, checked, today, linkUrl, note, reason, children }: ProvenancePanelProps) {
  return (
    <div id={id} class="provenance-panel" data-testid="provenance">
      {children}
      {note && <p class="meta">{note}</p>}
      {reason && <p class="meta">{t('adviceReason', { reason })}</p>}
      {source && <SourceLine source={source} checked={checked} today={today} linkUrl={linkUrl} />}
    </div>
  );
}

export interface ProvenanceProps extends Omit<ProvenancePanelProps, 'id'> {
  /** What the fact is, for the button's accessible name ("USPS customer service"). */
  what: string;
}

/** An info button and, when open, its provenance panel: for facts whose button can sit on a line of its own. */
export function Provenance({ what, ...panel }: ProvenanceProps) {
  const info = useDisclosure();
  return (
    <div class="provenance">
      <InfoButton open={info.open} controls={info.id} label={t('provenanceFor', { what })} onToggle={info.toggle} />
      {info.open && <ProvenancePanel id={info.id} {...panel} />}
    </div>
  );
}
