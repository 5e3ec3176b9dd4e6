// What-if (issue 16, item 4, first part): one added Compute Savings Plan over the hand-built FOCUS
// export's three hours (figures of the pool in commitments-eligible.test.ts; the loop's arithmetic
// in core/engines/commitments/simulate.test.ts). Open to a new plan: 0.166, 0.36 and 0 of on
// demand. The rate observed on the Compute SP held (sp-a): 2.40 used ÷ 3.00 on demand = 0.8.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateRequest } from '../../core/api/validate.ts';
import { cli } from '../support/cli.ts';
import { FIXTURES, openTestWorkspace, SHARED_DATA, type TestWorkspace } from '../support/workspace.ts';

const whatIf = (t: TestWorkspace, spec: Record<string, unknown>) => t.api.commitmentsWhatIf(validateRequest('commitmentsWhatIf', { spec: { kind: 'commitments-whatif', type: 'ComputeSavingsPlan', ...spec } }));

describe('what-if: one added Compute Savings Plan', () => {
  let t: TestWorkspace;
  beforeAll(async () => {
    t = await openTestWorkspace();
    await t.api.ingest({ paths: [join(FIXTURES, 'focus', 'commitments-status.csv')] });
  });
  afterAll(() => t.close());

  it('$0.20/h at the observed rate over the three hours: coverage, utilization, savings per month, under-used hours', async () => {
    const r = await whatIf(t, { hourlyCommitment: 0.2, from: '2025-11-30T22:00:00Z', to: '2025-12-01T01:00:00Z' });
    expect(r.rate).toBeCloseTo(0.8, 12);
    expect(r.rateSource).toBe('observed');
    // capacity 0.25 an hour: covers 0.166 (0.1328 used), 0.25 (0.20 used), nothing
    expect(r).toMatchObject({ from: '2025-11-30T22:00:00Z', to: '2025-12-01T01:00:00Z', hours: 3, committed: 0.6, used: 0.3328, onDemandCovered: 0.416, netSavings: -0.184, breakEvenMonths: null, approximate: false });
    expect(r.coverageAfter).toBeCloseTo(3.746 / 3.856, 12);
    expect(r.monthly.map((m) => [m.month, m.netSavings])).toEqual([['2025-11', 0.016], ['2025-12', -0.2]]);
    expect(r.underused.map((h) => h.hour)).toEqual(['2025-11-30T22:00:00Z', '2025-12-01T00:00:00Z']);
  });

  it('a 30-day lookback starts where the data starts, and says so', async () => {
    const r = await whatIf(t, { hourlyCommitment: 0.2 });
    expect([r.from, r.to, r.hours, r.netSavings]).toEqual(['2025-11-30T22:00:00Z', '2025-12-01T01:00:00Z', 3, -0.184]);
    expect(r.notices).toEqual([expect.stringMatching(/^The window starts at 2025-11-30T22:00:00Z, where the data starts/)]);
  });

  it('a given rate: $0.10/h at half price, All Upfront, breaks even after 9.84 months', async () => {
    const r = await whatIf(t, { hourlyCommitment: 0.1, rate: 0.5, payment: 'AllUpfront' });
    expect(r).toMatchObject({ rateSource: 'given', rate: 0.5, onDemandCovered: 0.366, netSavings: 0.066, upfront: 876, breakEvenMonths: 9.84 });
  });

  it('commitments whatif --json: the issue shape', async () => {
    const db = join(t.dir, 'cli.duckdb');
    expect((await cli('ingest', '--db', db, join(FIXTURES, 'focus', 'commitments-status.csv'))).code).toBe(0);
    const r = await cli('commitments', 'whatif', '--db', db, '--type', 'ComputeSavingsPlan', '--term', '1y', '--payment', 'NoUpfront', '--hourly', '0.2', '--lookback', '30', '--json');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(doc).toMatchObject({ monthlySavings: [{ month: '2025-11', netSavings: 0.016 }, { month: '2025-12', netSavings: -0.2 }], breakEvenMonths: null, underusedHours: 2 });
    expect(doc.coverage).toBeCloseTo(3.746 / 3.856, 12);
    expect(doc.utilization).toBeCloseTo(0.3328 / 0.6, 12);
    expect(doc.roi).toBeCloseTo(-0.184 / 0.6, 12);
    const words = await cli('commitments', 'whatif', '--db', db, '--hourly', '0.2');
    expect(words.stderr).toContain('coverage 86.4% → 97.1%; utilization 55.5%; net savings -0.18 (ROI -30.7%); never breaks even');
    expect((await cli('commitments', 'whatif', '--db', db)).stderr).toMatch(/^error: BAD_REQUEST: No commitment given: pass --hourly/m);
  });
});

describe('what-if: what it cannot do says what to do', () => {
  it('no usage in the workspace; no Compute Savings Plan to observe a rate on (the FOCUS sample\'s plans are of no known kind): the shipped default, said', async () => {
    const t = await openTestWorkspace();
    try {
      await expect(whatIf(t, { hourlyCommitment: 1 })).rejects.toMatchObject({ code: 'COMMITMENTS_NO_USAGE', message: expect.stringMatching(/Load a bill first/) });
      await t.api.ingest({ paths: [join(SHARED_DATA, 'focus-sample-1.0', 'focus_sample_1000.csv')] });
      // a 1-year No Upfront Compute SP is priced as a 1-year No Upfront Convertible RI: m5.large $0.071 ÷ $0.096 on demand
      const r = await whatIf(t, { hourlyCommitment: 1 });
      expect([r.rateSource, r.rate]).toEqual(['default', 0.739583]);
      expect(r.rateDetail).toMatch(/^AWS Price List, m5\.large .* on demand \$0\.096\/h: priced as a Convertible RI of the same term \(AWS\), 1y NoUpfront$/);
      expect((await whatIf(t, { hourlyCommitment: 1, rate: 0.7 })).rateSource).toBe('given');
    } finally {
      t.close();
    }
  });
});
