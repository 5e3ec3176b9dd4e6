// Two queries of the FOCUS use case library (focus.finops.org/use-cases, FOCUS 1.2), run as the
// library writes them on a workspace loaded from a hand-built CUR month
// (test/fixtures/cur/legacy-commitment-savings.csv), in each CUR form. Issue 10, "Done when".
//
// The month, by hand: m5.large on demand $0.096/h.
//   M01  10 h on demand                          billed 0.96  effective 0.96
//   M02  100 h covered by Savings Plan sp-9      on-demand 9.60, the plan's rate worth 6.00
//   M03  its negation                            billed -9.60
//   M04  sp-9's recurring fee                    6.96 committed, 6.00 used → 0.96 unused
//   M05  50 h covered by RI ri-9                 on-demand 4.80, reservation/EffectiveCost 3.00
//   M06  ri-9's RIFee, 60 h at 0.06              3.60, 50 h used → 0.60 unused
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeEachCurForm } from '../support/cur-form-workspaces.ts';
import { expectConformant } from '../support/expect-conformant.ts';
import { FIXTURES, query } from '../support/workspace.ts';

const LEGACY = join(FIXTURES, 'cur', 'legacy-commitment-savings.csv');

// The library filters `ChargePeriodStart >= ? AND ChargePeriodEnd < ?`. A monthly row (a fee, its
// unused part) ends at the month's end, so the window's end bound is the day after it.
const FROM = `TIMESTAMP '2025-11-01 00:00:00'`;
const TO = `TIMESTAMP '2025-12-02 00:00:00'`;

// "Identify unused commitments", as published; CommitmentDiscountStatus, selected but missing from
// the published GROUP BY (an error in standard SQL), is added to it.
const IDENTIFY_UNUSED_COMMITMENTS = `SELECT MIN(ChargePeriodStart) AS ChargePeriodStart, MAX(ChargePeriodEnd) AS ChargePeriodEnd, ProviderName, BillingAccountId, CommitmentDiscountId, CommitmentDiscountType, CommitmentDiscountStatus, SUM(BilledCost) AS TotalBilledCost, SUM(EffectiveCost) AS TotalEffectiveCost FROM focus WHERE ChargePeriodStart >= ${FROM} AND ChargePeriodEnd < ${TO} AND CommitmentDiscountStatus = 'Unused' GROUP BY ProviderName, BillingAccountId, CommitmentDiscountId, CommitmentDiscountType, CommitmentDiscountStatus ORDER BY CommitmentDiscountId`;

// "Determine Effective Savings Rate by Service", as published (its alias "Total ContractedCost"
// written as one word), on an accrual basis: ContractedCost's usability constraint says to leave
// out the purchases that cover future charges, "Purchase with BilledCost > 0 and EffectiveCost = 0",
// or every commitment would count twice (its fee and the usage it covered).
const EFFECTIVE_SAVINGS_RATE_BY_SERVICE = `SELECT ProviderName, ServiceName, SUM(ContractedCost) AS TotalContractedCost, SUM(EffectiveCost) AS TotalEffectiveCost, ((SUM(ContractedCost) - SUM(EffectiveCost))/SUM(ContractedCost)) AS EffectiveSavingsRate FROM focus WHERE ChargePeriodStart >= ${FROM} and ChargePeriodEnd < ${TO} AND NOT (ChargeCategory = 'Purchase' AND BilledCost > 0 AND EffectiveCost = 0) GROUP BY ProviderName, ServiceName ORDER BY ServiceName`;

// "Determine Effective Savings Rate", per row, its ESROverList as published.
const EFFECTIVE_SAVINGS_RATE = `SELECT x_LineItemId, ProviderName, EffectiveCost, ((ListCost - EffectiveCost)/ListCost) AS ESROverList FROM focus WHERE ChargePeriodStart >= ${FROM} and ChargePeriodEnd < ${TO} AND x_LineItemId IN ('M01', 'M02', 'M05') ORDER BY x_LineItemId`;

