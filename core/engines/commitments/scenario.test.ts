// The many-commitment hour loop (SPEC "What-if: adding and removing"): every figure by hand.
import { describe, expect, it } from 'vitest';
import { simulateScenario, type Addition, type Cell, type HeldCommitment, type PoolMatrix } from './scenario.ts';

const cell = (kind: Cell['kind'], instanceType: string | null, eligible: number[], region: string | null = 'us-east-1'): Cell => ({
  kind, region, instanceType, family: instanceType === null ? null : instanceType.slice(0, instanceType.lastIndexOf('.')), service: null,
  sizeFlexible: kind === 'ec2', eligible: Float64Array.from(eligible),
});
const noScope = { region: null, family: null, instanceType: null, sizeFlexible: false };

// Two hours (23:00 on 30 Nov, 00:00 on 1 Dec). Eligible on demand:
//   0 m5.large 0.40, 0.60   1 c5.large 0.10, 0.10   2 Fargate 0.05, 0.05   3 db.r6g.large 0.20, 0.20
// Held: ri-1 (c5.large, size-flexible, $0.06/h at 0.6) covers c5 fully; sp-1 (Compute SP $0.40/h
// at 0.8) covers m5 0.30 (0.16 unused) then 0.50 (all used). Open on demand: m5 0.10 each hour, Fargate, RDS.
function matrix(): PoolMatrix {
  const ri: HeldCommitment = {
    id: 'ri-1', type: 'ReservedInstance', scope: { region: 'us-east-1', family: 'c5', instanceType: 'c5.large', sizeFlexible: true }, rate: 0.6,
    committed: Float64Array.from([0.06, 0.06]), unused: Float64Array.from([0, 0]), billed: new Map([[1, Float64Array.from([0.1, 0.1])]]), end: null,
  };
  const sp: HeldCommitment = {
    id: 'sp-1', type: 'ComputeSavingsPlan', scope: noScope, rate: 0.8,
    committed: Float64Array.from([0.4, 0.4]), unused: Float64Array.from([0.16, 0]), billed: new Map([[0, Float64Array.from([0.3, 0.5])]]), end: null,
  };
  return {
    hours: ['2025-11-30T23:00:00Z', '2025-12-01T00:00:00Z'],
    cells: [cell('ec2', 'm5.large', [0.4, 0.6]), cell('ec2', 'c5.large', [0.1, 0.1]), cell('fargate', null, [0.05, 0.05]), cell('db', 'db.r6g.large', [0.2, 0.2])],
    held: [ri, sp],
  };
}

const add = (a: Partial<Addition> & Pick<Addition, 'id' | 'type' | 'hourlyCommitment' | 'rate'>): Addition => ({ scope: noScope, term: '1y', payment: 'NoUpfront', startIndex: 0, ...a });

