// Done-when (issue 16): "Simulating a commitment equal to one already held reproduces what the
// bill shows (coverage and savings within 0.5%)". Each commitment is taken away and the same one
// bought again (same type, term, payment, scope, hourly commitment or units, start), and the
// simulated commitment's utilization, on-demand covered and net savings are compared with what
// `commitments status` reads from the bill, and coverage after with coverage before.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateRequest } from '../../core/api/validate.ts';
import type { CommitmentStatus, WhatIfResult } from '../../core/api/commitments-contract.ts';
import '../../core/engines/register.ts';
import { run, runWhatIf } from '../../core/engines/commitments/index.ts';
import type { Db } from '../../core/store/db.ts';
import { generateAndIngest, type RoundTrip } from '../../core/synth/round-trip.ts';
import { FIXTURES, openTestWorkspace, tempDir, type TestWorkspace } from '../support/workspace.ts';

const RI_9 = 'arn:aws:ec2:us-east-1:111111111111:reserved-instances/ri-9';
const SP_9 = 'arn:aws:savingsplans::111111111111:savingsplan/sp-9';

/** Within 0.5% of the bill's figure (absolute below a cent's hundredth, where 0.5% means nothing). */
function near(simulated: number | null, billed: number | null, what: string): void {
  expect(simulated, what).not.toBeNull();
  expect(Math.abs(simulated! - billed!), `${what}: simulated ${simulated}, billed ${billed}`).toBeLessThanOrEqual(Math.max(0.005 * Math.abs(billed!), 1e-4));
}

const startOf = (from: string): string => (from.length === 10 ? `${from}T00:00:00Z` : from);

/** The same commitment as an added one: type, term, payment, scope, size, and its start when it started inside the window. */
function sameAs(c: CommitmentStatus, from: string, byUnits: boolean): Record<string, unknown> {
  const ri = c.type === 'ReservedInstance';
  const fields: Record<string, unknown> = {
    type: c.type, term: c.term, payment: c.paymentOption,
    ...(ri && byUnits ? { units: c.units } : { hourlyCommitment: c.commitmentPerHour }),
    instanceType: ri ? c.scope.instanceType : null, family: c.type === 'EC2InstanceSavingsPlan' ? c.scope.instanceFamily : null,
    region: c.scope.region, start: c.firstSeen > startOf(from) ? c.firstSeen : null,
  };
  // what the bill does not say (a CUR without the RI's term) is left to the defaults
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== null));
}

/** Take the commitment away and buy the same again, over the window. */
function again(c: CommitmentStatus, window: { from: string; to: string }, byUnits: boolean): Record<string, unknown> {
  return { kind: 'commitments-whatif', ...sameAs(c, window.from, byUnits), remove: [c.id], ...window };
}

function expectReproduced(r: WhatIfResult, c: CommitmentStatus): void {
  const sim = r.added[0]!;
  expect(r.removed.map((x) => x.id)).toEqual([c.id]);
  near(sim.committed, c.committed, `${c.id} committed`);
  near(sim.onDemandCovered, c.onDemandEquivalent, `${c.id} on demand covered`);
  near(sim.netSavings, c.netSavings, `${c.id} net savings`);
  near(sim.utilization, c.utilization, `${c.id} utilization`);
  near(r.coverageAfter, r.coverageBefore, `${c.id} coverage`);
  // nothing else changed: the savings it brings back are the savings it had
  expect(Math.abs(r.netSavings), `${c.id} change in net savings`).toBeLessThanOrEqual(Math.max(0.005 * Math.abs(c.netSavings!), 1e-4));
}

async function status(db: Db, from: string, to: string): Promise<CommitmentStatus[]> {
  return (await run(db, { kind: 'commitments-status', from, to })).commitments;
}

