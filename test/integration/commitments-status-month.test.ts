// Commitments status on a hand-built month of CUR (issue 16, "Done when"): an under-used Partial
// Upfront Savings Plan, a fully used RI, a plan that expires within 30 days, and a size-flexible
// RI that covers two sizes of its family by normalized units. Every figure below is worked out
// here by hand from test/fixtures/cur/legacy-commitments-month.csv, and the same month loads the
// same from its Athena and CUR 2.0 forms (test/support/cur-forms.ts).
//
// The month: December 2025, monthly granularity (every line spans 744 hours), us-east-1.
//   sp-under     Compute SP, 1yr Partial Upfront, $2.00/h (2025-06-01 → 2026-06-01): covers
//                m5.8xlarge i-a, on demand 1.536/h, at the plan's 1.152/h.
//                committed 2.00 × 744 = 1488, used 1.152 × 744 = 857.088, unused 630.912,
//                utilization 857.088 ÷ 1488 = 0.576, on demand 1.536 × 744 = 1142.784,
//                net savings 1142.784 − 1488 = −345.216
//   ri-full      RI m5.large × 2, 1yr standard No Upfront, $0.06/h each (2025-03-10 → 2026-03-10):
//                covers i-b and i-c (m5.large, 0.096/h) every hour.
//                committed 0.06 × 1488 = 89.28, all used; on demand 2 × 71.424 = 142.848; net 53.568
//   sp-expiring  EC2 Instance SP r5, 3yr All Upfront, $0.50/h (2023-01-15 08:00 → 2026-01-14 08:00):
//                covers r5.4xlarge i-d (1.008/h) at 0.50/h, fully used.
//                committed 372, used 372, on demand 749.952, net 377.952
//   ri-flex      RI t3.xlarge × 1, 3yr standard No Upfront, $0.104/h (2024-04-02 → 2027-04-02),
//                size-flexible: 8 normalized units an hour (xlarge = 8, large = 4, medium = 2),
//                0.104 ÷ 8 = 0.013 per unit-hour. It covers t3.large i-e 744 h (4 × 744 = 2976
//                units, 38.688), t3.medium i-f 744 h (1488 units, 19.344), t3.medium i-g 372 h
//                (744 units, 9.672): 5208 of 8 × 744 = 5952 units, utilization 0.875.
//                committed 0.104 × 744 = 77.376, used 67.704, unused 9.672 (93 instance-hours);
//                on demand 0.0832 × 744 + 0.0416 × 744 + 0.0416 × 372 = 61.9008 + 30.9504 + 15.4752
//                = 108.3264; net 30.9504
//   on demand    m5.large i-h 744 h × 0.096 = 71.424 (eligible); S3 storage 11.50 (not eligible)
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CommitmentsStatusResult } from '../../core/api/commitments-contract.ts';
import { commitmentsStatus, figures } from '../support/commitment-figures.ts';
import { writeCurForms } from '../support/cur-forms.ts';
import { FIXTURES, openTestWorkspace, query, tempDir, type TestWorkspace } from '../support/workspace.ts';

const LEGACY = join(FIXTURES, 'cur', 'legacy-commitments-month.csv');
const SP_UNDER = 'arn:aws:savingsplans::111111111111:savingsplan/sp-under';
const SP_EXPIRING = 'arn:aws:savingsplans::111111111111:savingsplan/sp-expiring';
const RI_FULL = 'arn:aws:ec2:us-east-1:111111111111:reserved-instances/ri-full';
const RI_FLEX = 'arn:aws:ec2:us-east-1:111111111111:reserved-instances/ri-flex';

