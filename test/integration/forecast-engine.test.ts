// The forecast engine on hand-built series (test/support/daily-charges.ts). Every expected number is
// worked out by hand in the comments; SPEC.md's worked example is the first test.
import { describe, expect, it } from 'vitest';
import { run } from '../../core/engines/forecast/index.ts';
import { workspacePerTest } from '../support/charge-workspaces.ts';
import { daily, type Charge } from '../support/daily-charges.ts';

const workspaceWith = workspacePerTest();

// a marketplace subscription: a flat monthly fee (AWS support would be a share of spend, SPEC.md step 4)
const SUBSCRIPTION = 'Observa Metrics Pro';

const weekdays100weekends40 = (_: string, wd: number) => (wd < 5 ? 100 : 40);

describe('forecast engine', () => {
  it('worked example (SPEC.md): weekday pattern, a fee on the 1st, month and quarter ends', async () => {
    const w = await workspaceWith([...daily('2026-02-01', '2026-02-28', weekdays100weekends40), { day: '2026-02-01', cost: 50, category: 'Purchase', frequency: 'Recurring', lineType: 'Fee', service: SUBSCRIPTION }]);
    const r = await run(w.ws.db, { kind: 'forecast', horizon: 3 });
    expect(r.lastDay).toBe('2026-02-28');
    const s = r.series[0]!;
    expect(s.method).toBe('seasonal-trend');
    expect(s.message).toBeNull();
    expect(s.levelShift).toBeNull();
    // 2026-03-01 is a Sunday: 40 + the fee of 50; Monday 100; Tuesday 100; no noise, so the bands are the point
    expect(s.forecast).toEqual([
      { date: '2026-03-01', value: 90, lower80: 90, upper80: 90, lower95: 90, upper95: 90 },
      { date: '2026-03-02', value: 100, lower80: 100, upper80: 100, lower95: 100, upper95: 100 },
      { date: '2026-03-03', value: 100, lower80: 100, upper80: 100, lower95: 100, upper95: 100 },
    ]);
    // March: 22 weekdays × 100 + 9 weekend days × 40 + 50 = 2,610, nothing actual yet
    expect(s.periodEnd.month).toMatchObject({ period: '2026-03', actual: 0, rest: 2610, value: 2610, lower95: 2610, upper95: 2610 });
    // Q1: February actual 20 × 100 + 8 × 40 + 50 = 2,370; + March 2,610 = 4,980
    expect(s.periodEnd.quarter).toMatchObject({ period: '2026-Q1', actual: 2370, value: 4980 });
    expect(s.history).toHaveLength(28);
    expect(s.history[0]).toEqual({ date: '2026-02-01', value: 90 });
    // one month of a subscription (neither tax nor support, which are shares of spend by nature): a flat fee (shareOfUsage null)
    expect(s.recurring).toEqual([{ label: 'Purchase · Fee · Observa Metrics Pro · prod', schedule: 'monthly', amount: 50, shareOfUsage: null, next: '2026-03-01', endsOn: null, ended: null }]);
    expect(s.backtest).toBeNull();
    expect(s.backtestMessage).toMatch(/needs a whole month/);
  });

  it('short history: under 21 days is a labelled naive projection, flat, never a wild line', async () => {
    // 10 days; the last 7 are 10, 20, ..., 70: mean 40, s = √(2800/6) = 21.6025, sd = s·√(8/7) = 23.0940
    const values = [5, 500, 5, 10, 20, 30, 40, 50, 60, 70];
    const w = await workspaceWith(values.map((cost, i) => ({ day: `2026-03-${String(i + 1).padStart(2, '0')}`, cost })));
    const s = (await run(w.ws.db, { kind: 'forecast', horizon: 2 })).series[0]!;
    expect(s.method).toBe('naive-mean');
    expect(s.message).toBe('Only 10 days of history (fewer than 21): this is a naive projection, the mean of the last 7 days held flat, not a forecast.');
    // 80%: 40 ± 1.2816 × 23.0940 = 40 ± 29.596; 95%: 40 ± 45.263, the lower bound held at 0 (costs were never negative)
    const day = { value: 40, lower80: 10.4, upper80: 69.6, lower95: 0, upper95: 85.26 };
    expect(s.forecast).toEqual([
      { date: '2026-03-11', ...day },
      { date: '2026-03-12', ...day },
    ]);
  });

  it('gaps: days with no data in the whole workspace are missing, not zero spend', async () => {
    // 8 weeks at 100 a day; 2026-01-20..24 are not in the workspace at all (a missing delivery)
    const w = await workspaceWith(daily('2026-01-05', '2026-03-01', (d) => (d >= '2026-01-20' && d <= '2026-01-24' ? null : 100)));
    const s = (await run(w.ws.db, { kind: 'forecast', horizon: 1 })).series[0]!;
    expect(s.history).toHaveLength(56 - 5);
    expect(s.history.some((h) => h.date === '2026-01-22')).toBe(false);
    expect(s.forecast[0]).toMatchObject({ date: '2026-03-02', value: 100, lower95: 100, upper95: 100 });
  });

  it('a level shift: the new level continues, named by its first day', async () => {
    // six weeks at 100, then three weeks at 150 from Monday 2026-02-16
    const w = await workspaceWith(daily('2026-01-05', '2026-03-08', (d) => (d < '2026-02-16' ? 100 : 150)));
    const s = (await run(w.ws.db, { kind: 'forecast', horizon: 7 })).series[0]!;
    expect(s.levelShift).toBe('2026-02-16');
    expect(s.forecast.map((f) => f.value)).toEqual([150, 150, 150, 150, 150, 150, 150]);
  });

  it('a level shift seen on only the last 3 days already moves the forecast', async () => {
    // eight weeks at 100 from Monday 2026-01-05, then 150 on the last three days (2026-03-01..03)
    const w = await workspaceWith(daily('2026-01-05', '2026-03-03', (d) => (d < '2026-03-01' ? 100 : 150)));
    const s = (await run(w.ws.db, { kind: 'forecast', horizon: 2 })).series[0]!;
    expect(s.levelShift).toBe('2026-03-01');
    expect(s.forecast.map((f) => f.value)).toEqual([150, 150]);
  });

  it('several level shifts in the fit window: the last level continues, the trend is not bent by the older one', async () => {
    // 100 for four weeks from Monday 2026-01-05, 150 for three weeks from 2026-02-02, 120 for three weeks from 2026-02-23
    const w = await workspaceWith(daily('2026-01-05', '2026-03-15', (d) => (d < '2026-02-02' ? 100 : d < '2026-02-23' ? 150 : 120)));
    const s = (await run(w.ws.db, { kind: 'forecast', horizon: 3 })).series[0]!;
    expect(s.levelShift).toBe('2026-02-23');
    expect(s.forecast.map((f) => f.value)).toEqual([120, 120, 120]);
  });

  it('usage priced per month (GB-Mo) costs the month’s charge ÷ its days: a 31-day March after February', async () => {
    // compute 100 a day; storage of 310 a month: 10 a day in January (31 days), 310 ÷ 28 = 11.0714 in February.
    // At the mean-month rate both are 310 ÷ 30.4375 = 10.1848 a day: no change. March's days: 310 ÷ 31 = 10.
    const w = await workspaceWith([...daily('2026-01-01', '2026-02-28', () => 100), ...daily('2026-01-01', '2026-02-28', (d) => (d < '2026-02-01' ? 10 : 310 / 28), { service: 'Amazon S3', pricingUnit: 'GB-Mo' })]);
    const s = (await run(w.ws.db, { kind: 'forecast', horizon: 2 })).series[0]!;
    expect(s.levelShift).toBeNull();
    expect(s.forecast.map((f) => f.value)).toEqual([110, 110]);
    // March: 31 × 100 + 310 = 3,410
    expect(s.periodEnd.month.value).toBe(3410);
  });

  it('a fee that follows spend (tax) is its share of the month’s forecast usage', async () => {
    // usage 100 a day in January, 110 from 2026-02-01 (a level shift); tax on the 1st at 10% of the month's usage:
    // 3,100 × 10% = 310 on Jan 1, 3,080 × 10% = 308 on Feb 1
    const tax = (day: string, cost: number): Charge => ({ day, cost, category: 'Tax', frequency: 'Recurring', lineType: 'Tax' });
    const w = await workspaceWith([...daily('2026-01-01', '2026-02-28', (d) => (d < '2026-02-01' ? 100 : 110)), tax('2026-01-01', 310), tax('2026-02-01', 308)]);
    const s = (await run(w.ws.db, { kind: 'forecast', horizon: 2 })).series[0]!;
    // a flat 310 would have missed February by 2; 10% of February's 3,080 hits it: a share, median of 10% and 10%.
    // March's usage: 31 × 110 = 3,410, its tax 341 on the 1st
    expect(s.recurring).toEqual([{ label: 'Tax · Tax · Amazon EC2 · prod', schedule: 'monthly', amount: 341, shareOfUsage: 0.1, next: '2026-03-01', endsOn: null, ended: null }]);
    expect(s.forecast.map((f) => f.value)).toEqual([110 + 341, 110]);
    expect(s.periodEnd.month.value).toBe(3410 + 341);
  });

  it('a new service: its own short series is labelled naive; many series in one call', async () => {
    // EC2 at 100 for 8 weeks; SageMaker from 2026-02-20, the last 10 days, at 30
    const w = await workspaceWith([...daily('2026-01-05', '2026-03-01', () => 100), ...daily('2026-02-20', '2026-03-01', () => 30, { service: 'Amazon SageMaker' })]);
    const r = await run(w.ws.db, { kind: 'forecast', by: 'ServiceName', horizon: 1 });
    const by = Object.fromEntries(r.series.map((s) => [s.key, s]));
    expect(Object.keys(by).sort()).toEqual(['Amazon EC2', 'Amazon SageMaker']);
    expect(by['Amazon EC2']).toMatchObject({ method: 'seasonal-trend', message: null });
    expect(by['Amazon EC2']!.forecast[0]!.value).toBe(100);
    expect(by['Amazon SageMaker']!.method).toBe('naive-mean');
    expect(by['Amazon SageMaker']!.message).toMatch(/^Only 10 days of history/);
    expect(by['Amazon SageMaker']!.forecast[0]!.value).toBe(30);
    expect(by['Amazon SageMaker']!.history[0]).toEqual({ date: '2026-02-20', value: 30 });
    // the whole workspace: the new service is a level shift from 100 to 130
    const total = (await run(w.ws.db, { kind: 'forecast', horizon: 1 })).series[0]!;
    expect(total.levelShift).toBe('2026-02-20');
    expect(total.forecast[0]!.value).toBe(130);
    // a scope: one service only
    const sm = (await run(w.ws.db, { kind: 'forecast', scope: [{ dimension: 'ServiceName', values: ['Amazon SageMaker'] }], horizon: 1 })).series[0]!;
    expect(sm.forecast[0]!.value).toBe(30);
  });

  it('recurring fees on the 1st and tax at month end are projected on their own schedule; backtest beside seasonal-naive', async () => {
    // usage 100 a day from 2026-01-01 to 2026-03-15; a subscription of 200 on each 1st; tax 6 on Jan 31 and Feb 28
    const fee = (day: string): Charge => ({ day, cost: 200, category: 'Purchase', frequency: 'Recurring', lineType: 'Fee', service: SUBSCRIPTION });
    const tax = (day: string): Charge => ({ day, cost: 6, category: 'Tax', frequency: 'Recurring', lineType: 'Tax' });
    const w = await workspaceWith([...daily('2026-01-01', '2026-03-15', () => 100), fee('2026-01-01'), fee('2026-02-01'), fee('2026-03-01'), tax('2026-01-31'), tax('2026-02-28')]);
    const s = (await run(w.ws.db, { kind: 'forecast', horizon: 30 })).series[0]!;
    const value = Object.fromEntries(s.forecast.map((f) => [f.date, f.value]));
    expect(value['2026-03-16']).toBe(100);
    expect(value['2026-03-31']).toBe(106); // + the tax at month end
    expect(value['2026-04-01']).toBe(300); // + the subscription on the 1st
    expect(value['2026-04-02']).toBe(100);
    // March: actual 15 × 100 + 200 = 1,700; rest 16 × 100 + 6 = 1,606
    expect(s.periodEnd.month).toMatchObject({ actual: 1700, rest: 1606, value: 3306 });
    expect(s.recurring.map((c) => [c.schedule, c.amount, c.next])).toEqual([
      ['monthly', 200, '2026-04-01'],
      ['month end', 6, '2026-03-31'],
    ]);
    // the tax has two months at 6 (flat would have foreseen February exactly): flat; the fee too
    expect(s.recurring.map((c) => c.shareOfUsage)).toEqual([null, null]);
    // backtest: only February has 21 days before it. From Jan 31 the tax has one month: tax is a share of
    // spend by nature, 6 of January's 3,100 of usage, so February's is 6 × 2,800 ÷ 3,100 = 5.42:
    // 28 × 100 + 200 + 5.42 = 3,005.42 against 3,006 actual: |−0.58| ÷ 3,006 = 0.02%. The bands are
    // exact (no noise), so the 28th (106 against 105.42) is outside both: 27 of 28 days = 96.4%.
    // Seasonal-naive repeats Jan 25..31 (Saturday the 31st carries the tax): 28 × 100 + 4 × 6 = 2,824,
    // |2,824 − 3,006| ÷ 3,006 = 6.05%
    expect(s.backtest).toMatchObject({ months: [{ month: '2026-02', actual: 3006, forecast: 3005.42, seasonalNaive: 2824 }], mapeMonthly: 0.02, naiveMapeMonthly: 6.05, coverage80: 96.4, coverage95: 96.4, days: 28 });
  });

  it('a scope whose judged months cost nothing has no track record, not a NaN percent', async () => {
    // January at 100 a day, then February's lines all at 0 (a service switched off): the backtest
    // would judge February, whose actual is 0, so no percent error exists
    const w = await workspaceWith([...daily('2026-01-01', '2026-01-31', () => 100), ...daily('2026-02-01', '2026-02-28', () => 0)]);
    const s = (await run(w.ws.db, { kind: 'forecast', horizon: 3 })).series[0]!;
    expect(s.backtest).toBeNull();
    expect(s.backtestMessage).toBe('No track record: the month the backtest would judge (2026-02) cost nothing, and an error in percent of nothing is undefined.');
  });

  it('a commitment that ends inside the horizon stops on its end date', async () => {
    // usage 100 a day; a Savings Plan fee of 24 a day ending 2026-03-20 00:00; an RI fee of 300 on the 1st ending 2026-04-01 00:00
    const sp = daily('2026-01-05', '2026-03-15', () => 24, { category: 'Purchase', frequency: 'Recurring', lineType: 'SavingsPlanRecurringFee', commitment: 'arn:aws:savingsplans::1:savingsplan/sp-1', ends: '2026-03-20 00:00:00' });
    const ri = ['2026-02-01', '2026-03-01'].map((day): Charge => ({ day, cost: 300, category: 'Purchase', frequency: 'Recurring', lineType: 'RIFee', commitment: 'arn:aws:ec2:us-east-1:1:reserved-instances/ri-1', ends: '2026-04-01 00:00:00' }));
    const w = await workspaceWith([...daily('2026-01-05', '2026-03-15', () => 100), ...sp, ...ri]);
    const s = (await run(w.ws.db, { kind: 'forecast', horizon: 20 })).series[0]!;
    const value = Object.fromEntries(s.forecast.map((f) => [f.date, f.value]));
    expect(value['2026-03-16']).toBe(124);
    expect(value['2026-03-19']).toBe(124);
    expect(value['2026-03-20']).toBe(100);
    expect(value['2026-04-01']).toBe(100); // the RI ended at the start of April 1
    expect(s.recurring.map((c) => [c.schedule, c.endsOn, c.ended])).toEqual([
      ['monthly', '2026-04-01', 'ended 2026-04-01'],
      ['daily', '2026-03-20', null],
    ]);
  });

  it('usage a commitment covered costs its contracted price again from the commitment’s end (SPEC.md step 3.8)', async () => {
    // on-demand usage 100 a day; usage an RI covers every day: contracted 50, effective 30, billed 0
    // (its fee is elsewhere); the RI ends 2026-03-20 00:00
    const ri = 'arn:aws:ec2:us-east-1:1:reserved-instances/ri-1';
    const covered = daily('2026-01-05', '2026-03-15', () => 50, { lineType: 'DiscountedUsage', commitment: ri, commitmentStatus: 'Used', ends: '2026-03-20 00:00:00', effective: 30, billed: 0 });
    const w = await workspaceWith([...daily('2026-01-05', '2026-03-15', () => 100), ...covered]);
    const value = async (basis: 'Effective' | 'Billed' | 'List') => Object.fromEntries((await run(w.ws.db, { kind: 'forecast', basis, horizon: 10 })).series[0]!.forecast.map((f) => [f.date, f.value]));
    // Effective: 100 + 30 until the end, then 100 + 50
    expect(await value('Effective')).toMatchObject({ '2026-03-16': 130, '2026-03-19': 130, '2026-03-20': 150, '2026-03-25': 150 });
    // Billed: 100 + 0, then 100 + 50
    expect(await value('Billed')).toMatchObject({ '2026-03-19': 100, '2026-03-20': 150 });
    // List cost knows no commitment: 150 throughout
    expect(await value('List')).toMatchObject({ '2026-03-19': 150, '2026-03-20': 150 });
  });

  it('a commitment’s unused part: its capacity a day less the usage it covers now, not last month’s amount (SPEC.md step 4)', async () => {
    // on-demand usage 100 a day. An RI covers 2 instances, effective 10 (contracted 16) each a day,
    // until one retires on 2026-03-25: covered 20 a day, then 10. Its unused part is a Usage row on
    // the 1st for the month: none in January and February, 7 days × 10 = 70 for March.
    const ri = 'arn:aws:ec2:us-east-1:1:reserved-instances/ri-2';
    const lines = { lineType: 'DiscountedUsage', commitment: ri, commitmentStatus: 'Used', ends: '2027-01-01 00:00:00' } as const;
    const w = await workspaceWith([
      ...daily('2026-01-05', '2026-03-31', () => 100),
      ...daily('2026-01-05', '2026-03-24', () => 32, { ...lines, effective: 20 }),
      ...daily('2026-03-25', '2026-03-31', () => 16, { ...lines, effective: 10 }),
      { day: '2026-03-01', cost: 70, lineType: 'RIFee', commitment: ri, commitmentStatus: 'Unused', ends: '2027-01-01 00:00:00' },
    ]);
    const s = (await run(w.ws.db, { kind: 'forecast', horizon: 31 })).series[0]!;
    // capacity: March's covered 24 × 20 + 7 × 10 = 550 plus its unused 70, over 31 days = 20 a day;
    // covered now (the last 7 days) 10 a day; April: (20 − 10) × 30 days = 300, on April 1
    expect(s.recurring).toEqual([{ label: `Usage · RIFee · Amazon EC2 · prod · ${ri}`, schedule: 'monthly', amount: 300, shareOfUsage: null, next: '2026-04-01', endsOn: '2027-01-01', ended: null }]);
    // usage at contracted prices steps from 100 + 32 to 100 + 16 on 2026-03-25 (a level shift); less the RI's discount now (6): 110 a day
    const value = Object.fromEntries(s.forecast.map((f) => [f.date, f.value]));
    expect(value).toMatchObject({ '2026-04-01': 410, '2026-04-02': 110 });
    // April's end: 30 days × 110 + 300
    expect(s.periodEnd.month).toMatchObject({ period: '2026-04', value: 30 * 110 + 300 });
  });

  it('refuses a time bucket as scope and names an empty scope', async () => {
    const w = await workspaceWith(daily('2026-01-05', '2026-01-10', () => 1));
    await expect(run(w.ws.db, { kind: 'forecast', by: 'month' })).rejects.toMatchObject({ code: 'FORECAST_BAD_SPEC' });
    await expect(run(w.ws.db, { kind: 'forecast', scope: [{ dimension: 'ServiceName', values: ['Nope'] }] })).rejects.toMatchObject({ code: 'FORECAST_NO_DATA' });
    await expect(run(w.ws.db, { kind: 'forecast', colour: 'red' } as never)).rejects.toMatchObject({ code: 'FORECAST_BAD_SPEC' });
  });
});
