import { useMemo, useState } from 'preact/hooks';
import { advise, adviceContext } from '../lib/advice';
import type { AdviceStep, AdviseInput, Problem } from '../lib/advice/types';
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
}

/** "What's wrong?": a button per problem; the picked one shows the playbook's steps as a numbered list. */
export function AdvicePanel({ problems, input, initialProblem, onLog }: AdvicePanelProps) {
  const [problem, setProblem] = useState<Problem | undefined>(initialProblem);
  const steps = useMemo(() => (problem ? advise({ ...input, problem }) : []), [problem, input]);
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
            onClick={() => setProblem(id)}
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
