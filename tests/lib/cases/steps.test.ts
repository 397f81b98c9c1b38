import { describe, expect, it } from 'vitest';
import { advise } from '../../../lib/advice';
import { emptyCaseBook, recordPick, refreshFromPage } from '../../../lib/cases/cases';
import { caseSteps } from '../../../lib/cases/steps';

const ORDER = '577318820461937205';

describe("a case's advice, worked out again for new page data", () => {
  // A US buyer whose parcel shows delivered but never came: a refund must be requested within 30 days of delivery.
  const facts = { key: ORDER, orderId: ORDER, market: 'US', role: 'buyer' } as const;
  const picked = (delivered: string) =>
    recordPick(
      emptyCaseBook(),
      facts,
      {
        problem: 'not-received',
        steps: advise({
          problem: 'not-received',
          role: 'buyer',
          region: 'US',
          dates: { delivered },
          today: '2026-11-12',
        }),
        today: '2026-11-12',
        orderDates: { delivered },
      },
      '2026-11-12T10:00:00.000Z',
    );
  const refund = (book: ReturnType<typeof picked>) =>
    book.cases[ORDER]!.dates.filter((d) => d.step === 'request-refund').map((d) => [d.kind, d.date]);

  it('moves the deadline with the delivery date, and keeps the follow-ups where they were on the day of the pick', () => {
    const book = picked('2026-11-10');
    expect(refund(book)).toEqual([
      ['deadline', '2026-12-10'],
      ['follow-up', '2026-11-15'],
    ]);
    // Days later the page shows the parcel delivered on 14 November.
    const moved = refreshFromPage(book, ORDER, { delivered: '2026-11-14' }, caseSteps, '2026-11-16T10:00:00.000Z');
    expect(refund(moved)).toEqual([
      ['deadline', '2026-12-14'],
      ['follow-up', '2026-11-15'],
    ]);
  });

  it('has no steps for a case with no problem picked', () => {
    const { problem: _problem, ...noProblem } = picked('2026-11-10').cases[ORDER]!;
    expect(caseSteps(noProblem, { delivered: '2026-11-14' })).toEqual([]);
  });
});
