// Commitments status (issue 16, item 1) on hand-built months whose figures are worked out here by
// hand. SPEC.md "Definitions": committed = Σ EffectiveCost of a commitment's Used and Unused rows,
// used = Σ of its Used rows, utilization = used ÷ committed, on-demand equivalent = Σ ListCost of
// its Used rows, net savings = on-demand equivalent − committed, coverage = covered ÷ eligible.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommitmentsStatusResult } from '../../core/api/commitments-contract.ts';
import { commitmentsStatus as status, figures } from '../support/commitment-figures.ts';
import { writeCurForms } from '../support/cur-forms.ts';
import { FIXTURES, openTestWorkspace, tempDir, type TestWorkspace } from '../support/workspace.ts';

const SP_A = 'arn:aws:savingsplans::111111111111:savingsplan/sp-a';
const SP_C = 'arn:aws:savingsplans::111111111111:savingsplan/sp-c';
const RI_B = 'arn:aws:ec2:us-east-1:111111111111:reserved-instances/ri-b';

// test/fixtures/focus/commitments-status.csv: an AWS FOCUS export, three hours (30 Nov 22:00, 23:00
// and 1 Dec 00:00 UTC), in the forms of FOCUS 1.2's commitment scenarios (usage scenarios 3 and 4:
// a used row plus an unused row, or a used row plus on-demand overage).
//   sp-a  Compute SP 1yr Partial Upfront, $1.00/h, ends 2025-12-20
//         22:00 covers i-1 for 0.50 on demand at 0.40, 0.60 unused
//         23:00 covers i-1 for 1.25 at 1.00 (full), i-1 runs 0.30 more on demand
//         00:00 covers i-1 for 1.25 at 1.00 (full)
//   ri-b  RI c5.large ×1, 1yr standard No Upfront (rate code …4NA7Y494T4…), $0.054/h, ends 2026-02-15,
//         covers i-2 (on demand 0.085) both November hours
//   sp-c  EC2 Instance SP m5 3yr All Upfront, $0.10/h (no fee rows), ends 2026-01-20
//         22:00 all unused (0.10), 23:00 covers i-3 for 0.16 at 0.10
//   on demand, eligible: r5.large 0.126, Fargate vCPU 0.04, Lambda duration 0.06, i-1's 0.30, RDS db.r6g.large 0.20 (RIs only)
//   not eligible: Lambda requests 0.02, S3 0.50, a spot m5.large 0.03
describe('commitments status on a hand-built FOCUS export', () => {
  let t: TestWorkspace;
  let r: CommitmentsStatusResult;
  beforeAll(async () => {
    t = await openTestWorkspace();
    await t.api.ingest({ paths: [join(FIXTURES, 'focus', 'commitments-status.csv')] });
    r = await status(t, { kind: 'commitments-status' });
  });
  afterAll(() => t.close());

  it('step 1: the inventory, with type, term, payment, start (end − term), hourly commitment, units and scope', () => {
    expect(r.commitments.map((c) => c.id)).toEqual([RI_B, SP_A, SP_C]);
    const [ri, spa, spc] = r.commitments;
    expect(spa).toMatchObject({
      type: 'ComputeSavingsPlan', term: '1y', paymentOption: 'PartialUpfront', end: '2025-12-20T00:00:00Z', start: '2024-12-20T00:00:00Z',
      activeHours: 3, commitmentPerHour: 1, units: null, scope: { region: null, instanceFamily: null },
    });
    // 1,095 days before 2026-01-20, across 29 February 2024
    expect(spc).toMatchObject({
      type: 'EC2InstanceSavingsPlan', term: '3y', paymentOption: 'AllUpfront', start: '2023-01-21T00:00:00Z', end: '2026-01-20T00:00:00Z',
      activeHours: 2, commitmentPerHour: 0.1, scope: { region: 'us-east-1', instanceFamily: 'm5' },
    });
    expect(ri).toMatchObject({
      type: 'ReservedInstance', term: '1y', paymentOption: 'NoUpfront', offeringClass: 'standard', start: '2025-02-15T00:00:00Z', end: '2026-02-15T00:00:00Z',
      activeHours: 2, commitmentPerHour: 0.054, units: 1,
      scope: { region: 'us-east-1', instanceType: 'c5.large', instanceFamily: 'c5', sizeFlexible: true, service: 'Amazon Elastic Compute Cloud' },
    });
  });

  it('step 2: utilization and net savings per commitment and per month', () => {
    const [ri, spa, spc] = r.commitments;
    // sp-a: committed 0.40 + 0.60 + 1.00 + 1.00 = 3.00, used 2.40, on demand 0.50 + 1.25 + 1.25 = 3.00, net 0
    expect(figures(spa!)).toEqual({ committed: 3, used: 2.4, unused: 0.6, onDemandEquivalent: 3, netSavings: 0 });
    expect(spa!.utilization).toBeCloseTo(0.8, 12);
    // November: 2.00 committed, 1.40 used (70%), 1.75 on demand: −0.25; December: 1.00 all used, 1.25: +0.25
    expect(spa!.periods.map((p) => ({ period: p.period, ...figures(p), utilization: p.utilization }))).toEqual([
      { period: '2025-11', committed: 2, used: 1.4, unused: 0.6, onDemandEquivalent: 1.75, netSavings: -0.25, utilization: expect.closeTo(0.7, 12) },
      { period: '2025-12', committed: 1, used: 1, unused: 0, onDemandEquivalent: 1.25, netSavings: 0.25, utilization: 1 },
    ]);
    // ri-b: 2 × 0.054 = 0.108 all used; 2 × 0.085 = 0.17 on demand; net 0.062
    expect(figures(ri!)).toEqual({ committed: 0.108, used: 0.108, unused: 0, onDemandEquivalent: 0.17, netSavings: 0.062 });
    expect(ri!.utilization).toBe(1);
    // sp-c: 0.10 unused + 0.10 used = 0.20, half used; 0.16 on demand: net −0.04
    expect(figures(spc!)).toEqual({ committed: 0.2, used: 0.1, unused: 0.1, onDemandEquivalent: 0.16, netSavings: -0.04 });
    expect(spc!.utilization).toBeCloseTo(0.5, 12);
  });

  it('step 4: coverage of eligible spend, overall, by month and by commitment type; utilization over all', () => {
    // covered 3.00 + 0.17 + 0.16 = 3.33; eligible 3.33 + 0.126 + 0.04 + 0.06 + 0.30 + 0.20 = 4.056
    expect(r.totals).toMatchObject({ committed: 3.308, used: 2.608, unused: 0.7, onDemandEquivalent: 3.33, netSavings: 0.022, eligible: 4.056, covered: 3.33 });
    expect(r.coverage).toBeCloseTo(3.33 / 4.056, 12);
    expect(r.utilization).toBeCloseTo(2.608 / 3.308, 12);
    expect(r.coverageByPeriod.map((p) => [p.period, p.eligible, p.covered])).toEqual([['2025-11', 2.806, 2.08], ['2025-12', 1.25, 1.25]]);
    // Compute SP: all but the RDS hour; EC2 Instance SP and RI: no Fargate or Lambda; RI: with RDS
    expect(r.coverageByType.map((c) => [c.type, c.eligible, c.covered])).toEqual([
      ['ComputeSavingsPlan', 3.856, 3.33],
      ['EC2InstanceSavingsPlan', 3.756, 3.33],
      ['ReservedInstance', 3.956, 3.33],
    ]);
  });

  it('step 6: expiries in the next 30/60/90 days, from the end of the data (1 Dec 01:00)', () => {
    expect(r.asOf).toBe('2025-12-01T01:00:00Z');
    expect(r.commitments.map((c) => c.daysToExpiry)).toEqual([75, 18, 49]);
    expect(r.expiring).toEqual([
      { withinDays: 30, ids: [SP_A], commitmentPerHour: 1 },
      { withinDays: 60, ids: [SP_A, SP_C], commitmentPerHour: 1.1 },
      { withinDays: 90, ids: [RI_B, SP_A, SP_C], commitmentPerHour: 1.154 },
    ]);
    expect(r.notices).toEqual([]);
  });

  it('a window: November only', async () => {
    const nov = await status(t, { kind: 'commitments-status', from: '2025-11-01', to: '2025-12-01', asOf: '2025-12-01' });
    expect(nov.asOf).toBe('2025-12-01T00:00:00Z');
    expect(figures(nov.commitments.find((c) => c.id === SP_A)!)).toEqual({ committed: 2, used: 1.4, unused: 0.6, onDemandEquivalent: 1.75, netSavings: -0.25 });
    expect(nov.totals).toMatchObject({ eligible: 2.806, covered: 2.08 });
    expect(nov.commitments.map((c) => c.daysToExpiry)).toEqual([76, 19, 50]);
  });

  it('refuses a bad request with a code and what to do', async () => {
    await expect(status(t, { kind: 'commitments-status', from: '2025-12-01', to: '2025-11-01' })).rejects.toMatchObject({ code: 'COMMITMENTS_BAD_SPEC', message: expect.stringMatching(/window is empty/) });
  });
});