describe('FOCUS use cases on a hand-built month of commitments', () => {
  describeEachCurForm(LEGACY, (t) => {
    it('the month is FOCUS 1.2', async () => {
      await expectConformant(t().api);
    });

    it('"identify unused commitments": sp-9 left 0.96 unused, ri-9 0.60, nothing billed on those rows', async () => {
      const rows = await query(t().api, IDENTIFY_UNUSED_COMMITMENTS);
      expect(rows).toEqual([
        {
          ChargePeriodStart: '2025-11-28T12:00:00Z', ChargePeriodEnd: '2025-12-01T00:00:00Z', ProviderName: 'AWS', BillingAccountId: '111111111111',
          CommitmentDiscountId: 'arn:aws:ec2:us-east-1:111111111111:reserved-instances/ri-9', CommitmentDiscountType: 'Reserved Instances (RI)',
          CommitmentDiscountStatus: 'Unused', TotalBilledCost: 0, TotalEffectiveCost: 0.6,
        },
        {
          ChargePeriodStart: '2025-11-26T20:00:00Z', ChargePeriodEnd: '2025-12-01T00:00:00Z', ProviderName: 'AWS', BillingAccountId: '111111111111',
          CommitmentDiscountId: 'arn:aws:savingsplans::111111111111:savingsplan/sp-9', CommitmentDiscountType: 'Savings Plan',
          CommitmentDiscountStatus: 'Unused', TotalBilledCost: 0, TotalEffectiveCost: 0.96,
        },
      ]);
    });

    it('"effective savings rate by service": 31.25% on EC2, 25% over the month', async () => {
      // Contracted (on-demand before commitments, after negotiated discounts; none here):
      // EC2 M01 0.96 + M02 9.60 + M03 0 + M05 4.80 + ri-9's unused row 0 = 15.36;
      // effective 0.96 + 6.00 + 0 + 3.00 + 0.60 = 10.56, so (15.36 − 10.56) / 15.36 = 4.80 / 15.36 = 0.3125.
      // sp-9's unused 0.96 keeps its fee's service, contracted 0: a rate of 0/0, null.
      expect(await query(t().api, EFFECTIVE_SAVINGS_RATE_BY_SERVICE)).toEqual([
        { ProviderName: 'AWS', ServiceName: 'Amazon Elastic Compute Cloud', TotalContractedCost: 15.36, TotalEffectiveCost: 10.56, EffectiveSavingsRate: 0.3125 },
        { ProviderName: 'AWS', ServiceName: 'Savings Plans for AWS Compute usage', TotalContractedCost: 0, TotalEffectiveCost: 0.96, EffectiveSavingsRate: null },
      ]);
      // The month: (15.36 − 11.52) / 15.36 = 3.84 / 15.36 = 0.25
      const [month] = await query(t().api, EFFECTIVE_SAVINGS_RATE_BY_SERVICE.replace('ProviderName, ServiceName, SUM', 'ProviderName, SUM').replace('GROUP BY ProviderName, ServiceName ORDER BY ServiceName', 'GROUP BY ProviderName'));
      expect(month).toEqual({ ProviderName: 'AWS', TotalContractedCost: 15.36, TotalEffectiveCost: 11.52, EffectiveSavingsRate: 0.25 });
    });

    it('"effective savings rate" per line: 37.5% below list on both commitments, 0 on demand', async () => {
      // M02: (9.60 − 6.00) / 9.60 = 0.375; M05: (4.80 − 3.00) / 4.80 = 0.375; M01: 0
      expect(await query(t().api, EFFECTIVE_SAVINGS_RATE)).toEqual([
        { x_LineItemId: 'M01', ProviderName: 'AWS', EffectiveCost: 0.96, ESROverList: 0 },
        { x_LineItemId: 'M02', ProviderName: 'AWS', EffectiveCost: 6, ESROverList: 0.375 },
        { x_LineItemId: 'M05', ProviderName: 'AWS', EffectiveCost: 3, ESROverList: 0.375 },
      ]);
    });
  });
});
