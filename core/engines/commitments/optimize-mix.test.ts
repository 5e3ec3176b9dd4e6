// SPEC "Optimize", SP and RI together, on 10 hours worked on paper; every expected figure by hand.
// One EC2 family (m5, us-east-1, all Linux: one size-flexible RI pool = one EC2 Instance SP pool),
// Fargate beside it in the Compute SP pool, and an RDS pool no Savings Plan covers. Nothing held.
import { describe, expect, it } from 'vitest';
import { optimizePool } from './optimize-curve.ts';
import { planMix, type PoolHours } from './optimize-mix.ts';
import type { HourInput } from './simulate.ts';

const hoursOf = (open: number[]): HourInput[] => open.map((o, i) => ({ hour: `2026-03-01T0${i}:00:00Z`, eligible: o, covered: 0 }));
const M5 = [6, 6, 6, 5, 5, 5, 5, 4, 3, 2];
const FARGATE = [0, 0, 0, 1, 1, 1, 1, 2, 2, 2];
const RDS = [1, 1, 1, 1, 1, 1, 1, 0, 0, 0];
const COMPUTE = hoursOf(M5.map((m, i) => m + FARGATE[i]!));
const place = { region: 'us-east-1', service: null };
const EC2_POOLS: PoolHours[] = [{ pool: { type: 'EC2InstanceSavingsPlan', ...place, instance: 'm5' }, hours: hoursOf(M5) }];
const RI_POOLS: PoolHours[] = [
  { pool: { type: 'ReservedInstance', ...place, instance: 'm5', service: null }, hours: hoursOf(M5) },
  { pool: { type: 'ReservedInstance', ...place, instance: 'db.r6g.large', service: 'Amazon Relational Database Service' }, hours: hoursOf(RDS) },
];
const TERMS = { term: '1y', payment: 'NoUpfront' } as const;

describe('the recommended mix, in AWS\'s order', () => {
  it('RI 0.60, EC2 Instance SP 0.65, Compute SP 0.75: the RI takes the base, the EC2 SP the next step, the Compute SP the rest', () => {
    const plan = planMix(COMPUTE, EC2_POOLS, RI_POOLS, { ReservedInstance: () => 0.6, EC2InstanceSavingsPlan: () => 0.65, ComputeSavingsPlan: 0.75 }, TERMS);
    // m5 RI: worth it while used in ≥ 0.60 ÷ 0.65 = 92.3% of hours: rank ⌊9.23⌋ = 9 from the top of M5 → 2,
    //   $1.20/h, always used: 20 covered for 12 → 8 in 10 h = 584 a month
    // RDS RI (no plan covers it): rank ⌊10 × 0.6⌋ = 6 from the top of RDS → 1, $0.60/h: 7 for 6 → 73 a month, 70% used
    // m5 EC2 SP on what the RI left (4,4,4,3,3,3,3,2,1,0): rank ⌊10 × 0.65 ÷ 0.75⌋ = 8 → 1, $0.65/h: 9 for 6.5 → 182.50, 90% used
    expect(plan.items).toEqual([
      { type: 'ReservedInstance', region: 'us-east-1', instance: 'm5', service: null, rate: 0.6, hourlyCommitment: 1.2, monthlySavings: 584, utilization: expect.closeTo(1, 12) as number },
      { type: 'ReservedInstance', region: 'us-east-1', instance: 'db.r6g.large', service: 'Amazon Relational Database Service', rate: 0.6, hourlyCommitment: 0.6, monthlySavings: 73, utilization: expect.closeTo(0.7, 12) as number },
      { type: 'EC2InstanceSavingsPlan', region: 'us-east-1', instance: 'm5', service: null, rate: 0.65, hourlyCommitment: 0.65, monthlySavings: 182.5, utilization: expect.closeTo(0.9, 12) as number },
    ]);
    // the Compute SP pool after them: m5 left (3,3,3,2,2,2,2,1,0,0) + Fargate = 3 ×8, 2 ×2
    expect(plan.computeHours.map((h) => h.eligible - h.covered)).toEqual([3, 3, 3, 3, 3, 3, 3, 3, 2, 2].map((x) => expect.closeTo(x, 12) as number));
    expect(plan.computeHours.map((h) => h.eligible)).toEqual(COMPUTE.map((h) => h.eligible));
    // then the Compute SP at its best: rank ⌊10 × 0.75⌋ = 7 → 3, $2.25/h: 28 covered for 22.5 → 5.5 in 10 h = 401.50 a month
    const sp = optimizePool(plan.computeHours, { rate: 0.75, ...TERMS, targetCoverage: 0.8, conservativePercentile: 10 }).choices[0]!;
    expect(sp).toMatchObject({ kind: 'max-savings', hourlyCommitment: 2.25, monthlySavings: 401.5 });
    expect(sp.utilization).toBeCloseTo(21 / 22.5, 12);
  });

  it('without an EC2 Instance SP rate the RI is sized against the Compute SP (0.60 ÷ 0.75 = 80%: rank 8 of 6,6,6,5,5,5,5,4,3,2 → 3, $1.80/h) and no EC2 SP is bought', () => {
    const plan = planMix(COMPUTE, EC2_POOLS, RI_POOLS.slice(0, 1), { ReservedInstance: () => 0.6, EC2InstanceSavingsPlan: null, ComputeSavingsPlan: 0.75 }, TERMS);
    expect(plan.items.map((i) => [i.type, i.hourlyCommitment])).toEqual([['ReservedInstance', 1.8]]);
    expect(plan.computeHours.map((h) => h.covered)).toEqual([3, 3, 3, 3, 3, 3, 3, 3, 3, 2]);
  });

  it('no RI or EC2 SP rate: the Compute SP pool is left as it is', () => {
    const plan = planMix(COMPUTE, EC2_POOLS, RI_POOLS, { ReservedInstance: null, EC2InstanceSavingsPlan: null, ComputeSavingsPlan: 0.75 }, TERMS);
    expect(plan).toEqual({ items: [], computeHours: COMPUTE });
  });
});
