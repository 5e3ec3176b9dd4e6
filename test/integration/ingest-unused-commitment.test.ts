// Unused commitment where FOCUS 1.2 puts it (issue 10, item 8): CUR's recurring fees keep
// EffectiveCost 0 and their unused part is a Usage row of its own. So `validate` finds no
// commitment purchase with an effective cost, and FOCUS's use case "identify unused commitments"
// answers from CUR what it would from any provider. Expected amounts by hand from the fixtures:
// legacy-all-line-types.csv (ri-1's RIFee leaves 1.20 + 0.80 unused, sp-1's fee 1.50 − 1.20 used)
// and legacy-sp-refund-and-net.csv (sp-3 leaves $4 gross unused, × 9/10 net = 3.60).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeEachCurForm } from '../support/cur-form-workspaces.ts';
import { expectConformant } from '../support/expect-conformant.ts';
import { FIXTURES, query } from '../support/workspace.ts';

const FIXTURE_UNUSED: [string, Record<string, string>][] = [
  ['legacy-all-line-types.csv', { 'reserved-instances/ri-1': '2.00', 'savingsplan/sp-1': '0.30' }],
  ['legacy-sp-refund-and-net.csv', { 'savingsplan/sp-3': '3.60' }],
];

// The FOCUS 1.2 use case, as its library writes it.
const UNUSED_COMMITMENTS = `SELECT CommitmentDiscountId AS id, printf('%.2f', sum(EffectiveCost)) AS unused
  FROM focus WHERE ChargeCategory = 'Usage' AND CommitmentDiscountStatus = 'Unused' GROUP BY 1 ORDER BY 1`;

for (const [file, unused] of FIXTURE_UNUSED) {
  describe(`unused commitment as FOCUS 1.2 puts it: ${file}`, () => {
    const legacy = join(FIXTURES, 'cur', file);
    describeEachCurForm(legacy, (t) => {
      it('"identify unused commitments" answers the unused amounts', async () => {
        const rows = await query(t().api, UNUSED_COMMITMENTS);
        const byId = Object.fromEntries(rows.map((r) => [String(r.id).replace(/^.*:/, ''), r.unused]));
        expect(byId).toEqual(unused);
      });

      it('validate: no commitment purchase with an effective cost, usage equals purchase, every other rule', async () => {
        await expectConformant(t().api);
      });
    });
  });
}
