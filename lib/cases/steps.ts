import { advise } from '../advice';
import type { AdviceStep } from '../advice/types';
import type { OrderDates } from '../order';
import type { Case } from './types';

/**
 * The advice for a case's problem worked out again for new order dates, as the user saw it when they picked the
 * problem: same role, market, shipping mode and carrier, and the day of the pick as "today", so follow-ups stay where
 * they were and only the dates counted from the order's dates move. No steps when no problem was picked.
 */
export function caseSteps(current: Case, orderDates: OrderDates): AdviceStep[] {
  if (current.problem === undefined || current.pickedOn === undefined) return [];
  return advise({
    problem: current.problem,
    role: current.role ?? 'buyer',
    ...(current.market ? { region: current.market } : {}),
    ...(current.shippingMode ? { shippingMode: current.shippingMode } : {}),
    ...(current.carrier ? { carrier: current.carrier } : {}),
    dates: orderDates,
    today: current.pickedOn,
  });
}
