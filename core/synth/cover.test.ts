// Commitment allocation for one step, with figures worked out by hand.
import { describe, expect, it } from 'vitest';
import type { Account, Commitment, Item } from './model.ts';
import { allocate, buildPlans, type Allocation } from './cover.ts';
import { ec2Instance, type MeterSpec } from './catalog/services.ts';
import { HOME_REGION } from './catalog/regions.ts';
import { PLATFORM_TEAM } from './org.ts';
import { usd } from './money.ts';

const account: Account = { index: 0, id: '111111111111', name: 'test', env: 'prod', team: PLATFORM_TEAM };

function item(index: number, spec: MeterSpec): Item {
  const { eligibility, ...fields } = spec;
  return {
    ...fields, eligibility, index, account, region: HOME_REGION, zone: 'us-east-1a', resourceId: `i-${index}`, billingEntity: 'AWS', legalEntity: 'Amazon Web Services, Inc.',
    tags: {}, profile: { kind: 'always' }, start: 0, end: 1e10, anomalyId: null, spike: null,
  };
}

function commitment(index: number, fields: Partial<Commitment>): Commitment {
  return {
    index, kind: 'ComputeSavingsPlan', arn: `arn:${index}`, account, paymentOption: 'No Upfront', termYears: 1, start: 0, end: 1e10, feeItem: item(99, ec2Instance(HOME_REGION, 'm5.large')),
    hourlyCommitmentMu: 0, recurringHourlyMu: 0, amortizedHourlyMu: 0, discount: 0.2, instanceFamily: null, regionCode: null, instanceType: null, dbClass: null, count: 0, upfrontMu: 0,
    productCode: 'ComputeSavingsPlans', ...fields,
  };
}

describe('applying commitments to a step', () => {
  // Two m5.large hours at $0.096 on demand; a Compute SP at 20% off makes each hour $0.0768.
  const items = [item(0, ec2Instance(HOME_REGION, 'm5.large')), item(1, ec2Instance(HOME_REGION, 'm5.large'))];

  it('covers whole lines while the commitment lasts, then part of the next', () => {
    const sp = commitment(0, { hourlyCommitmentMu: usd('0.10') });
    const plans = buildPlans([sp], items);
    const remaining = new Float64Array([1000, 1000]); // one hour each, in thousandths
    const out: Allocation[] = [];
    allocate(plans, remaining, () => usd('0.10'), out);
    // $0.10 buys the first hour ($0.0768) and floor(0.0232 / 0.0000768) = 302 thousandths of the second.
    expect(out.map((a) => [a.item, a.amount, a.planCost])).toEqual([
      [0, 1000, usd('0.0768')],
      [1, 302, usd('0.0231936')],
    ]);
    expect(Array.from(remaining)).toEqual([0, 698]);
  });

  it('applies Reserved Instances before Savings Plans, to their own type only', () => {
    const ri = commitment(0, { kind: 'ReservedInstance', instanceType: 'm5.large', regionCode: 'us-east-1', count: 1, discount: 0 });
    const sp = commitment(1, { hourlyCommitmentMu: usd('1.00') });
    const other = item(2, ec2Instance(HOME_REGION, 'c5.large'));
    const plans = buildPlans([sp, ri], [...items, other]);
    expect(plans.map((p) => p.c.kind)).toEqual(['ReservedInstance', 'ComputeSavingsPlan']);
    const remaining = new Float64Array([1000, 1000, 1000]);
    const out: Allocation[] = [];
    allocate(plans, remaining, (p) => (p.c.kind === 'ReservedInstance' ? 1000 : usd('1.00')), out);
    // The RI takes item 0's hour; the SP ($1.00) covers the rest: m5.large $0.0768 + c5.large $0.068.
    expect(out.map((a) => [a.plan.c.kind, a.item, a.amount])).toEqual([
      ['ReservedInstance', 0, 1000],
      ['ComputeSavingsPlan', 1, 1000],
      ['ComputeSavingsPlan', 2, 1000],
    ]);
    expect(out[2]?.planCost).toBe(usd('0.068'));
  });
});
