// Optimize (issue 16, item 5) on the hand-built FOCUS export's three hours (SPEC "Optimize", worked
// example; the pools' hours in commitments-eligible.test.ts). The Compute SP pool is open 0.166,
// 0.36 and 0 of on demand after the plans and the RI held, which cover 3.33 of its 3.856.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateRequest } from '../../core/api/validate.ts';
import { removeRate, setRate } from '../../core/engines/commitments/rates.ts';
import { cli } from '../support/cli.ts';
import { FIXTURES, openTestWorkspace, type TestWorkspace } from '../support/workspace.ts';

const FIXTURE = join(FIXTURES, 'focus', 'commitments-status.csv');
const HELD = ['arn:aws:ec2:us-east-1:111111111111:reserved-instances/ri-b', 'arn:aws:savingsplans::111111111111:savingsplan/sp-a', 'arn:aws:savingsplans::111111111111:savingsplan/sp-c'];
const optimize = (t: TestWorkspace, spec: Record<string, unknown>) => t.api.commitmentsOptimize(validateRequest('commitmentsOptimize', { spec: { kind: 'commitments-optimize', ...spec } }));

describe('optimize: a Compute Savings Plan after the commitments held', () => {
  let t: TestWorkspace;
  beforeAll(async () => {
    t = await openTestWorkspace();
    await t.api.ingest({ paths: [FIXTURE] });
  });
  afterAll(() => t.close());

  it('at half price: the best plan pays for the 2nd most open hour (0.166): $0.083/h saves 0.332 − 0.249 = 0.083 in 3 h, 20.20 a month', async () => {
    const r = await optimize(t, { rate: 0.5, targetCoverage: 0.9 });
    expect(r).toMatchObject({ from: '2025-11-30T22:00:00Z', to: '2025-12-01T01:00:00Z', hours: 3, rate: 0.5, rateSource: 'given', existingApplied: HELD, approximate: false });
    expect(r.pool).toEqual({ type: 'ComputeSavingsPlan', region: null, instance: null, service: null });
    const [best, target, conservative] = r.choices;
    expect(best).toMatchObject({ kind: 'max-savings', hourlyCommitment: 0.083, monthlySavings: 20.196667, upfront: 0, breakEvenMonths: 0 });
    expect(best!.coverage).toBeCloseTo(3.662 / 3.856, 12);
    expect(best!.roi).toBeCloseTo(0.083 / 0.249, 12);
    // usage 10% lower: open 0.6759 − 0.585 = 0.0909 and 1.6695 − 1.495 = 0.1745 (capped at 0.166): 0.2569 − 0.249 = 0.0079 → 1.92 a month
    expect(best!.risk[0]).toEqual({ usageDropPct: 10, monthlySavings: 1.922333 });
    // 90%: 0.9 × 3.856 − 3.33 = 0.1404 more; two hours open at least 0.0702 → $0.0351, up to $0.036/h: covers 0.144 for 0.108
    expect(target).toMatchObject({ kind: 'target-coverage', hourlyCommitment: 0.036, monthlySavings: 8.76 });
    expect(target!.coverage).toBeCloseTo(3.474 / 3.856, 12);
    // P10 of 0, 0.166, 0.36 is the smallest: nothing
    expect(conservative).toMatchObject({ kind: 'conservative', hourlyCommitment: 0, monthlySavings: 0 });
    expect(r.curve[0]).toMatchObject({ hourlyCommitment: 0, monthlySavings: 0 });
    expect(r.curve[0]!.coverage).toBeCloseTo(3.33 / 3.856, 12);
    expect(r.curve.at(-1)!.hourlyCommitment).toBe(0.18); // the most open hour, 0.36, at half price
  });

  it('at the rate observed on sp-a (0.8), no more plan pays: the best is nothing, and 86.4% is already above an 80% target', async () => {
    const r = await optimize(t, {});
    expect(r.rateSource).toBe('observed');
    expect(r.choices.map((c) => c.hourlyCommitment)).toEqual([0, 0, 0]);
    expect(r.notices).toContain('The commitments held already cover 86.4% of this pool, at or above the 80% target.');
    // all three held end within a year of the data's end (1 Dec 2025 01:00)
    expect(r.notices).toContainEqual(expect.stringMatching(/^Held and applied first, but ending within the 1y term: .*ri-b \(2026-02-15\), .*sp-a \(2025-12-20\), .*sp-c \(2026-01-20\)\./));
  });

  it('an RI at the rate table\'s row for m5 in us-east-1 (0.30): open 0, 0.30, 0, rank ⌊0.9⌋ = 0 → 0.30, $0.09/h saves 0.03 in 3 h = 7.30 a month', async () => {
    await setRate(t.ws.db, { type: 'ReservedInstance', term: '1y', payment: 'NoUpfront', region: 'us-east-1', scope: 'm5', rate: 0.3 });
    const r = await optimize(t, { type: 'ReservedInstance' });
    expect(r).toMatchObject({ rate: 0.3, rateSource: 'table', pool: { type: 'ReservedInstance', region: 'us-east-1', instance: 'm5', service: null } });
    expect(r.choices[0]).toMatchObject({ kind: 'max-savings', hourlyCommitment: 0.09, monthlySavings: 7.3 });
    await removeRate(t.ws.db, { type: 'ReservedInstance', term: '1y', payment: 'NoUpfront', region: 'us-east-1', scope: 'm5' });
  });

  it('mix over the hour of 23:00 at given rates (RI 0.40, EC2 Instance SP 0.45, Compute SP 0.50): an m5 RI for the 0.30 open, then a Compute SP for the Fargate and Lambda 0.06', async () => {
    const r = await optimize(t, { type: 'mix', from: '2025-11-30T23:00:00Z', to: '2025-12-01T00:00:00Z', rate: 0.5, rates: { ReservedInstance: 0.4, EC2InstanceSavingsPlan: 0.45 } });
    // one hour: every level is "steady". RI $0.12/h saves 0.30 − 0.12 = 0.18 an hour (131.40 a month); the Compute SP $0.03/h saves 0.03 (21.90)
    expect(r.mix).toEqual([
      { type: 'ReservedInstance', region: 'us-east-1', instance: 'm5', service: null, rate: 0.4, hourlyCommitment: 0.12, monthlySavings: 131.4, utilization: expect.closeTo(1, 12) as number },
      { type: 'ComputeSavingsPlan', region: null, instance: null, service: null, rate: 0.5, hourlyCommitment: 0.03, monthlySavings: 21.9, utilization: expect.closeTo(1, 12) as number },
    ]);
    expect(r.choices[0]!.coverage).toBeCloseTo(1, 12);
  });

  it('mix at the rates observed (RI 0.635, EC2 Instance SP 0.625, Compute SP 0.8) over three hours buys nothing: no pool is open in 2 hours of 3', async () => {
    const r = await optimize(t, { type: 'mix' });
    expect(r.mix).toEqual([]);
  });

  it('an EC2 Instance SP: the pool with the most open spend (m5 in us-east-1), and the others named', async () => {
    const r = await optimize(t, { type: 'EC2InstanceSavingsPlan', rate: 0.5 });
    expect(r.pool).toEqual({ type: 'EC2InstanceSavingsPlan', region: 'us-east-1', instance: 'm5', service: null });
    expect(r.notices).toContain('3 EC2InstanceSavingsPlan pools have eligible spend; this is the one with the most left open (m5 in us-east-1). Give a scope (region, instance) for another.');
    // open 0, 0.30, 0: rank ⌊3 × 0.5⌋ = 1 from the top is 0
    expect(r.choices[0]!.hourlyCommitment).toBe(0);
    const r5 = await optimize(t, { type: 'EC2InstanceSavingsPlan', rate: 0.3, scope: { instance: 'r5' } });
    // r5 open 0.126, 0, 0 at rate 0.3: rank ⌊0.9⌋ = 0 → 0.126 → $0.0378, down to $0.037/h
    expect(r5.choices[0]).toMatchObject({ hourlyCommitment: 0.037 });
  });
});

