// Commitments status on FOCUS exports of other providers (issue 16, item 1): an Azure reservation
// and savings plan paid monthly, and a Google Cloud resource-based committed use discount whose fee
// is charged day by day, in FOCUS 1.2's shape (purchases at EffectiveCost 0, Used and Unused
// usage rows). test/fixtures/focus/commitments-other-providers.csv, two days (1-2 Dec 2025, daily
// rows); every figure below is worked out here by hand.
//   Azure reservation, 1 × D4s v3 ($0.10/h; a D2s v3 is half of it by Azure's size flexibility ratio).
//     Its one purchase row is dated 1 Dec (74.40 for the month): it does not say for how long it ran.
//     1 Dec covers vm-1 (D4s v3) 24 h: 2.40 for 4.608 on demand; 2 Dec covers vm-2 (D2s v3):
//     1.20 for 2.304, 1.20 unused. committed 4.80, used 3.60 (75%), on demand 6.912, net 2.112;
//     active 48 h (its usage rows), 4.80 ÷ 48 = $0.10/h
//   Azure savings plan, $0.50/h: 1 Dec uses 12.00 for 16.00 on demand (vm-3 runs 2.00 more on
//     demand, eligible: the same SKU); 2 Dec uses 3.00 for 4.00, 9.00 unused.
//     committed 24.00, used 15.00 (62.5%), on demand 20.00, net −4.00; $0.50/h; no region
//   Google CUD (N2, us-central1), $0.60/h, fee 14.40 a day: 1 Dec uses 14.40 for 24.00 on demand,
//     2 Dec 10.80 for 18.00, 3.60 unused. committed 28.80, used 25.20 (87.5%), on demand 42.00, net 13.20
//   Cloud Storage 5.00: not eligible.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommitmentsStatusResult } from '../../core/api/commitments-contract.ts';
import { commitmentsStatus, figures } from '../support/commitment-figures.ts';
import { FIXTURES, openTestWorkspace, type TestWorkspace } from '../support/workspace.ts';

const AZ_RI = '/providers/Microsoft.Capacity/reservationOrders/6f9d3c11-0000-4000-8000-00000000ri01/reservations/0b5c2d7e-0000-4000-8000-00000000ri01';
const AZ_SP = '/providers/Microsoft.BillingBenefits/savingsPlanOrders/2c4e6a80-0000-4000-8000-00000000sp01/savingsPlans/9e8d7c6b-0000-4000-8000-00000000sp01';
const GCP_CUD = 'projects/example-prod/regions/us-central1/commitments/cud-n2-1yr';

describe('commitments status on Azure and Google Cloud FOCUS exports', () => {
  let t: TestWorkspace;
  let r: CommitmentsStatusResult;
  const one = (id: string) => r.commitments.find((c) => c.id === id)!;
  beforeAll(async () => {
    t = await openTestWorkspace();
    await t.api.ingest({ paths: [join(FIXTURES, 'focus', 'commitments-other-providers.csv')] });
    r = await commitmentsStatus(t);
  });
  afterAll(() => t.close());

  it('the inventory: each type by its FOCUS name, hourly commitment over the hours it ran, no term the data does not give', () => {
    expect(r.commitments.map((c) => c.id)).toEqual([AZ_SP, AZ_RI, GCP_CUD]);
    expect(one(AZ_RI)).toMatchObject({
      provider: 'Microsoft', type: 'Reservation', category: 'Usage', name: 'VM_RI_D4s_v3_eastus', term: null, paymentOption: null, start: null, end: null,
      activeHours: 48, commitmentPerHour: 0.1, units: null, scope: { region: 'eastus', service: 'Virtual Machines' }, daysToExpiry: null,
    });
    expect(one(AZ_SP)).toMatchObject({ provider: 'Microsoft', type: 'SavingsPlan', category: 'Spend', activeHours: 48, commitmentPerHour: 0.5, units: null, scope: { region: null } });
    expect(one(GCP_CUD)).toMatchObject({
      provider: 'Google Cloud', type: 'CommittedUseDiscount', category: 'Usage', activeHours: 48, commitmentPerHour: 0.6, units: null,
      scope: { region: 'us-central1', service: 'Compute Engine' },
    });
  });

  it('utilization and net savings of each', () => {
    expect(figures(one(AZ_RI))).toEqual({ committed: 4.8, used: 3.6, unused: 1.2, onDemandEquivalent: 6.912, netSavings: 2.112 });
    expect(one(AZ_RI).utilization).toBeCloseTo(0.75, 12);
    expect(figures(one(AZ_SP))).toEqual({ committed: 24, used: 15, unused: 9, onDemandEquivalent: 20, netSavings: -4 });
    expect(one(AZ_SP).utilization).toBeCloseTo(0.625, 12);
    expect(figures(one(GCP_CUD))).toEqual({ committed: 28.8, used: 25.2, unused: 3.6, onDemandEquivalent: 42, netSavings: 13.2 });
    expect(one(GCP_CUD).utilization).toBeCloseTo(0.875, 12);
  });

  it('coverage over what commitments covered and the on-demand usage of the same SKUs; no expiry without an end', () => {
    // covered 6.912 + 20.00 + 42.00 = 68.912; eligible also vm-3's 2.00 on demand: 70.912
    expect(r.totals).toMatchObject({ committed: 57.6, used: 43.8, unused: 13.8, onDemandEquivalent: 68.912, netSavings: 11.312, eligible: 70.912, covered: 68.912 });
    expect(r.coverage).toBeCloseTo(68.912 / 70.912, 12);
    expect(r.utilization).toBeCloseTo(43.8 / 57.6, 12);
    expect(r.asOf).toBe('2025-12-03T00:00:00Z');
    expect(r.expiring.map((e) => e.ids)).toEqual([[], [], []]);
    expect(r.notices).toEqual([]);
  });
});