describe('adding and removing commitments', () => {
  it('an EC2 Instance SP meets the open m5 usage before a Compute SP, which is left with Fargate', () => {
    const r = simulateScenario(matrix(), [
      add({ id: 'new-compute', type: 'ComputeSavingsPlan', hourlyCommitment: 0.1, rate: 0.5 }),
      add({ id: 'new-m5', type: 'EC2InstanceSavingsPlan', hourlyCommitment: 0.05, rate: 0.5, scope: { ...noScope, region: 'us-east-1', family: 'm5' } }),
    ], new Set());
    // m5 open 0.10 an hour: the EC2 SP's capacity is 0.05 ÷ 0.5 = 0.10, all of it; the Compute SP
    // finds m5 and c5 taken and covers Fargate's 0.05 for 0.025, 0.075 unused each hour
    expect(r.added.map((o) => [o.id, o.committed, o.used, o.onDemandCovered, o.netSavings])).toEqual([
      ['new-compute', 0.2, 0.05, 0.1, -0.1],
      ['new-m5', 0.1, 0.1, 0.2, 0.1],
    ]);
    expect(r).toMatchObject({ committed: 0.3, used: 0.15, onDemandCovered: 0.3, netSavings: 0, absorbed: 0, removed: [] });
    expect(r.utilization).toBeCloseTo(0.5, 12);
    // the cells either reaches (m5, c5, Fargate): 1.30 eligible, 1.00 billed → 1.30
    expect(r.coverageBefore).toBeCloseTo(1 / 1.3, 12);
    expect(r.coverageAfter).toBeCloseTo(1, 12);
    expect(r.underused).toEqual([{ hour: '2025-11-30T23:00:00Z', unused: 0.075 }, { hour: '2025-12-01T00:00:00Z', unused: 0.075 }]);
    expect(r.monthly.map((m) => [m.month, m.hours, m.committed, m.netSavings])).toEqual([['2025-11', 1, 0.15, 0], ['2025-12', 1, 0.15, 0]]);
  });

  it('removing an RI frees its usage: the held Compute SP\'s unused part takes it while it lasts', () => {
    const r = simulateScenario(matrix(), [], new Set(['ri-1']));
    // 23:00: sp-1 has 0.16 unused = 0.20 of on demand, takes c5's 0.10; 00:00 it has nothing left
    expect(r.absorbed).toBeCloseTo(0.1, 12);
    // ri-1 saved 0.20 − 0.12 = 0.08; without it: +0.10 taken over, −0.08 lost
    expect(r.removed).toEqual([{ id: 'ri-1', type: 'ReservedInstance', committed: 0.12, onDemandCovered: 0.2, netSavings: 0.08 }]);
    expect(r.netSavings).toBe(0.02);
    expect(r.monthly.map((m) => m.netSavings)).toEqual([0.06, -0.04]);
    // its cell (c5): covered 0.20 of 0.20 before, 0.10 after
    expect([r.coverageBefore, r.coverageAfter]).toEqual([1, 0.5]);
    expect(r.committed).toBe(0);
    expect(r.roi).toBeNull();
  });

  it('an RI removed and bought again is applied before the Savings Plans: the bill is reproduced', () => {
    const r = simulateScenario(matrix(), [
      add({ id: 'again', type: 'ReservedInstance', hourlyCommitment: 0.06, rate: 0.6, scope: { region: 'us-east-1', family: 'c5', instanceType: 'c5.large', sizeFlexible: true } }),
    ], new Set(['ri-1']));
    expect(r.added[0]).toMatchObject({ committed: 0.12, used: 0.12, onDemandCovered: 0.2, netSavings: 0.08 });
    expect(r).toMatchObject({ absorbed: 0, netSavings: 0, coverageBefore: 1, coverageAfter: 1 });
  });

  it('a size-flexible RI covers another size of its family; one bought later counts only its hours', () => {
    const r = simulateScenario(matrix(), [
      add({ id: 'xl', type: 'ReservedInstance', hourlyCommitment: 0.04, rate: 0.5, startIndex: 1, scope: { region: 'us-east-1', family: 'm5', instanceType: 'm5.xlarge', sizeFlexible: true }, payment: 'AllUpfront' }),
    ], new Set());
    // active at 00:00 only: capacity 0.08 of the m5 (large) open 0.10
    expect(r.added[0]).toMatchObject({ hours: 1, committed: 0.04, used: 0.04, onDemandCovered: 0.08, netSavings: 0.04, upfront: 350.4, recurringPerHour: 0 });
    // 0.08 avoided an hour × 730 = 58.4 a month: 350.4 upfront back in 6 months
    expect(r.added[0]!.breakEvenMonths).toBe(6);
    expect(r.underused).toEqual([]);
  });

  it('an RDS reservation covers its own instance type only; a Compute SP never covers RDS', () => {
    const r = simulateScenario(matrix(), [
      add({ id: 'db', type: 'ReservedInstance', hourlyCommitment: 0.3, rate: 0.5, scope: { region: 'us-east-1', family: 'db.r6g', instanceType: 'db.r6g.large', sizeFlexible: false } }),
      add({ id: 'other-region', type: 'ReservedInstance', hourlyCommitment: 0.1, rate: 0.5, scope: { region: 'eu-west-1', family: 'db.r6g', instanceType: 'db.r6g.large', sizeFlexible: false } }),
    ], new Set());
    expect(r.added.map((o) => [o.id, o.onDemandCovered, o.used])).toEqual([['db', 0.4, 0.2], ['other-region', 0, 0]]);
  });
});
