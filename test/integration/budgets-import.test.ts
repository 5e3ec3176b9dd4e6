// Budgets imported from CSV and from an AWS Budgets export (`aws budgets describe-budgets`):
// what maps, and bad files refused with a clear error and nothing saved.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { validateRequest } from '../../core/api/validate.ts';
import { FIXTURES, openTestWorkspace, type TestWorkspace } from '../support/workspace.ts';

let t: TestWorkspace;
beforeEach(async () => {
  t = await openTestWorkspace();
  // one budget already there: a failed import must leave it exactly as it is
  await t.api.budgetsSet(validateRequest('budgetsSet', { budget: { name: 'Kept', period: 'month', start: '2026-01', amount: 5 } }));
});
afterEach(() => t.close());

const KEPT = { name: 'Kept', scope: null, period: 'month', start: '2026-01', recurring: false, amount: 5, currency: 'USD', basis: 'Effective' };
const importText = (format: 'csv' | 'aws', text: string, skipUnmappable?: boolean) => t.api.budgetsImport(validateRequest('budgetsImport', { format, text, ...(skipUnmappable ? { skipUnmappable } : {}) }));
const AWS_EXPORT = readFileSync(join(FIXTURES, 'budgets', 'describe-budgets.json'), 'utf8');

async function refusedAndNothingSaved(p: Promise<unknown>, code: string, message: RegExp): Promise<void> {
  await expect(p).rejects.toMatchObject({ code, message: expect.stringMatching(message) });
  expect((await t.api.budgetsList({})).budgets).toEqual([KEPT]);
}

describe('CSV import', () => {
  it('every column, any order, defaults for the optional ones, quoted fields; a name already there is replaced', async () => {
    const csv = [
      '\uFEFFname,amount,period,start,scope_dimension,scope_value,recurring,currency,basis',
      'Total,12000,month,2026-01,,,yes,,',
      '"Payments, all",2500.50,month,2026-03,tag:Team,payments,true,usd,billed',
      'Kept,7.25,quarter,2026-04,ServiceName,"Amazon ""Simple"" Storage Service",0,EUR,List',
      '',
    ].join('\r\n');
    const r = await importText('csv', csv);
    expect(r.imported).toBe(3);
    expect(r.budgets).toEqual([
      { name: 'Kept', scope: { dimension: 'ServiceName', value: 'Amazon "Simple" Storage Service' }, period: 'quarter', start: '2026-04', recurring: false, amount: 7.25, currency: 'EUR', basis: 'List' },
      { name: 'Payments, all', scope: { dimension: 'tag:Team', value: 'payments' }, period: 'month', start: '2026-03', recurring: true, amount: 2500.5, currency: 'USD', basis: 'Billed' },
      { name: 'Total', scope: null, period: 'month', start: '2026-01', recurring: true, amount: 12000, currency: 'USD', basis: 'Effective' },
    ]);
  });

  it('bad files: a clear error naming the line and column, and nothing saved', async () => {
    await refusedAndNothingSaved(importText('csv', ''), 'BUDGETS_BAD_CSV', /The CSV is empty.*Nothing was imported/);
    await refusedAndNothingSaved(importText('csv', 'name,period,start\nA,month,2026-01\n'), 'BUDGETS_BAD_CSV', /lacks the column amount/);
    await refusedAndNothingSaved(importText('csv', 'name,period,start,amount,owner\n'), 'BUDGETS_BAD_CSV', /Unknown column "owner"/);
    await refusedAndNothingSaved(importText('csv', 'name,period,start,amount\n'), 'BUDGETS_BAD_CSV', /header and no budget/);
    // the first row is good, the second and third are not: neither the good one nor Kept's replacement is saved
    const mixed = 'name,period,start,amount\nKept,month,2026-02,10\nB,month,2026-02,"1,200"\nC,week,2026-02,5\n';
    await refusedAndNothingSaved(importText('csv', mixed), 'BUDGETS_BAD_CSV', /Line 3, column amount: "1,200" is not an amount.*Line 4.*period/);
    await refusedAndNothingSaved(importText('csv', 'name,period,start,amount\nA,month,2026-13,10\n'), 'BUDGETS_BAD_CSV', /Line 2 is not valid: start: start is the first month, written YYYY-MM/);
    await refusedAndNothingSaved(importText('csv', 'name,period,start,amount,scope_dimension,scope_value\nA,month,2026-01,10,ServiceName,\n'), 'BUDGETS_BAD_CSV', /Line 2, column scope_value: a scope takes both/);
    await refusedAndNothingSaved(importText('csv', 'name,period,start,amount\nA,month,2026-01,10\nA,month,2026-02,10\n'), 'BUDGETS_BAD_CSV', /"A" is on line 2 and again on line 3/);
    await refusedAndNothingSaved(importText('csv', 'name,period,start,amount\n"A,month,2026-01,10\n'), 'BUDGETS_BAD_CSV', /quote opened on line 2 that never closes/);
    await refusedAndNothingSaved(importText('csv', 'name,period,start,amount\nA,month,2026-01\n'), 'BUDGETS_BAD_CSV', /Line 2 has 3 fields, the header 4/);
  });
});