// test/fixtures/cur/legacy-commitment-savings.csv (its figures: test/integration/focus-use-cases.test.ts):
// sp-9 committed 6.96 over 100 h, 6.00 used on 9.60 of on-demand m5.large; ri-9 60 h reserved,
// 50 used (3.00 of 3.60) on 4.80 of on demand; 10 h of m5.large on demand (0.96).
describe('commitments status on a hand-built CUR month', () => {
  let forms: Awaited<ReturnType<typeof writeCurForms>>;
  const legacy = join(FIXTURES, 'cur', 'legacy-commitment-savings.csv');
  beforeAll(async () => {
    forms = await writeCurForms(legacy, tempDir());
  });

  for (const form of ['legacy', 'cur2Parquet'] as const) {
    it(`${form}: utilization, savings, hourly commitment, units and coverage`, async () => {
      const t = await openTestWorkspace();
      try {
        await t.api.ingest({ paths: [form === 'legacy' ? legacy : forms[form]] });
        const r = await status(t, { kind: 'commitments-status' });
        const [ri, sp] = r.commitments;
        expect(sp).toMatchObject({ type: 'ComputeSavingsPlan', term: '1y', paymentOption: 'NoUpfront', activeHours: 100, commitmentPerHour: 0.0696, end: null, start: null, daysToExpiry: null });
        expect(figures(sp!)).toEqual({ committed: 6.96, used: 6, unused: 0.96, onDemandEquivalent: 9.6, netSavings: 2.64 });
        expect(sp!.utilization).toBeCloseTo(6 / 6.96, 12);
        expect(ri).toMatchObject({ type: 'ReservedInstance', activeHours: 60, commitmentPerHour: 0.06, units: 1, scope: { region: 'us-east-1', instanceType: 'm5.large', sizeFlexible: true } });
        expect(figures(ri!)).toEqual({ committed: 3.6, used: 3, unused: 0.6, onDemandEquivalent: 4.8, netSavings: 1.2 });
        expect(ri!.utilization).toBeCloseTo(50 / 60, 12);
        // eligible 0.96 + 9.60 + 4.80 = 15.36 (the negation counts 0), covered 14.40
        expect(r.totals).toMatchObject({ eligible: 15.36, covered: 14.4, committed: 10.56, netSavings: 3.84 });
        expect(r.coverage).toBeCloseTo(0.9375, 12);
        expect(r.utilization).toBeCloseTo(9 / 10.56, 12);
      } finally {
        t.close();
      }
    });
  }
});
