// Every CUR line item type, by hand: test/fixtures/cur/legacy-all-line-types.csv holds one line
// of each, and the expected FOCUS BilledCost and EffectiveCost below were worked out by hand
// from the rules in core/ingest/SPEC.md. The same lines in the Athena/Parquet and CUR 2.0 forms
// must give the same figures.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCurForms } from '../support/cur-forms.ts';
import { expectConformant } from '../support/expect-conformant.ts';
import { FIXTURES, openTestWorkspace, query, tempDir, type TestWorkspace } from '../support/workspace.ts';

const LEGACY = join(FIXTURES, 'cur', 'legacy-all-line-types.csv');

// id: [line item type, ChargeCategory, BilledCost, EffectiveCost]
const EXPECTED: Record<string, [string, string, string, string]> = {
  L01: ['Usage', 'Usage', '0.96', '0.96'],
  L02: ['Tax', 'Tax', '0.50', '0.50'],
  L03: ['Credit', 'Credit', '-2.00', '-2.00'],
  L04: ['Refund', 'Credit', '-0.30', '-0.30'],
  L05: ['Fee', 'Purchase', '100.00', '100.00'], // support fee: no reservation, effective = billed
  L06: ['Fee', 'Purchase', '876.00', '0.00'], // RI upfront fee: amortized into usage, 0 here
  L07: ['RIFee', 'Purchase', '36.50', '0.00'], // a commitment purchase: its unused part moves to L07/unused
  'L07/unused': ['RIFee', 'Usage', '0.00', '2.00'], // unused amortized upfront 1.20 + unused recurring 0.80
  L08: ['DiscountedUsage', 'Usage', '0.00', '0.67'], // reservation/EffectiveCost 0.665 (2 dp: 0.67)
  L09: ['SavingsPlanCoveredUsage', 'Usage', '1.92', '1.20'], // SavingsPlanEffectiveCost
  L10: ['SavingsPlanNegation', 'Usage', '-1.92', '0.00'],
  L11: ['SavingsPlanRecurringFee', 'Purchase', '1.50', '0.00'],
  'L11/unused': ['SavingsPlanRecurringFee', 'Usage', '0.00', '0.30'], // commitment 1.50 - used 1.20
  L12: ['SavingsPlanUpfrontFee', 'Purchase', '1000.00', '0.00'],
  L13: ['EdpDiscount', 'Credit', '-0.05', '-0.05'],
};

async function perLine(t: TestWorkspace, importId: number) {
  const rows = await query(t.api, `SELECT x_LineItemId AS id, x_LineItemType AS type, ChargeCategory AS cat,
      printf('%.2f', BilledCost) AS billed, printf('%.2f', EffectiveCost) AS effective
    FROM focus WHERE x_ImportId = ${importId} ORDER BY id`);
  return Object.fromEntries(rows.map((r) => [r.id as string, [r.type, r.cat, r.billed, r.effective]]));
}