describe('commitments optimize on the command line', () => {
  let t: TestWorkspace;
  beforeAll(async () => {
    t = await openTestWorkspace();
  });
  afterAll(() => t.close());

  it('--json: the curve, the choices and their risk; the table in words', async () => {
    const db = join(t.dir, 'cli.duckdb');
    expect((await cli('ingest', '--db', db, FIXTURE)).code).toBe(0);
    const r = await cli('commitments', 'optimize', '--db', db, '--type', 'ComputeSavingsPlan', '--term', '1y', '--payment', 'NoUpfront', '--rate', '0.5', '--target-coverage', '0.9', '--lookback', '30', '--json');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as { choices: { kind: string; hourlyCommitment: number }[]; curve: unknown[]; existingApplied: string[] };
    expect(doc).toMatchObject({ type: 'ComputeSavingsPlan', term: '1y', payment: 'NoUpfront', targetCoverage: 0.9, rate: 0.5, hours: 3 });
    expect(doc.choices.map((c) => [c.kind, c.hourlyCommitment])).toEqual([['max-savings', 0.083], ['target-coverage', 0.036], ['conservative', 0]]);
    expect(doc.existingApplied).toEqual(HELD);
    const words = await cli('commitments', 'optimize', '--db', db, '--rate', '0.5');
    expect(words.stderr).toMatch(/max-savings +0\.083 +20\.20 +95\.0% +/);
    expect((await cli('commitments', 'optimize', '--db', db, '--target-coverage', '80')).stderr).toMatch(/^error: BAD_REQUEST: --target-coverage is a fraction from 0 to 1/m);
  });
});
