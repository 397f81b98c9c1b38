import type { ComponentChild } from 'preact';
import { useRef, useState } from 'preact/hooks';
import type { AdviceStep as Step } from '../lib/advice/types';
import { AdviceAction, type ActionContext } from './AdviceAction';
import { ExternalLink } from './ExternalLink';
import { daysUntil, formatDay } from './format';
import type { ContactChannel } from '../lib/advice/case-log';
import type { DateKind } from '../lib/cases/types';
import type { Text } from '../lib/i18n/catalog';
import { LogContactForm, type LogDraft } from './LogContactForm';
import { InfoButton, ProvenancePanel, useDisclosure } from './Provenance';
import { currentText, t, tMaybe } from './strings';

export interface AdviceStepProps {
  step: Step;
  today: string;
  context: ActionContext;
  role: 'buyer' | 'seller';
  /** Stores a case-log entry for this step; no "Log a contact" button when absent. */
  onLog?: (step: Step, draft: LogDraft) => Promise<boolean>;
  /** What to show under the deadline and under the follow-up (the "Remind me" control). */
  reminder?: (step: Step, kind: DateKind) => ComponentChild;
  /** The same advice with its messages written in `text`'s language ("write in"); no choice when absent. */
  messagesIn?: (text: Text) => readonly Step[];
}

/** The text of the message that is action `index` of step `id` in `steps`, when it is one. */
function messageIn(steps: readonly Step[], id: string, index: number): string | undefined {
  const action = steps.find((candidate) => candidate.id === id)?.actions[index];
  return action?.kind === 'copy-message' ? action.text : undefined;
}

/** The channel a contact for this step most likely used, to prefill the log form. */
export function channelForStep(step: Step, role: 'buyer' | 'seller'): ContactChannel {
  for (const action of step.actions) {
    if (action.kind === 'contact-carrier') return action.claims ? 'carrier-claim' : 'carrier-phone';
    if (action.kind === 'open' && step.who === 'tiktok') return 'tiktok-ticket';
  }
  switch (step.who) {
    case 'tiktok':
      return role === 'seller' ? 'tiktok-ticket' : 'tiktok-chat';
    case 'seller':
      return 'seller-message';
    case 'buyer':
      return 'buyer-message';
    case 'carrier':
      return 'carrier-email';
    default:
      return 'other';
  }
}

/**
 * One numbered step: who, what, when, the deadline and its state, what to have ready and the actions; where the rule
 * comes from sits behind the info button beside the title.
 */
export function AdviceStepItem({ step, today, context, role, onLog, reminder, messagesIn }: AdviceStepProps) {
  const [logging, setLogging] = useState(false);
  const info = useDisclosure();
  const logButton = useRef<HTMLButtonElement>(null);
  const left = step.deadline ? daysUntil(step.deadline, today) : undefined;
  const leftText =
    left === undefined || left < 0
      ? undefined
      : left === 0
        ? t('deadlineToday')
        : left === 1
          ? t('deadlineOneDay')
          : t('deadlineDaysLeft', { days: left });
  const have = step.have.map((item) => tMaybe(`have_${item}`) ?? item);
  const closeForm = () => {
    setLogging(false);
    // Back to the button that opened the form, so keyboard users keep their place.
    queueMicrotask(() => logButton.current?.focus());
  };

  return (
    <li class="step" data-testid="advice-step">
      {step.appliesIf && <p class="step-if">{step.appliesIf}</p>}
      <div class="step-head">
        <h4 class="step-title">{step.title}</h4>
        <InfoButton
          open={info.open}
          controls={info.id}
          label={t('provenanceFor', { what: step.title })}
          onToggle={info.toggle}
        />
      </div>
      {info.open && (
        <ProvenancePanel
          id={info.id}
          note={step.note}
          {...('url' in step.source ? {} : { reason: step.source.reason })}
        >
          {'url' in step.source && (
            <p class="source">
              {t('sourceLabel')}: <ExternalLink href={step.source.url}>{step.source.title}</ExternalLink>
              {' · '}
              {t('checkedOn', { date: formatDay(step.source.checked, today) })}
            </p>
          )}
        </ProvenancePanel>
      )}
      <p class="step-who">{tMaybe(`who_${step.who}`) ?? step.who}</p>
      <p class="step-detail">{step.detail}</p>
      {step.when && <p class="meta">{t('when', { when: step.when })}</p>}
      {step.notBefore && <p class="meta">{t('notBefore', { date: formatDay(step.notBefore, today) })}</p>}
      {(step.deadline || step.followUp) && (
        // The step's dates: its deadline and when to follow up. Date-driven controls (reminders) belong here.
        <div class="step-dates" data-testid="step-dates">
          {step.deadline && (
            <p class={`deadline deadline-${step.deadlineStatus ?? 'open'}`} data-testid="deadline">
              {t('deadlineBy', { date: formatDay(step.deadline, today) })}
              {step.deadlineStatus !== 'passed' && leftText && <span class="days-left">· {leftText}</span>}
              {step.deadlineStatus === 'passed' && <span class="pill pill-passed">{t('deadlinePassed')}</span>}
              {step.deadlineStatus === 'due-soon' && <span class="pill pill-soon">{t('deadlineDueSoon')}</span>}
            </p>
          )}
          {step.deadline && reminder?.(step, 'deadline')}
          {step.followUp && <p class="meta">{t('followUp', { date: formatDay(step.followUp, today) })}</p>}
          {step.followUp && reminder?.(step, 'follow-up')}
        </div>
      )}
      {have.length > 0 && <p class="meta">{t('haveReady', { items: currentText().list(have) })}</p>}
      {step.actions.length > 0 && (
        <div class="actions">
          {step.actions.map((action, index) => (
            <AdviceAction
              key={index}
              action={action}
              context={context}
              rewrite={messagesIn && ((text) => messageIn(messagesIn(text), step.id, index))}
            />
          ))}
        </div>
      )}
      {onLog && !logging && (
        <button
          type="button"
          class="btn btn-small btn-quiet"
          ref={logButton}
          aria-label={t('logContactFor', { step: step.title })}
          onClick={() => setLogging(true)}
          data-testid="log-contact"
        >
          {t('logContact')}
        </button>
      )}
      {onLog && logging && (
        <LogContactForm
          initialChannel={channelForStep(step, role)}
          onSave={(draft) => onLog(step, draft)}
          onClose={closeForm}
        />
      )}
    </li>
  );
}
