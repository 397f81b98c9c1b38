import type { AdviceStep } from '../../../lib/advice/types';
import type { Case } from '../../../lib/cases/types';

/** A minimal advice step: the fields a case keeps (id, title, deadline, follow-up). */
export function adviceStep(
  id: string,
  dates: { deadline?: string; followUp?: string },
  title = `Step ${id}`,
): AdviceStep {
  return { id, title, detail: '', who: 'self', have: [], actions: [], source: { reason: 'test' }, ...dates };
}

/** A stored case with sensible defaults, for tests. */
export function aCase(key: string, patch: Partial<Case> = {}): Case {
  return {
    key,
    trackingNumbers: [],
    orderDates: {},
    state: 'open',
    created: '2026-11-20T10:00:00.000Z',
    updated: '2026-11-20T10:00:00.000Z',
    dates: [],
    log: [],
    ...patch,
  };
}