describe('CUR line item types to FOCUS', () => {
  let t: TestWorkspace;
  let forms: Awaited<ReturnType<typeof writeCurForms>>;
  beforeAll(async () => {
    t = await openTestWorkspace();
    forms = await writeCurForms(LEGACY, tempDir());
  });
  afterAll(() => t.close());

  it('legacy CSV: every line, and the totals', async () => {
    const r = await t.api.ingest({ paths: [LEGACY] });
    const id = r.files[0]!.importId!;
    expect(await perLine(t, id)).toEqual(EXPECTED);
    const [tot] = await query(t.api, `SELECT sum(BilledCost)::VARCHAR AS billed, sum(EffectiveCost)::VARCHAR AS effective FROM focus WHERE x_ImportId = ${id}`);
    // 0.96+0.50-2.00-0.30+100+876+36.50+0+1.92-1.92+1.50+1000-0.05 = 2013.11
    // 0.96+0.50-2.00-0.30+100+0+2.00+0.665+1.20+0+0.30+0-0.05 = 103.275 (2.00 and 0.30 on the /unused rows)
    expect(tot).toEqual({ billed: '2013.110000000000', effective: '103.275000000000' });
  });

  it('maps commitments, list cost, pricing category and tags', async () => {
    const rows = await query(t.api, `SELECT x_LineItemId AS id, CommitmentDiscountId AS cid, CommitmentDiscountType AS ctype,
        CommitmentDiscountCategory AS ccat, CommitmentDiscountStatus AS cstatus, PricingCategory AS pc, printf('%.2f', ListCost) AS list,
        ChargeClass AS class, ChargeFrequency AS freq, ResourceType AS rtype, Tags AS tags
      FROM focus WHERE x_LineItemId IN ('L01', 'L04', 'L07', 'L07/unused', 'L08', 'L09', 'L11', 'L11/unused') AND x_ImportId = (SELECT min(id) FROM imports) ORDER BY id`);
    expect(rows).toEqual([
      { id: 'L01', cid: null, ctype: null, ccat: null, cstatus: null, pc: 'Standard', list: '0.96', class: null, freq: 'Usage-Based', rtype: 'instance', tags: { Team: 'payments' } },
      // a refund is a credit: every cost carries its billed -0.30 (FOCUS: charges unrelated to others)
      { id: 'L04', cid: null, ctype: null, ccat: null, cstatus: null, pc: null, list: '-0.30', class: 'Correction', freq: 'One-Time', rtype: null, tags: {} },
      // a purchase is priced Standard; with no public price its list cost is what it billed, 36.50
      { id: 'L07', cid: 'arn:aws:ec2:us-east-1:111111111111:reserved-instances/ri-1', ctype: 'Reserved Instances (RI)', ccat: 'Usage', cstatus: null, pc: 'Standard', list: '36.50', class: null, freq: 'Recurring', rtype: null, tags: {} },
      // FOCUS 1.2 (usage scenario 2): the unused part is a Usage row of the same commitment, billed and listed at 0
      { id: 'L07/unused', cid: 'arn:aws:ec2:us-east-1:111111111111:reserved-instances/ri-1', ctype: 'Reserved Instances (RI)', ccat: 'Usage', cstatus: 'Unused', pc: 'Committed', list: '0.00', class: null, freq: 'Usage-Based', rtype: null, tags: {} },
      { id: 'L08', cid: 'arn:aws:ec2:us-east-1:111111111111:reserved-instances/ri-1', ctype: 'Reserved Instances (RI)', ccat: 'Usage', cstatus: 'Used', pc: 'Committed', list: '0.96', class: null, freq: 'Usage-Based', rtype: 'instance', tags: { Team: 'platform' } },
      { id: 'L09', cid: 'arn:aws:savingsplans::111111111111:savingsplan/sp-1', ctype: 'Savings Plan', ccat: 'Spend', cstatus: 'Used', pc: 'Committed', list: '1.92', class: null, freq: 'Usage-Based', rtype: 'instance', tags: { Team: 'payments', 'aws:createdBy': 'alice' } },
      { id: 'L11', cid: 'arn:aws:savingsplans::111111111111:savingsplan/sp-1', ctype: 'Savings Plan', ccat: 'Spend', cstatus: null, pc: 'Standard', list: '1.50', class: null, freq: 'Recurring', rtype: null, tags: {} },
      { id: 'L11/unused', cid: 'arn:aws:savingsplans::111111111111:savingsplan/sp-1', ctype: 'Savings Plan', ccat: 'Spend', cstatus: 'Unused', pc: 'Committed', list: '0.00', class: null, freq: 'Usage-Based', rtype: null, tags: {} },
    ]);
  });

  it('FOCUS 1.2 rules for taxes, fees, negations and discounts (issue 10: 5, 6, 9)', async () => {
    const rows = await query(t.api, `SELECT x_LineItemId AS id, ChargeCategory AS cat, ChargeFrequency AS freq, PricingCategory AS pc,
        CommitmentDiscountStatus AS cstatus, CAST(PricingQuantity AS DOUBLE) AS pq, PricingUnit AS pu, CAST(ConsumedQuantity AS DOUBLE) AS consumed,
        printf('%.2f', ListCost) AS list, printf('%.2f', ContractedCost) AS contracted, CAST(ListUnitPrice AS DOUBLE) AS lup, CAST(ContractedUnitPrice AS DOUBLE) AS cup
      FROM focus WHERE x_LineItemId IN ('L02', 'L05', 'L06', 'L10', 'L13') AND x_ImportId = (SELECT min(id) FROM imports) ORDER BY id`);
    expect(rows).toEqual([
      // tax: no pricing quantity or unit (AWS writes 1), its billed 0.50 at list and contracted
      { id: 'L02', cat: 'Tax', freq: 'Recurring', pc: null, cstatus: null, pq: null, pu: null, consumed: null, list: '0.50', contracted: '0.50', lup: null, cup: null },
      // the monthly support fee (bill type Anniversary) recurs; priced Standard; no public price or unit:
      // 1 unit at what it billed, so that price × quantity = cost (FOCUS: prices not null on purchases)
      { id: 'L05', cat: 'Purchase', freq: 'Recurring', pc: 'Standard', cstatus: null, pq: 1, pu: 'Units', consumed: null, list: '100.00', contracted: '100.00', lup: 100, cup: 100 },
      // the RI's upfront fee (bill type Purchase) is one-time: 1 reservation at 876
      { id: 'L06', cat: 'Purchase', freq: 'One-Time', pc: 'Standard', cstatus: null, pq: 1, pu: 'Units', consumed: null, list: '876.00', contracted: '876.00', lup: 876, cup: 876 },
      // the negation consumes 0 hours (L09 carries the 20; FOCUS wants a quantity on every used Usage row),
      // has no list or contracted price of its own, and is the plan's Used, Committed line
      { id: 'L10', cat: 'Usage', freq: 'Usage-Based', pc: 'Committed', cstatus: 'Used', pq: 20, pu: 'Hrs', consumed: 0, list: '0.00', contracted: '0.00', lup: 0, cup: 0 },
      // a discount is a credit: every cost carries its billed -0.05; it is not priced per unit
      { id: 'L13', cat: 'Credit', freq: 'Recurring', pc: null, cstatus: null, pq: null, pu: null, consumed: null, list: '-0.05', contracted: '-0.05', lup: null, cup: null },
    ]);
    // Usage hours of the plan's m5.large: the covered line's 20, not 20 + 20 with the negation.
    const [hours] = await query(t.api, `SELECT CAST(sum(ConsumedQuantity) AS DOUBLE) AS h FROM focus WHERE x_LineItemId IN ('L09', 'L10') AND x_ImportId = (SELECT min(id) FROM imports)`);
    expect(hours).toEqual({ h: 20 });
  });

  it('contracted price before commitment discounts; prices on purchases and credits (issue 10: 7, 9)', async () => {
    const rows = await query(t.api, `SELECT x_LineItemId AS id, CAST(PricingQuantity AS DOUBLE) AS pq, PricingUnit AS pu,
        CAST(ListUnitPrice AS DOUBLE) AS lup, CAST(ContractedUnitPrice AS DOUBLE) AS cup, printf('%.2f', ListCost) AS list, printf('%.2f', ContractedCost) AS contracted
      FROM focus WHERE x_ImportId = (SELECT min(id) FROM imports) ORDER BY id`);
    expect(rows).toEqual([
      { id: 'L01', pq: 10, pu: 'Hrs', lup: 0.096, cup: 0.096, list: '0.96', contracted: '0.96' },
      { id: 'L02', pq: null, pu: null, lup: null, cup: null, list: '0.50', contracted: '0.50' },
      // credits are not priced per unit: no quantity, unit or prices, every cost its billed figure
      { id: 'L03', pq: null, pu: null, lup: null, cup: null, list: '-2.00', contracted: '-2.00' },
      { id: 'L04', pq: null, pu: null, lup: null, cup: null, list: '-0.30', contracted: '-0.30' },
      { id: 'L05', pq: 1, pu: 'Units', lup: 100, cup: 100, list: '100.00', contracted: '100.00' },
      { id: 'L06', pq: 1, pu: 'Units', lup: 876, cup: 876, list: '876.00', contracted: '876.00' },
      // the RIFee bills 36.50 for 720 reserved hours and writes no rate: 36.50 / 720 = 0.050694444444 an hour
      { id: 'L07', pq: 720, pu: 'Hrs', lup: 0.050694444444, cup: 0.050694444444, list: '36.50', contracted: '36.50' },
      { id: 'L07/unused', pq: 720, pu: 'Hrs', lup: 0, cup: 0, list: '0.00', contracted: '0.00' },
      // RI-covered hours: contracted at the on-demand 0.096 (before the RI), not the RI's 0 (FOCUS ContractedUnitPrice)
      { id: 'L08', pq: 10, pu: 'Hrs', lup: 0.096, cup: 0.096, list: '0.96', contracted: '0.96' },
      // Savings Plan covered hours: contracted at on-demand 20 × 0.096 = 1.92, not the plan's 1.20
      { id: 'L09', pq: 20, pu: 'Hrs', lup: 0.096, cup: 0.096, list: '1.92', contracted: '1.92' },
      { id: 'L10', pq: 20, pu: 'Hrs', lup: 0, cup: 0, list: '0.00', contracted: '0.00' },
      { id: 'L11', pq: 1, pu: 'Units', lup: 1.5, cup: 1.5, list: '1.50', contracted: '1.50' },
      { id: 'L11/unused', pq: 1, pu: 'Units', lup: 0, cup: 0, list: '0.00', contracted: '0.00' },
      { id: 'L12', pq: 1, pu: 'Units', lup: 1000, cup: 1000, list: '1000.00', contracted: '1000.00' },
      { id: 'L13', pq: null, pu: null, lup: null, cup: null, list: '-0.05', contracted: '-0.05' },
    ]);
    await expectConformant(t.api);
  });

  it('an unused-commitment row keeps the fee’s attributes, not its figures: summed, they count once', async () => {
    // By hand from the fixture: L07 (RIFee) reports unused amortized upfront 1.20 and unused
    // recurring 0.80 over 720 reserved hours; L11 (Savings Plan fee) commitment 1.50, used 1.20.
    const rows = await query(t.api, `SELECT x_LineItemId AS id, x_UsageType AS usageType,
        x_ReservationUnusedAmortizedUpfrontFee::VARCHAR AS riUpfront, x_ReservationUnusedRecurringFee::VARCHAR AS riRecurring,
        x_SavingsPlanTotalCommitmentToDate::VARCHAR AS spCommitment, x_SavingsPlanUsedCommitment::VARCHAR AS spUsed, x_UnblendedCost::VARCHAR AS unblended
      FROM focus WHERE x_LineItemId IN ('L07', 'L07/unused', 'L11', 'L11/unused') AND x_ImportId = (SELECT min(id) FROM imports) ORDER BY id`);
    const fee = { riUpfront: null, riRecurring: null, spCommitment: null, spUsed: null };
    expect(rows).toEqual([
      { ...fee, id: 'L07', usageType: 'HeavyUsage:m5.large', riUpfront: '1.200000000000', riRecurring: '0.800000000000', unblended: '36.500000000000' },
      { ...fee, id: 'L07/unused', usageType: 'HeavyUsage:m5.large', unblended: '0.000000000000' },
      { ...fee, id: 'L11', usageType: 'ComputeSP:1yrNoUpfront', spCommitment: '1.500000000000', spUsed: '1.200000000000', unblended: '1.500000000000' },
      { ...fee, id: 'L11/unused', usageType: 'ComputeSP:1yrNoUpfront', unblended: '0.000000000000' },
    ]);
  });

  for (const form of ['athenaParquet', 'cur2Parquet', 'cur2Csv'] as const) {
    it(`${form}: the same lines give the same figures`, async () => {
      const other = await openTestWorkspace();
      try {
        const r = await other.api.ingest({ paths: [forms[form]] });
        const expectedFormat = { athenaParquet: 'cur-legacy-athena-parquet', cur2Parquet: 'cur2-parquet', cur2Csv: 'cur2-csv' }[form];
        expect(r.files[0]).toMatchObject({ status: 'loaded', format: expectedFormat, rows: 15, billingPeriods: ['2025-11'] });
        expect(await perLine(other, r.files[0]!.importId!)).toEqual(EXPECTED);
        const [row] = await query(other.api, `SELECT ServiceName, RegionId, x_InstanceType, Tags FROM focus WHERE x_LineItemId = 'L09'`);
        // Snake-case forms cannot keep the tag key's case: user_team -> team, aws_created_by -> aws:created_by.
        const tags = { team: 'payments', 'aws:created_by': 'alice' };
        expect(row).toEqual({ ServiceName: 'Amazon Elastic Compute Cloud', RegionId: 'us-east-1', x_InstanceType: 'm5.large', Tags: tags });
        await expectConformant(other.api);
      } finally {
        other.close();
      }
    });
  }
});