describe('AWS Budgets import', () => {
  it('describe-budgets output: amount and unit, monthly or quarterly, recurring or one period, amortized or not, one filter', async () => {
    const r = await importText('aws', AWS_EXPORT);
    expect(r.imported).toBe(4);
    expect(r.refused).toEqual([]);
    expect(r.budgets).toEqual([
      // LINKED_ACCOUNT in a FilterExpression; no End: recurring; no CostTypes: unblended = Billed
      { name: 'Dev account', scope: { dimension: 'SubAccountId', value: '123456789012' }, period: 'month', start: '2026-01', recurring: true, amount: 800, currency: 'USD', basis: 'Billed' },
      // Start 1775001600 = 2026-04-01, End 1782863999 = 2026-06-30 23:59:59: one quarter only
      { name: 'EC2 Q2', scope: { dimension: 'ServiceName', value: 'Amazon Elastic Compute Cloud - Compute' }, period: 'quarter', start: '2026-04', recurring: false, amount: 30000, currency: 'USD', basis: 'Billed' },
      KEPT,
      // End 2087-06-15 is AWS's "no end"; UseAmortized: Effective
      { name: 'Monthly total', scope: null, period: 'month', start: '2026-01', recurring: true, amount: 12000, currency: 'USD', basis: 'Effective' },
      { name: 'Payments team', scope: { dimension: 'tag:Team', value: 'payments' }, period: 'month', start: '2026-03', recurring: true, amount: 2500.5, currency: 'USD', basis: 'Billed' },
    ]);
  });

  const awsBudget = (extra: Record<string, unknown>) => ({ BudgetName: 'X', BudgetLimit: { Amount: '10', Unit: 'USD' }, TimeUnit: 'MONTHLY', TimePeriod: { Start: '2026-01-01T00:00:00Z' }, BudgetType: 'COST', ...extra });
  const file = (...budgets: unknown[]) => JSON.stringify({ Budgets: budgets });

  it('what cannot be kept is refused by name with the reason, and nothing is saved', async () => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ BudgetType: 'USAGE' }, /"X": it is a USAGE budget/],
      [{ TimeUnit: 'ANNUALLY' }, /its period is ANNUALLY; a budget here is MONTHLY or QUARTERLY/],
      [{ CostFilters: { Service: ['Amazon EC2'], Region: ['us-east-1'] } }, /filters on Service and Region; a budget here has one filter/],
      [{ CostFilters: { Service: ['Amazon EC2', 'Amazon S3'] } }, /its Service filter has 2 values/],
      [{ CostFilters: { PurchaseType: ['Spot'] } }, /its filter PurchaseType has no column here/],
      [{ CostTypes: { IncludeCredit: false, IncludeRefund: false } }, /leave out charges \(IncludeRefund, IncludeCredit false\)/],
      [{ CostTypes: { UseBlended: true } }, /blended cost/],
      [{ TimePeriod: { Start: '2026-01-01T00:00:00Z', End: '2026-06-30T00:00:00Z' } }, /repeats until 2026-06-30 \(an expiring budget\)/],
      [{ BudgetLimit: { Amount: '100', Unit: 'GB' } }, /BudgetLimit.Unit is "GB", not a currency/],
      [{ FilterExpression: { And: [{ Dimensions: { Key: 'SERVICE', Values: ['a'] } }, { Tags: { Key: 'Team', Values: ['b'] } }] } }, /FilterExpression combines filters \(And\)/],
      [{ PlannedBudgetLimits: { '1767225600': { Amount: '10', Unit: 'USD' } } }, /plans a different amount for each period/],
    ];
    for (const [extra, message] of cases) await refusedAndNothingSaved(importText('aws', file(awsBudget(extra))), 'BUDGETS_BAD_AWS_EXPORT', message);
  });

  it('one unmappable budget among good ones: refused whole unless skipUnmappable, which imports the rest and lists it', async () => {
    const text = file(awsBudget({ BudgetName: 'Good' }), awsBudget({ BudgetName: 'Daily', TimeUnit: 'DAILY' }));
    await refusedAndNothingSaved(importText('aws', text), 'BUDGETS_BAD_AWS_EXPORT', /1 of the 2 AWS budgets cannot be kept here: "Daily": its period is DAILY.*Nothing was imported. Import again with "skip unmappable" \(--skip-unmappable\) to import the other 1/);
    const r = await importText('aws', text, true);
    expect(r.imported).toBe(1);
    expect(r.refused).toEqual([{ name: 'Daily', reason: 'its period is DAILY; a budget here is MONTHLY or QUARTERLY' }]);
    expect(r.budgets.map((b) => b.name)).toEqual(['Good', 'Kept']);
  });

  it('files that are not an AWS Budgets export are refused whole', async () => {
    await refusedAndNothingSaved(importText('aws', 'name,amount\nA,1\n'), 'BUDGETS_BAD_AWS_EXPORT', /not JSON/);
    await refusedAndNothingSaved(importText('aws', '{"tags": {}}'), 'BUDGETS_BAD_AWS_EXPORT', /no "Budgets" list/);
    await refusedAndNothingSaved(importText('aws', '{"Budgets": []}'), 'BUDGETS_BAD_AWS_EXPORT', /lists no budget/);
    await refusedAndNothingSaved(importText('aws', '{"Budgets": [{"Amount": 1}]}'), 'BUDGETS_BAD_AWS_EXPORT', /Budget 1 of the AWS Budgets export has no BudgetName/);
    // describe-budget (one budget) works too
    expect((await importText('aws', JSON.stringify({ Budget: awsBudget({ BudgetName: 'One' }) }))).imported).toBe(1);
  });
});