/** The commitment's terms as the ingest keeps them (migration 060), on the fee lines. */
const TERMS_SQL = `SELECT x_LineItemId AS id, strftime(x_SavingsPlanStartTime, '%Y-%m-%dT%H:%M:%SZ') AS spStart, x_SavingsPlanPurchaseTerm AS spTerm,
  x_SavingsPlanPaymentOption AS spPayment, strftime(x_ReservationStartTime, '%Y-%m-%dT%H:%M:%SZ') AS riStart, x_LeaseContractLength AS lease, x_OfferingClass AS class
  FROM focus WHERE x_LineItemId IN ('D03', 'D09', 'D13', 'D13/unused') ORDER BY id`;

interface Loaded { status: CommitmentsStatusResult; terms: Record<string, unknown>[] }

async function load(path: string): Promise<Loaded> {
  const t: TestWorkspace = await openTestWorkspace();
  try {
    await t.api.ingest({ paths: [path] });
    const status = await commitmentsStatus(t);
    return { status, terms: await query(t.api, TERMS_SQL) };
  } finally {
    t.close();
  }
}

describe('commitments status on a hand-built month of CUR', () => {
  const results: Record<string, Loaded> = {};
  beforeAll(async () => {
    const forms = await writeCurForms(LEGACY, tempDir());
    results.legacy = await load(LEGACY);
    results.athena = await load(forms.athenaParquet);
    results.cur2 = await load(forms.cur2Parquet);
  }, 120_000);

  for (const form of ['legacy', 'athena', 'cur2'] as const) {
    describe(form, () => {
      const r = () => results[form]!.status;
      const one = (id: string) => r().commitments.find((c) => c.id === id)!;

      it('the ingest keeps start, term, payment option and offering class as AWS wrote them (x_ columns; the unused row copies them)', () => {
        const flex = { spStart: null, spTerm: null, spPayment: null, riStart: '2024-04-02T00:00:00Z', lease: '3yr', class: 'standard' };
        expect(results[form]!.terms).toEqual([
          { id: 'D03', spStart: '2025-06-01T00:00:00Z', spTerm: '1yr', spPayment: 'Partial Upfront', riStart: null, lease: null, class: null },
          { id: 'D09', spStart: '2023-01-15T08:00:00Z', spTerm: '3yr', spPayment: 'All Upfront', riStart: null, lease: null, class: null },
          { id: 'D13', ...flex },
          { id: 'D13/unused', ...flex },
        ]);
      });

      it('step 1: each commitment as AWS wrote it: type, term, payment, start and end, hourly commitment or units, scope', () => {
        expect(r().commitments.map((c) => c.id)).toEqual([RI_FLEX, RI_FULL, SP_EXPIRING, SP_UNDER]);
        expect(one(SP_UNDER)).toMatchObject({
          type: 'ComputeSavingsPlan', term: '1y', paymentOption: 'PartialUpfront', start: '2025-06-01T00:00:00Z', end: '2026-06-01T00:00:00Z',
          activeHours: 744, commitmentPerHour: 2, units: null, scope: { region: null },
        });
        expect(one(RI_FULL)).toMatchObject({
          type: 'ReservedInstance', term: '1y', paymentOption: 'NoUpfront', offeringClass: 'standard', start: '2025-03-10T00:00:00Z', end: '2026-03-10T00:00:00Z',
          activeHours: 744, commitmentPerHour: 0.12, units: 2, scope: { region: 'us-east-1', instanceType: 'm5.large', instanceFamily: 'm5', sizeFlexible: true },
        });
        // 1,095 days, as AWS writes it: 2023-01-15 08:00 to 2026-01-14 08:00 (2024 is a leap year)
        expect(one(SP_EXPIRING)).toMatchObject({
          type: 'EC2InstanceSavingsPlan', term: '3y', paymentOption: 'AllUpfront', start: '2023-01-15T08:00:00Z', end: '2026-01-14T08:00:00Z',
          activeHours: 744, commitmentPerHour: 0.5, scope: { region: 'us-east-1', instanceFamily: 'r5' },
        });
        expect(one(RI_FLEX)).toMatchObject({
          type: 'ReservedInstance', term: '3y', paymentOption: 'NoUpfront', offeringClass: 'standard', start: '2024-04-02T00:00:00Z', end: '2027-04-02T00:00:00Z',
          activeHours: 744, commitmentPerHour: 0.104, units: 1, scope: { region: 'us-east-1', instanceType: 't3.xlarge', instanceFamily: 't3', sizeFlexible: true },
        });
      });

      it('step 2: utilization and net savings of each, the under-used plan losing money', () => {
        expect(figures(one(SP_UNDER))).toEqual({ committed: 1488, used: 857.088, unused: 630.912, onDemandEquivalent: 1142.784, netSavings: -345.216 });
        expect(one(SP_UNDER).utilization).toBeCloseTo(0.576, 12);
        expect(figures(one(RI_FULL))).toEqual({ committed: 89.28, used: 89.28, unused: 0, onDemandEquivalent: 142.848, netSavings: 53.568 });
        expect(one(RI_FULL).utilization).toBe(1);
        expect(figures(one(SP_EXPIRING))).toEqual({ committed: 372, used: 372, unused: 0, onDemandEquivalent: 749.952, netSavings: 377.952 });
        expect(one(SP_EXPIRING).utilization).toBe(1);
        // size-flexible: 5208 of 5952 normalized unit-hours
        expect(figures(one(RI_FLEX))).toEqual({ committed: 77.376, used: 67.704, unused: 9.672, onDemandEquivalent: 108.3264, netSavings: 30.9504 });
        expect(one(RI_FLEX).utilization).toBeCloseTo(5208 / 5952, 12);
        expect(one(SP_UNDER).periods.map((p) => [p.period, p.committed, p.used])).toEqual([['2025-12', 1488, 857.088]]);
      });

      it('step 4: coverage and utilization over all commitments', () => {
        // committed 1488 + 89.28 + 372 + 77.376 = 2026.656; used 857.088 + 89.28 + 372 + 67.704 = 1386.072
        // on demand 1142.784 + 142.848 + 749.952 + 108.3264 = 2143.9104; net 2143.9104 − 2026.656 = 117.2544
        // eligible = covered 2143.9104 + i-h's 71.424 = 2215.3344 (S3 is not eligible, the negations count 0)
        expect(r().totals).toMatchObject({
          committed: 2026.656, used: 1386.072, unused: 640.584, onDemandEquivalent: 2143.9104, netSavings: 117.2544, eligible: 2215.3344, covered: 2143.9104,
        });
        expect(r().utilization).toBeCloseTo(1386.072 / 2026.656, 12);
        expect(r().coverage).toBeCloseTo(2143.9104 / 2215.3344, 12);
        expect(r().coverageByType.map((c) => [c.type, c.eligible, c.covered])).toEqual([
          ['ComputeSavingsPlan', 2215.3344, 2143.9104], ['EC2InstanceSavingsPlan', 2215.3344, 2143.9104], ['ReservedInstance', 2215.3344, 2143.9104],
        ]);
      });

      it('step 6: the plan ending in 13 days is in every expiry window; ri-full (68 days) within 90', () => {
        expect(r().asOf).toBe('2026-01-01T00:00:00Z');
        // 2026-01-14 08:00 is 13 days 8 hours on; 2026-03-10 is 31 + 28 + 9 = 68; 2026-06-01 is 151; 2027-04-02 is 365 + 91 = 456
        expect(r().commitments.map((c) => [c.id, c.daysToExpiry])).toEqual([[RI_FLEX, 456], [RI_FULL, 68], [SP_EXPIRING, 13], [SP_UNDER, 151]]);
        expect(r().expiring).toEqual([
          { withinDays: 30, ids: [SP_EXPIRING], commitmentPerHour: 0.5 },
          { withinDays: 60, ids: [SP_EXPIRING], commitmentPerHour: 0.5 },
          { withinDays: 90, ids: [RI_FULL, SP_EXPIRING], commitmentPerHour: 0.62 },
        ]);
        expect(r().notices).toEqual([]);
      });
    });
  }
});
