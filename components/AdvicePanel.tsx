import type { ComponentChild } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { type ProblemSignal, advise, adviceContext } from '../lib/advice';
import type { AdviceStep, AdviseInput, Problem } from '../lib/advice/types';
import type { DateKind } from '../lib/cases/types';
import type { Text } from '../lib/i18n/catalog';
import { AdviceStepItem } from './AdviceStep';
import { ExternalLink } from './ExternalLink';
import { formatDay } from './format';
import type { LogDraft } from './LogContactForm';
import { useDisclosure } from './Provenance';
import { t } from './strings';

export interface AdvicePanelProps {
  /** The problem buttons to offer, in order. */
  problems: readonly Problem[];
  /** Everything `advise()` needs except the problem. */
  input: Omit<AdviseInput, 'problem'>;
  /** What the page says is wrong: its problem is chosen from the start, and the panel says why. */
  signal?: ProblemSignal;
  /** With no signal: the two problems shown side by side, each with its first steps. */
  common?: readonly Problem[];
  /** The problem the user picked before (the order's case): chosen from the start, over the page's signal. */
  chosen?: Problem;
  onLog?: (step: AdviceStep, draft: LogDraft, problem: Problem) => Promise<boolean>;
  /** The user picked a problem (a click, not the preselection), with the steps now shown for it. */
  onPick?: (problem: Problem, steps: readonly AdviceStep[]) => void;
  /** What to show under a step's deadline or follow-up (the "Remind me" control); nothing when absent. */
  reminder?: (step: AdviceStep, kind: DateKind, shown: ShownAdvice) => ComponentChild;
}

/** The problem on screen and its steps. */
export interface ShownAdvice {
  problem: Problem;
  steps: readonly AdviceStep[];
}

/** Step titles shown for each of the common problems before one is picked. */
const PREVIEW_STEPS = 3;

/** Why the page's problem was chosen, in words, with its date or count of days. */
function signalText(signal: ProblemSignal, today: string): string {
  switch (signal.reason) {
    case 'no-scan':
      return t('signal_no-scan', { date: formatDay(signal.since, today), days: signal.days });
    case 'overdue':
      return t('signal_overdue', { date: formatDay(signal.date, today) });
    default:
      return t(`signal_${signal.reason}`);
  }
}

/** One of the common problems, before any is picked: its first steps and a button to see them all. */
function ProblemPreview({
  problem,
  input,
  onPick,
}: {
  problem: Problem;
  input: AdvicePanelProps['input'];
  onPick: () => void;
}) {
  const steps = useMemo(() => advise({ ...input, problem }).slice(0, PREVIEW_STEPS), [problem, input]);
  const name = t(`problem_${problem}`);
  return (
    <div class="preview" data-testid="common-problem">
      <h3>{name}</h3>
      <ol class="preview-steps">
        {steps.map((step) => (
          <li key={step.id}>{step.title}</li>
        ))}
      </ol>
      <button type="button" class="btn btn-small" aria-label={t('showStepsFor', { problem: name })} onClick={onPick}>
        {t('showSteps')}
      </button>
    </div>
  );
}

/**
 * "What's wrong?": a button per problem. When the page says what is wrong (an estimated delivery that has passed, a
 * "Delivered" order, no scan for days), that problem's steps show from the start, with the reason and the buttons
 * to pick another; with no such sign, the two most common problems sit side by side until one is picked.
 */
