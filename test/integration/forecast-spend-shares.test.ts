// Fees that follow spend (SPEC.md step 4): the month's spend they follow includes its purchases
// at billed cost, and a series' taxes take one share of it together. Every expected number is
// worked out by hand in the comments.
import { describe, expect, it } from 'vitest';
import { run } from '../../core/engines/forecast/index.ts';
import { workspacePerTest } from '../support/charge-workspaces.ts';
import { daily, type Charge } from '../support/daily-charges.ts';

const workspaceWith = workspacePerTest();

const tax = (day: string, cost: number, service = 'Amazon EC2'): Charge => ({ day, cost, service, category: 'Tax', frequency: 'Recurring', lineType: 'Tax' });

describe('fees that follow spend', () => {
  it('a month with an upfront purchase: its tax was charged on the purchase too, which is not repeated', async () => {
    // usage 100 a day; an upfront fee of 1,000 on Jan 20; tax 6% at month end on everything billed:
    // Jan 31: 6% × (3,100 + 1,000) = 246; Feb 28: 6% × 2,800 = 168
    const purchase: Charge = { day: '2026-01-20', cost: 1000, category: 'Purchase', frequency: 'One-Time', lineType: 'Fee' };
    const w = await workspaceWith([...daily('2026-01-01', '2026-02-28', () => 100), purchase, tax('2026-01-31', 246), tax('2026-02-28', 168)]);
    const s = (await run(w.ws.db, { kind: 'forecast', horizon: 31 })).series[0]!;
    // share of spend: Jan 246 ÷ 4,100 = 6%, Feb 168 ÷ 2,800 = 6%: March's tax is 6% × 31 × 100 = 186
    // (on usage alone January's share would be 246 ÷ 3,100 = 7.94%, and March's tax 216)
    expect(s.recurring).toEqual([{ label: 'Tax · Tax · Amazon EC2 · prod', schedule: 'month end', amount: 186, shareOfUsage: 0.06, next: '2026-03-31', endsOn: null, ended: null }]);
    expect(s.forecast.at(-1)).toMatchObject({ date: '2026-03-31', value: 286 });
    // the backtest forecasts February from January: 2,800 + 6% × 2,800 = 2,968, exactly what happened
    // (on usage alone: 2,800 + 7.94% × 2,800 = 3,022.19, 1.83% off)
    expect(s.backtest).toMatchObject({ months: [{ month: '2026-02', actual: 2968, forecast: 2968 }], mapeMonthly: 0 });
  });

  it('taxes take one share of the series’ spend together: a new service’s partial first month does not hold its tax down', async () => {
    // EC2 at 100 a day from Jan 1; SageMaker at 100 a day from Feb 15 (14 days of February);
    // 6% tax at month end per service: Jan 31 EC2 186; Feb 28 EC2 168, SageMaker 84
    const w = await workspaceWith([
      ...daily('2026-01-01', '2026-02-28', () => 100),
      ...daily('2026-02-15', '2026-02-28', () => 100, { service: 'Amazon SageMaker' }),
      tax('2026-01-31', 186),
      tax('2026-02-28', 168),
      tax('2026-02-28', 84, 'Amazon SageMaker'),
    ]);
    const s = (await run(w.ws.db, { kind: 'forecast', horizon: 31 })).series[0]!;
    // the workspace's usage steps from 100 to 200 on Feb 15 and stays: March's usage is 31 × 200 = 6,200.
    // The taxes together: Jan 186 ÷ 3,100 = 6%, Feb 252 ÷ 4,200 = 6% (flat would have missed Feb by 66):
    // March's taxes are 6% × 6,200 = 372, split as February's: EC2 168/252 = 2/3 → 248 (share 4%),
    // SageMaker 1/3 → 124 (share 2%). Each tax on its own would give EC2 flat 168 (Feb's share 4% would
    // have missed February by 84, flat by 18) and SageMaker 84 ÷ 4,200 × 6,200 = 124: 292 in all.
    expect(s.levelShift).toBe('2026-02-15');
    expect(s.recurring.map((r) => [r.label, r.amount, r.shareOfUsage])).toEqual([
      ['Tax · Tax · Amazon EC2 · prod', 248, 0.04],
      ['Tax · Tax · Amazon SageMaker · prod', 124, 0.02],
    ]);
    expect(s.forecast.at(-1)).toMatchObject({ date: '2026-03-31', value: 200 + 372 });
    expect(s.periodEnd.month.value).toBe(6200 + 372);
  });
});

describe('AWS support', () => {
  it('is a share of spend by nature: one month of history, raised by a purchase, does not repeat the purchase', async () => {
    // usage 100 a day in January; an upfront fee of 1,000 on Jan 20; AWS Business support at 10% of the
    // month's charges on Jan 1: 10% × (3,100 + 1,000) = 410. With one month, its share is 410 ÷ 4,100 = 10%:
    // February's support is 10% × 28 × 100 = 280 on Feb 1 (a flat fee would repeat 410)
    const purchase: Charge = { day: '2026-01-20', cost: 1000, category: 'Purchase', frequency: 'One-Time', lineType: 'Fee' };
    const support: Charge = { day: '2026-01-01', cost: 410, category: 'Purchase', frequency: 'Recurring', lineType: 'Fee', service: 'AWS Support (Business)' };
    const w = await workspaceWith([...daily('2026-01-01', '2026-01-31', () => 100), purchase, support]);
    const s = (await run(w.ws.db, { kind: 'forecast', horizon: 2 })).series[0]!;
    expect(s.recurring).toEqual([{ label: 'Purchase · Fee · AWS Support (Business) · prod', schedule: 'monthly', amount: 280, shareOfUsage: 0.1, next: '2026-02-01', endsOn: null, ended: null }]);
    expect(s.forecast.map((f) => f.value)).toEqual([100 + 280, 100]);
  });
});
