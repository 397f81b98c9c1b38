import { useState } from 'preact/hooks';
import type { Role } from '../lib/order';
import { t } from './strings';
import { TikTokCard } from './TikTokCard';

export interface NextStepProps {
  /** `list`: an order list that shows no tracking numbers; `elsewhere`: any page that is not an order page. */
  where: 'list' | 'elsewhere';
  /** The user's role, when known (the settings or the page say); otherwise the user can switch. */
  role?: Role;
  region?: string;
  today: string;
}

/**
 * No answer to show on this page: say what to do next (open the order, then click again), and still give TikTok
 * Shop's own help route for the user's role. The lookup box comes after it in every state.
 */
export function NextStep({ where, role, region, today }: NextStepProps) {
  const [chosen, setChosen] = useState<Role>(role ?? 'buyer');
  const shownRole = role ?? chosen;
  return (
    <>
      <section class="card next-step" data-testid={where === 'list' ? 'list-no-numbers' : 'not-order'}>
        <h2>{t(where === 'list' ? 'listNoNumbersTitle' : 'notOrderPage')}</h2>
        <p data-testid="next-step">
          {where === 'list'
            ? t('listNoNumbers')
            : t(shownRole === 'seller' ? 'notOrderNext_seller' : 'notOrderNext_buyer')}
        </p>
        {role === undefined && (
          <div class="segmented" role="group" aria-label={t('helpForLabel')}>
            <span class="meta">{t('helpForLabel')}</span>
            {(['buyer', 'seller'] as const).map((option) => (
              <button
                key={option}
                type="button"
                class="btn btn-small btn-choice"
                aria-pressed={shownRole === option}
                data-testid={`help-for-${option}`}
                onClick={() => setChosen(option)}
              >
                {t(`role_${option}`)}
              </button>
            ))}
          </div>
        )}
      </section>
      <TikTokCard region={region} role={shownRole} today={today} />
    </>
  );
}
