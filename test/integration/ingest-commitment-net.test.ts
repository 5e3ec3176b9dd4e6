// A Savings Plan's refund and its negotiated (net) figures, by hand: test/fixtures/cur/
// legacy-sp-refund-and-net.csv. sp-2 was bought all upfront ($1,000 gross, $900 net of a 10%
// discount) and refunded the same month; sp-3 costs $10 a month ($9 net), of which $6 ($5.40 net)
// covered 10 hours of c5.2xlarge and $4 ($3.60 net) went unused. Issue 10, items 3 and 4.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeEachCurForm } from '../support/cur-form-workspaces.ts';
import { expectConformant } from '../support/expect-conformant.ts';
import { FIXTURES, query, type TestWorkspace } from '../support/workspace.ts';

const LEGACY = join(FIXTURES, 'cur', 'legacy-sp-refund-and-net.csv');

// id: [ChargeCategory, ChargeClass, BilledCost, EffectiveCost]
const EXPECTED = [
  { id: 'N01', cat: 'Purchase', cls: null, billed: '900.00', effective: '0.00' }, // upfront fee: amortized into usage, 0 here
  { id: 'N02', cat: 'Purchase', cls: 'Correction', billed: '-900.00', effective: '0.00' }, // its refund corrects a purchase whose effective was 0
  { id: 'N03', cat: 'Purchase', cls: null, billed: '9.00', effective: '0.00' }, // a commitment purchase: 0 (FOCUS 1.2)
  { id: 'N03/unused', cat: 'Usage', cls: null, billed: '0.00', effective: '3.60' }, // unused $4 gross × 9/10 net
  { id: 'N04', cat: 'Usage', cls: null, billed: '7.20', effective: '5.40' }, // NetSavingsPlanEffectiveCost
  { id: 'N05', cat: 'Usage', cls: null, billed: '-7.20', effective: '0.00' },
];

async function lines(t: TestWorkspace) {
  return query(t.api, `SELECT x_LineItemId AS id, ChargeCategory AS cat, ChargeClass AS cls, printf('%.2f', BilledCost) AS billed, printf('%.2f', EffectiveCost) AS effective FROM focus ORDER BY id`);
}

describe('commitment refunds and net figures', () => {
  describeEachCurForm(LEGACY, (t) => {
    it('each line, and a month whose effective cost is the net commitment', async () => {
      expect(await lines(t())).toEqual(EXPECTED);
      // billed: 900 − 900 + 9 + 7.20 − 7.20 = 9; effective: 0 + 0 + 3.60 + 5.40 + 0 = 9, sp-3's net fee
      const [tot] = await query(t().api, `SELECT sum(BilledCost)::VARCHAR AS billed, sum(EffectiveCost)::VARCHAR AS effective FROM focus`);
      expect(tot).toEqual({ billed: '9.000000000000', effective: '9.000000000000' });
    });

    it('contracted prices are net of the 10% negotiated discount and before the plan (issue 10: 7, 9)', async () => {
      const rows = await query(t().api, `SELECT x_LineItemId AS id, CAST(PricingQuantity AS DOUBLE) AS pq, PricingUnit AS pu,
          CAST(ListUnitPrice AS DOUBLE) AS lup, CAST(ContractedUnitPrice AS DOUBLE) AS cup, printf('%.2f', ListCost) AS list, printf('%.2f', ContractedCost) AS contracted
        FROM focus ORDER BY id`);
      expect(rows).toEqual([
        // the file has net costs but no net rate: the rate 1000 scaled by net/gross 900/1000
        { id: 'N01', pq: 1, pu: 'Units', lup: 1000, cup: 900, list: '1000.00', contracted: '900.00' },
        // a refund is a correction: FOCUS lets it leave quantity and prices out (a price is never negative)
        { id: 'N02', pq: null, pu: null, lup: null, cup: null, list: '-900.00', contracted: '-900.00' },
        { id: 'N03', pq: 1, pu: 'Units', lup: 10, cup: 9, list: '10.00', contracted: '9.00' },
        { id: 'N03/unused', pq: 1, pu: 'Units', lup: 0, cup: 0, list: '0.00', contracted: '0.00' },
        // covered hours: on-demand 0.80 less 10% = 0.72 contracted, × 10 h = 7.20 (the plan's 5.40 is EffectiveCost)
        { id: 'N04', pq: 10, pu: 'Hrs', lup: 0.8, cup: 0.72, list: '8.00', contracted: '7.20' },
        { id: 'N05', pq: 10, pu: 'Hrs', lup: 0, cup: 0, list: '0.00', contracted: '0.00' },
      ]);
      await expectConformant(t().api);
    });
  });
});