describe('a commitment held, taken away and bought again, reproduces the bill: the hand-built CUR month', () => {
  let t: TestWorkspace;
  beforeAll(async () => {
    t = await openTestWorkspace();
    await t.api.ingest({ paths: [join(FIXTURES, 'cur', 'legacy-commitment-savings.csv')] });
  });
  afterAll(() => t.close());

  it('ri-9, 1 × m5.large from 28 Nov 12:00 (60 hours, 50 used): by units and by its hourly cost', async () => {
    const held = await status(t.ws.db, '2025-11-01', '2025-12-01');
    const ri = held.find((c) => c.id === RI_9)!;
    // the bill, by hand: $0.06 an hour for 60 hours, 50 hours of m5.large used (4.80 on demand), 0.60 unused
    expect(ri).toMatchObject({ committed: 3.6, used: 3, onDemandEquivalent: 4.8, netSavings: 1.2, units: 1 });
    for (const byUnits of [true, false]) {
      const r = await t.api.commitmentsWhatIf(validateRequest('commitmentsWhatIf', { spec: { ...again(ri, { from: '2025-11-28T12:00:00Z', to: '2025-12-01T00:00:00Z' }, byUnits) } }));
      // by units: 1 × the m5.large on-demand price in the rows (0.096) × the rate observed on ri-9 (3.00 ÷ 4.80 = 0.625)
      expect(r.added[0]).toMatchObject({ hourlyCommitment: 0.06, rate: 0.625, rateSource: 'observed', hours: 60 });
      expectReproduced(r, ri);
      expect(r.approximate).toBe(true);
    }
  });

  it('sp-9 and ri-9 bought again together: the same coverage and savings, but AWS\'s order moves 10 hours of m5.large from the plan to the RI', async () => {
    const held = await status(t.ws.db, '2025-11-01', '2025-12-01');
    const sp = held.find((c) => c.id === SP_9)!;
    const ri = held.find((c) => c.id === RI_9)!;
    expect(sp).toMatchObject({ committed: 6.96, used: 6, onDemandEquivalent: 9.6, netSavings: 2.64 });
    // The hand-built bill leaves ri-9 idle for its last 10 hours while sp-9 covers i-0bbb, an
    // m5.large in the same region: AWS applies RIs first, so ri-9 bought again takes i-0bbb for
    // those hours (0.096 × 10 = 0.96) and the plan covers 9.60 − 0.96 = 8.64.
    const window = { from: '2025-11-26T20:00:00Z', to: '2025-12-01T00:00:00Z' };
    const r = await runWhatIf(t.ws.db, { ...again(sp, window, false), remove: [SP_9, RI_9], add: [sameAs(ri, window.from, true)] });
    expect(r.added.map((a) => [a.type, a.hours, a.committed, a.onDemandCovered, a.netSavings])).toEqual([
      ['ComputeSavingsPlan', 100, 6.96, 8.64, 1.68],
      ['ReservedInstance', 60, 3.6, 5.76, 2.16],
    ]);
    // together: 14.40 covered for 10.56, as the bill's 9.60 + 4.80 for 6.96 + 3.60
    expect(r.removed.map((x) => [x.id, x.netSavings])).toEqual([[RI_9, 1.2], [SP_9, 2.64]]);
    expect(r.netSavings).toBe(0);
    near(r.coverageAfter, r.coverageBefore, 'coverage');
  });
});

describe('a commitment held, taken away and bought again, reproduces the bill: a generated organisation', () => {
  let dir: string;
  let rt: RoundTrip;
  const window = { from: '2026-08-01', to: '2026-09-01' };
  beforeAll(async () => {
    dir = tempDir('commitments-whatif-bill-');
    rt = await generateAndIngest(dir, { months: 1, scale: 2000, seed: 7, format: 'cur-legacy-csv', metrics: false, start: '2026-08' });
  }, 400_000);
  afterAll(() => {
    rt?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('every commitment active for the whole window or from its start: Compute SPs, the EC2 Instance SP, the RIs by units', async () => {
    const held = await status(rt.ws.db, window.from, window.to);
    // the r5 RI ends on 16 Aug: bought again it would run on to the end of the window
    const whole = held.filter((c) => c.end === null || c.end >= `${window.to}T00:00:00Z`);
    expect(whole.map((c) => c.type).sort()).toEqual(['ComputeSavingsPlan', 'ComputeSavingsPlan', 'EC2InstanceSavingsPlan', 'ReservedInstance', 'ReservedInstance']);
    for (const c of whole) expectReproduced(await runWhatIf(rt.ws.db, again(c, window, true)), c);
    // the Compute SPs' cells are the Compute SP pool of the status's coverage
    const computeCoverage = (await run(rt.ws.db, { kind: 'commitments-status', ...window })).coverageByType.find((x) => x.type === 'ComputeSavingsPlan')!.coverage;
    const sp = whole.find((c) => c.type === 'ComputeSavingsPlan')!;
    near((await runWhatIf(rt.ws.db, again(sp, window, true))).coverageAfter, computeCoverage, 'Compute SP coverage against the status');
  }, 300_000);
});
