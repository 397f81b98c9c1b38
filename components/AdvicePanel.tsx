import type { ComponentChild } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { advise, adviceContext } from '../lib/advice';
import type { AdviceStep, AdviseInput, Problem } from '../lib/advice/types';
import type { DateKind } from '../lib/cases/types';
import { AdviceStepItem } from './AdviceStep';
import { ExternalLink } from './ExternalLink';
import type { LogDraft } from './LogContactForm';
import { t } from './strings';

export interface AdvicePanelProps {
  /** The problem buttons to offer, in order. */
  problems: readonly Problem[];
  /** Everything `advise()` needs except the problem. */
  input: Omit<AdviseInput, 'problem'>;
  /** Preselected problem (e.g. "awaiting-shipment" on an order that has not shipped). */
  initialProblem?: Problem;
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

/** "What's wrong?": a button per problem; the picked one shows the playbook's steps as a numbered list. */
export function AdvicePanel({ problems, input, initialProblem, onLog, onPick, reminder }: AdvicePanelProps) {
  const [problem, setProblem] = useState<Problem | undefined>(initialProblem);
  const steps = useMemo(() => (problem ? advise({ ...input, problem }) : []), [problem, input]);
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
  const actionContext = { carrier: input.carrier, trackingNumber: input.trackingNumber, region: input.region };

  return (
    <section class="card advice" aria-labelledby="problem-heading">
      <h2 id="problem-heading">{t('whatsWrong')}</h2>
      <div class="problems" role="group" aria-labelledby="problem-heading">
        {problems.map((id) => (
          <button
            key={id}
            type="button"
            class="btn btn-chip"
            aria-pressed={problem === id}
            data-testid={`problem-${id}`}
            onClick={() => pick(id)}
          >
            {t(`problem_${id}`)}
          </button>
        ))}
      </div>
      {problem && (
        <div class="steps-block">
          <h3>{t('stepsHeading', t(`problem_${problem}`))}</h3>
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
              />
            ))}
          </ol>
          {context && (context.unknowns.length > 0 || context.policy) && (
            <div class="unknowns" data-testid="advice-unknowns">
              <h3>{t('unknownsHeading')}</h3>
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
    </section>
  );
}
