// What-if (issue 16, items 3-4): EC2 Instance SPs and RIs added, held commitments removed or let
// expire, the rate table, on the hand-built FOCUS export test/fixtures/focus/commitments-status.csv
// (SPEC's worked example). Its three hours, in on demand (List):
//   m5.2xlarge  22:00 0.50 (sp-a)   23:00 1.25 (sp-a) + 0.30 open   00:00 1.25 (sp-a)
//   m5.large    23:00 0.16 (sp-c)   c5.large 22:00, 23:00 0.085 (ri-b)   r5.large 22:00 0.126 open
//   Fargate 22:00 0.04, Lambda 23:00 0.06, db.r6g.large 22:00 0.20 (RDS), all open
// sp-a: Compute SP $1/h at 0.8 (2.40 ÷ 3.00), 0.60 unused at 22:00; sp-c: EC2 Instance SP m5 at
// 0.625 (0.10 ÷ 0.16), 0.10 unused at 22:00; ri-b: c5.large, all used.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateRequest } from '../../core/api/validate.ts';
import { cli } from '../support/cli.ts';
import { FIXTURES, openTestWorkspace, type TestWorkspace } from '../support/workspace.ts';

const SP_A = 'arn:aws:savingsplans::111111111111:savingsplan/sp-a';
const whatIf = (t: TestWorkspace, spec: Record<string, unknown>) => t.api.commitmentsWhatIf(validateRequest('commitmentsWhatIf', { spec: { kind: 'commitments-whatif', ...spec } }));

