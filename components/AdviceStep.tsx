import type { ComponentChild } from 'preact';
import { useRef, useState } from 'preact/hooks';
import type { AdviceStep as Step } from '../lib/advice/types';
import { AdviceAction, type ActionContext } from './AdviceAction';
import { ExternalLink } from './ExternalLink';
import { daysUntil, formatDay } from './format';
import type { ContactChannel } from '../lib/advice/case-log';
import type { DateKind } from '../lib/cases/types';
import { LogContactForm, type LogDraft } from './LogContactForm';
import { t, tMaybe } from './strings';

export interface AdviceStepProps {
  step: Step;
  today: string;
  context: ActionContext;
  role: 'buyer' | 'seller';
  /** Stores a case-log entry for this step; no "Log a contact" button when absent. */
  onLog?: (step: Step, draft: LogDraft) => Promise<boolean>;
  /** What to show under the deadline and under the follow-up (the "Remind me" control). */
  reminder?: (step: Step, kind: DateKind) => ComponentChild;
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

/** One numbered step: who, what, when, the deadline and its state, what to have ready, the actions and the source. */
export function AdviceStepItem({ step, today, context, role, onLog, reminder }: AdviceStepProps) {
  const [logging, setLogging] = useState(false);
  const logButton = useRef<HTMLButtonElement>(null);
  const left = step.deadline ? daysUntil(step.deadline, today) : undefined;
  const leftText =
    left === undefined || left < 0
      ? undefined
      : left === 0
        ? t('deadlineToday')
        : left === 1
          ? t('deadlineOneDay')
          : t('deadlineDaysLeft', left);
  const have = step.have.map((item) => tMaybe(`have_${item}`) ?? item);
  const closeForm = () => {
    setLogging(false);
    // Back to the button that opened the form, so keyboard users keep their place.
    queueMicrotask(() => logButton.current?.focus());
  };

  return (
    <li class="step" data-testid="advice-step">
      <h4 class="step-title">{step.title}</h4>
      <p class="step-who">{tMaybe(`who_${step.who}`) ?? step.who}</p>
      <p class="step-detail">{step.detail}</p>
      {step.when && <p class="meta">{t('when', step.when)}</p>}
      {step.notBefore && <p class="meta">{t('notBefore', formatDay(step.notBefore, today))}</p>}
      {step.deadline && (
        <p class={`deadline deadline-${step.deadlineStatus ?? 'open'}`} data-testid="deadline">
          {t('deadlineBy', formatDay(step.deadline, today))}
          {step.deadlineStatus !== 'passed' && leftText && <span class="days-left">· {leftText}</span>}
          {step.deadlineStatus === 'passed' && <span class="pill pill-passed">{t('deadlinePassed')}</span>}
          {step.deadlineStatus === 'due-soon' && <span class="pill pill-soon">{t('deadlineDueSoon')}</span>}
        </p>
      )}
      {step.deadline && reminder?.(step, 'deadline')}
      {step.followUp && <p class="meta">{t('followUp', formatDay(step.followUp, today))}</p>}
      {step.followUp && reminder?.(step, 'follow-up')}
      {have.length > 0 && <p class="meta">{t('haveReady', have.join(', '))}</p>}
      {step.actions.length > 0 && (
        <div class="actions">
          {step.actions.map((action, index) => (
            <AdviceAction key={index} action={action} context={context} />
          ))}
        </div>
      )}
      <p class="source">
        {'url' in step.source ? (
          <>
            {t('sourceLabel')}: <ExternalLink href={step.source.url}>{step.source.title}</ExternalLink>
            {' · '}
            {t('checkedOn', formatDay(step.source.checked, today))}
          </>
        ) : (
          t('adviceReason', step.source.reason)
        )}
      </p>
      {onLog && !logging && (
        <button
          type="button"
          class="btn btn-small btn-quiet"
          ref={logButton}
          aria-label={t('logContactFor', step.title)}
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
