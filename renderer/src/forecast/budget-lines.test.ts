import { describe, expect, it } from 'vitest';
import { budgetPeriodOn, dailyBudget } from './budget-lines.ts';

const monthly = { period: 'month' as const, start: '2026-08', recurring: true, amount: 9300 };

describe('a budget on the daily chart', () => {
  it('spreads a monthly budget over the days of each month', () => {
    // August has 31 days: 9300 / 31 = 300; September 30: 310
    expect(dailyBudget(monthly, ['2026-07-31', '2026-08-01', '2026-08-31', '2026-09-01'])).toEqual([null, 300, 300, 310]);
  });

  it('covers only its first period when it does not recur', () => {
    expect(dailyBudget({ ...monthly, recurring: false }, ['2026-08-15', '2026-09-15'])).toEqual([300, null]);
  });

  it('counts quarters of three months from the start month', () => {
    // Jul + Aug + Sep 2026: 31 + 31 + 30 = 92 days
    expect(budgetPeriodOn({ period: 'quarter', start: '2026-07', recurring: true }, '2026-09-30')).toEqual({ from: '2026-07-01', to: '2026-09-30', days: 92 });
    expect(budgetPeriodOn({ period: 'quarter', start: '2026-07', recurring: true }, '2026-10-01')).toEqual({ from: '2026-10-01', to: '2026-12-31', days: 92 });
    expect(budgetPeriodOn({ period: 'quarter', start: '2026-07', recurring: false }, '2026-10-01')).toBeNull();
  });

  it('knows February of a leap year', () => {
    expect(budgetPeriodOn({ period: 'month', start: '2028-02', recurring: false }, '2028-02-10')).toEqual({ from: '2028-02-01', to: '2028-02-29', days: 29 });
  });
});