describe('what-if: every type, removals, expiries, the rate table', () => {
  let t: TestWorkspace;
  beforeAll(async () => {
    t = await openTestWorkspace();
    await t.api.ingest({ paths: [join(FIXTURES, 'focus', 'commitments-status.csv')] });
  });
  afterAll(() => t.close());

  it('an EC2 Instance SP on m5 in us-east-1 at the rate observed on sp-c (same scope): only the 0.30 of m5.2xlarge left open at 23:00', async () => {
    const r = await whatIf(t, { type: 'EC2InstanceSavingsPlan', family: 'm5', region: 'us-east-1', hourlyCommitment: 0.1 });
    expect([r.rate, r.rateSource]).toEqual([0.625, 'observed']);
    expect(r.rateDetail).toMatch(/of the same scope: arn:aws:savingsplans::111111111111:savingsplan\/sp-c$/);
    // capacity 0.10 ÷ 0.625 = 0.16 of on demand: covers 0.16 at 23:00, for 0.10; 0.10 unused at 22:00 and 00:00
    expect(r).toMatchObject({ committed: 0.3, used: 0.1, onDemandCovered: 0.16, netSavings: -0.14, breakEvenMonths: null });
    expect(r.underused).toEqual([{ hour: '2025-11-30T22:00:00Z', unused: 0.1 }, { hour: '2025-12-01T00:00:00Z', unused: 0.1 }]);
    // its cells (m5 in us-east-1): 3.46 eligible, 3.16 covered before, 3.32 after
    expect(r.coverageBefore).toBeCloseTo(3.16 / 3.46, 12);
    expect(r.coverageAfter).toBeCloseTo(3.32 / 3.46, 12);
    expect(r.added[0]!.scope).toEqual({ region: 'us-east-1', family: 'm5', instanceType: null, sizeFlexible: false });
  });

  it('a Reserved Instance of 1 × r5.large at the rate table\'s 0.6: 0.126 × 0.6 = $0.0756/h', async () => {
    await t.api.commitmentsRatesSet(validateRequest('commitmentsRatesSet', { rate: { type: 'ReservedInstance', term: '1y', payment: 'NoUpfront', scope: 'r5.large', rate: 0.6, note: 'quote of 2025-11' } }));
    await t.api.commitmentsRatesSet(validateRequest('commitmentsRatesSet', { rate: { type: 'ReservedInstance', term: '1y', payment: 'NoUpfront', rate: 0.7 } }));
    try {
      const r = await whatIf(t, { type: 'ReservedInstance', units: 1, instanceType: 'r5.large', region: 'us-east-1' });
      expect([r.rate, r.rateSource, r.rateDetail]).toEqual([0.6, 'table', 'rate table: ReservedInstance 1y NoUpfront for r5.large (quote of 2025-11)']);
      expect(r.added[0]).toMatchObject({ hourlyCommitment: 0.0756, units: 1, unitPrice: { price: 0.126 }, scope: { region: 'us-east-1', family: 'r5', instanceType: 'r5.large', sizeFlexible: true } });
      // covers the r5.large hour at 22:00 (0.126, uses 0.0756); committed 3 × 0.0756 = 0.2268
      expect(r).toMatchObject({ committed: 0.2268, used: 0.0756, onDemandCovered: 0.126, netSavings: -0.1008 });
      expect([r.coverageBefore, r.coverageAfter]).toEqual([0, 1]);
      // another type in the table's catch-all row
      expect((await whatIf(t, { type: 'ReservedInstance', units: 2, instanceType: 'db.r6g.large', region: 'us-east-1' })).added[0]).toMatchObject({
        rate: 0.7, hourlyCommitment: 0.28, onDemandCovered: 0.2, scope: { sizeFlexible: false },
      });
    } finally {
      await t.api.commitmentsRatesRemove(validateRequest('commitmentsRatesRemove', { key: { type: 'ReservedInstance', term: '1y', payment: 'NoUpfront', scope: 'r5.large' } }));
      await t.api.commitmentsRatesRemove(validateRequest('commitmentsRatesRemove', { key: { type: 'ReservedInstance', term: '1y', payment: 'NoUpfront' } }));
    }
    expect((await t.api.commitmentsRatesList({})).rates).toEqual([]);
  });

  it('removing sp-a: sp-c\'s unused 0.10 at 22:00 takes 0.16 of the m5.2xlarge freed; sp-a had saved nothing', async () => {
    const r = await whatIf(t, { remove: [SP_A] });
    expect(r.removed).toEqual([{ id: SP_A, type: 'ComputeSavingsPlan', committed: 3, onDemandCovered: 3, netSavings: 0 }]);
    expect(r).toMatchObject({ absorbed: 0.16, netSavings: 0.16, committed: 0, added: [], rate: null });
    // by month: sp-a lost 0.50 at 22:00 (−0.50 saved) and saved 0.25 at 23:00 and 00:00
    expect(r.monthly.map((m) => [m.month, m.netSavings])).toEqual([['2025-11', 0.41], ['2025-12', -0.25]]);
    // its cell (m5.2xlarge): 3.00 of 3.30 covered before, 0.16 after
    expect(r.coverageBefore).toBeCloseTo(3 / 3.3, 12);
    expect(r.coverageAfter).toBeCloseTo(0.16 / 3.3, 12);
  });

  it('letting expire what ends within 30 days of the end of the data is removing sp-a (ends 2025-12-20)', async () => {
    const r = await whatIf(t, { expiringWithinDays: 30 });
    expect(r.removed.map((x) => x.id)).toEqual([SP_A]);
    expect(r.notices).toContain(`Let expire (ending within 30 days after 2025-12-01T01:00:00Z): ${SP_A} (2025-12-20T00:00:00Z).`);
    expect(r.netSavings).toBe(0.16);
  });

  it('a start inside the window: the hours before it are neither covered nor paid', async () => {
    const r = await whatIf(t, { hourlyCommitment: 0.2, rate: 0.8, start: '2025-11-30T23:00:00Z' });
    // 23:00 covers 0.25 of the 0.36 open (0.30 m5.2xlarge + 0.06 Lambda); 00:00 nothing
    expect(r.added[0]).toMatchObject({ hours: 2, committed: 0.4, used: 0.2, onDemandCovered: 0.25, start: '2025-11-30T23:00:00Z' });
  });

  it('what cannot be simulated says what to do', async () => {
    await expect(whatIf(t, { remove: ['sp-nope'] })).rejects.toMatchObject({ code: 'COMMITMENTS_BAD_SPEC', message: expect.stringMatching(/^No commitment sp-nope has rows in the window; the ones held there are: .*sp-a/) });
    await expect(whatIf(t, {})).rejects.toMatchObject({ code: 'COMMITMENTS_BAD_SPEC', message: expect.stringMatching(/^Nothing to simulate/) });
    await expect(whatIf(t, { type: 'ComputeSavingsPlan', units: 2 })).rejects.toMatchObject({ message: expect.stringMatching(/units size a reservation/) });
    await expect(whatIf(t, { type: 'ReservedInstance', units: 1, instanceType: 'x2iedn.xlarge', region: 'us-east-1' })).rejects.toMatchObject({ code: 'COMMITMENTS_NO_PRICE', message: expect.stringMatching(/give the reservation's hourly cost instead of units \(--hourly\)/) });
    await expect(t.api.commitmentsRatesRemove(validateRequest('commitmentsRatesRemove', { key: { type: 'ReservedInstance', term: '3y', payment: 'AllUpfront' } })))
      .rejects.toMatchObject({ code: 'COMMITMENTS_BAD_SPEC', message: expect.stringMatching(/commitments rates list/) });
  });

  it('commitments whatif and commitments rates on the command line', async () => {
    const db = join(t.dir, 'cli.duckdb');
    expect((await cli('ingest', '--db', db, join(FIXTURES, 'focus', 'commitments-status.csv'))).code).toBe(0);
    const set = await cli('commitments', 'rates', 'set', '--db', db, '--type', 'EC2InstanceSavingsPlan', '--term', '1y', '--payment', 'NoUpfront', '--scope', 'm5', '--rate', '0.5', '--json');
    expect(set.code).toBe(0);
    expect((JSON.parse(set.stdout) as { rates: unknown[] }).rates).toEqual([expect.objectContaining({ type: 'EC2InstanceSavingsPlan', region: '', scope: 'm5', rate: 0.5 })]);
    const r = await cli('commitments', 'whatif', '--db', db, '--type', 'EC2InstanceSavingsPlan', '--term', '1y', '--payment', 'NoUpfront', '--hourly', '0.1', '--family', 'm5', '--region', 'us-east-1', '--remove', SP_A, '--json');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as Record<string, unknown>;
    // sp-a's m5.2xlarge freed: EC2 Instance SPs come before Compute; sp-c (held) first takes 0.16 at 22:00,
    // then the new plan's 0.20 an hour: 0.20 at 22:00, 0.20 of 1.55 at 23:00, 0.20 of 1.25 at 00:00
    expect(doc).toMatchObject({ rateSource: 'table', rate: 0.5, underusedHours: 0, absorbed: 0.16 });
    expect(doc.utilization).toBeCloseTo(1, 12);
    expect(doc.netSavings).toBeCloseTo(0.6 - 0.3 + 0.16 - 0, 9);
    const words = await cli('commitments', 'rates', 'list', '--db', db);
    expect(words.stderr).toMatch(/EC2InstanceSavingsPlan +1y +NoUpfront +any +m5 +0\.500000/);
    expect(words.stderr).toMatch(/ComputeSavingsPlan +1y +NoUpfront +0\.739583 +AWS Price List/);
    expect((await cli('commitments', 'rates', 'set', '--db', db, '--type', 'ReservedInstance')).stderr).toMatch(/^error: BAD_REQUEST: A rate is named by its type, term and payment: pass --term, --payment\./m);
  }, 300_000);
});