export function AdvicePanel({ problems, input, signal, common, chosen, onLog, onPick, reminder }: AdvicePanelProps) {
  const fromPage = signal && problems.includes(signal.problem) ? signal.problem : undefined;
  const [problem, setProblem] = useState<Problem | undefined>(chosen && problems.includes(chosen) ? chosen : fromPage);
  const steps = useMemo(() => (problem ? advise({ ...input, problem }) : []), [problem, input]);
  // "Write in": the same steps with their messages in another language, worked out once per language asked for.
  const messagesIn = useMemo(() => {
    const written = new Map<Text, readonly AdviceStep[]>();
    return (messageText: Text) => {
      let found = written.get(messageText);
      if (!found) {
        found = problem ? advise({ ...input, problem, messageText }) : [];
        written.set(messageText, found);
      }
      return found;
    };
  }, [problem, input]);
  // A click on another problem reports the pick once its steps are worked out (in this render, not twice).
  const picked = useRef(false);
  useEffect(() => {
    if (!picked.current || !problem) return;
    picked.current = false;
    onPick?.(problem, steps);
  }, [problem, steps]);
  const pick = (id: Problem) => {
    if (id === problem) {
      onPick?.(id, steps);
      return;
    }
    picked.current = true;
    setProblem(id);
  };
  const context = useMemo(
    () => (problem ? adviceContext({ ...input, problem }, steps) : undefined),
    [problem, input, steps],
  );
  const unknowns = useDisclosure();
  const actionContext = { carrier: input.carrier, trackingNumber: input.trackingNumber, region: input.region };
  const previews = problem ? [] : (common ?? []).filter((id) => problems.includes(id));

  return (
    <section class="card advice" aria-labelledby="problem-heading">
      <h2 id="problem-heading">{t('whatsWrong')}</h2>
      <div class="problems" role="group" aria-labelledby="problem-heading">
        {problems.map((id) => (
          <button
            key={id}
            type="button"
            class="btn btn-small btn-choice"
            aria-pressed={problem === id}
            data-testid={`problem-${id}`}
            onClick={() => pick(id)}
          >
            {t(`problem_${id}`)}
          </button>
        ))}
      </div>
      {problem && problem === fromPage && signal && (
        <p class="signal" data-testid="problem-signal">
          <strong>{t('problemSignalLead')}</strong> {signalText(signal, input.today)} {t('problemSignalChange')}
        </p>
      )}
      {previews.length > 0 && (
        <div class="common" data-testid="common-problems">
          <p class="meta">
            <strong>{t('commonProblemsHeading')}</strong> · {t('commonProblemsHint')}
          </p>
          <div class="previews">
            {previews.map((id) => (
              <ProblemPreview key={id} problem={id} input={input} onPick={() => pick(id)} />
            ))}
          </div>
        </div>
      )}
      {problem && (
        <div class="steps-block">
          {/* The pressed button already says which problem: the heading is for screen readers. */}
          <h3 class="sr-only">{t('stepsHeading', { problem: t(`problem_${problem}`) })}</h3>
          <ol class="steps" role="list">
            {steps.map((step) => (
              <AdviceStepItem
                key={step.id}
                step={step}
                today={input.today}
                context={actionContext}
                role={input.role}
                onLog={onLog ? (s, draft) => onLog(s, draft, problem) : undefined}
                reminder={reminder ? (s, kind) => reminder(s, kind, { problem, steps }) : undefined}
                messagesIn={messagesIn}
              />
            ))}
          </ol>
          {context && (context.unknowns.length > 0 || context.policy) && (
            <div class="unknowns" data-testid="advice-unknowns">
              <button
                type="button"
                class="btn btn-small btn-quiet disclosure"
                aria-expanded={unknowns.open}
                aria-controls={unknowns.open ? unknowns.id : undefined}
                onClick={unknowns.toggle}
              >
                {t('unknownsCount', { count: context.unknowns.length + (context.policy ? 1 : 0) })}
              </button>
              {unknowns.open && (
                <div id={unknowns.id}>
                  <ul>
                    {context.unknowns.map((text) => (
                      <li key={text}>{text}</li>
                    ))}
                  </ul>
                  {context.policy && <ExternalLink href={context.policy.url}>{context.policy.title}</ExternalLink>}
                </div>
              )}
            </div>
          )}
        </div>
      )}
    </section>
  );
}
