// Savings Plans and Reserved Instances, sized from the organisation's own usage so that their
// stories hold: a Compute SP that is always fully used, a second one bought inside the range
// (its upfront fee appears), an EC2 Instance SP on m5 that goes under-used when payments moves
// to m6i, a c5 RI that loses half its instances, an r5 RI that expires, and an RDS RI bought
// all-upfront inside the range. Prices: Savings Plan discounts below; RI terms from m5.large.
import type { Account, Commitment, CommitmentKind, Item, PaymentOption } from './model.ts';
import type { Org } from './org.ts';
import { accountNamed } from './org.ts';
import type { ItemFactory } from './items.ts';
import type { Timeline } from './timeline.ts';
import { DAY, HOUR } from './calendar.ts';
import { MU_DIGITS, roundRate, usd } from './money.ts';
import { M5_LARGE_ON_DEMAND, M5_LARGE_RI } from './catalog/ec2.ts';
import { reservationFee, savingsPlanFee } from './catalog/fees.ts';
import { HOME_REGION } from './catalog/regions.ts';

const TERM_HOURS = { 1: 8760, 3: 26_280 } as const;

/** Share off on-demand by plan type, term and payment option (close to AWS's published rates). */
export const SP_DISCOUNT: Record<'ComputeSavingsPlan' | 'EC2InstanceSavingsPlan', Record<1 | 3, Record<PaymentOption, number>>> = {
  ComputeSavingsPlan: { 1: { 'No Upfront': 0.2, 'Partial Upfront': 0.23, 'All Upfront': 0.25 }, 3: { 'No Upfront': 0.4, 'Partial Upfront': 0.43, 'All Upfront': 0.45 } },
  EC2InstanceSavingsPlan: { 1: { 'No Upfront': 0.28, 'Partial Upfront': 0.31, 'All Upfront': 0.33 }, 3: { 'No Upfront': 0.48, 'Partial Upfront': 0.51, 'All Upfront': 0.53 } },
};

/** The Savings Plan rate of an item under a plan: exact at the item's quantity scale. */
export function spRateMu(item: Item, c: Commitment): number {
  const scale = item.eligibility?.spDiscountScale ?? 0;
  return roundRate(item.rateMu * (1 - c.discount * scale), MU_DIGITS - item.amountScale);
}

/** Whether a commitment may cover an item's usage (RIs: same type and region; SPs: their scope). */
export function covers(c: Commitment, item: Item): boolean {
  const e = item.eligibility;
  if (!e || item.anomalyId) return false;
  if (c.kind === 'ComputeSavingsPlan') return e.computeSp;
  if (c.kind === 'EC2InstanceSavingsPlan') return e.instanceFamily === c.instanceFamily && e.regionCode === c.regionCode;
  if (c.dbClass) return e.dbClass === c.dbClass && e.regionCode === c.regionCode;
  return e.instanceType === c.instanceType && e.regionCode === c.regionCode;
}

function uuid(f: ItemFactory): string {
  const h = f.rng.hex(32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

interface Sizing {
  f: ItemFactory;
  org: Org;
  tl: Timeline;
}

function savingsPlan(s: Sizing, kind: 'ComputeSavingsPlan' | 'EC2InstanceSavingsPlan', termYears: 1 | 3, payment: PaymentOption, start: number, hourlyUsd: number, family: string | null): Commitment {
  const hourly = roundRate(usd(hourlyUsd.toFixed(2)), 2);
  const amortized = payment === 'No Upfront' ? 0 : payment === 'All Upfront' ? hourly : hourly / 2;
  const recurring = hourly - amortized;
  const label = kind === 'ComputeSavingsPlan' ? 'Compute Savings Plan' : `EC2 Instance Savings Plan (${family})`;
  const plan = `${termYears}yr${payment.replace(' ', '')}`;
  const usage = kind === 'ComputeSavingsPlan' ? `ComputeSP:${plan}` : `EC2SP:${family}.${plan}`;
  const feeItem = s.f.accountMeter(s.org.payer, savingsPlanFee(usage, `${(hourly / 1e10).toFixed(2)} USD per hour ${label}, ${termYears}yr ${payment}`, recurring), null, { kind: 'none' });
  return {
    index: -1, kind, arn: `arn:aws:savingsplans::${s.org.payer.id}:savingsplan/${uuid(s.f)}`, account: s.org.payer, paymentOption: payment, termYears,
    start, end: start + TERM_HOURS[termYears] * HOUR, feeItem, hourlyCommitmentMu: hourly, recurringHourlyMu: recurring, amortizedHourlyMu: amortized,
    discount: SP_DISCOUNT[kind][termYears][payment], instanceFamily: family, regionCode: family ? HOME_REGION.code : null, instanceType: null, dbClass: null,
    count: 0, upfrontMu: amortized * TERM_HOURS[termYears], productCode: 'ComputeSavingsPlans',
  };
}

function reservation(s: Sizing, account: Account, productCode: 'AmazonEC2' | 'AmazonRDS', type: string, count: number, termYears: 1 | 3, payment: PaymentOption, start: number, end: number | null): Commitment {
  const item = s.f.items.find((i) => i.instanceType === type && i.region === HOME_REGION && i.productCode === productCode && i.profile.kind !== 'none');
  const onDemand = item ? item.rateMu / 1e10 : M5_LARGE_ON_DEMAND;
  const ratio = onDemand / M5_LARGE_ON_DEMAND;
  const terms = M5_LARGE_RI[termYears === 1 ? '1yr' : '3yr'][payment];
  const recurring = roundRate(usd((terms.hourly * ratio).toFixed(7)), 7);
  const upfrontEach = roundRate(usd((terms.upfront * ratio).toFixed(2)), 2);
  const amortized = roundRate(upfrontEach / TERM_HOURS[termYears], 7);
  const kind: CommitmentKind = 'ReservedInstance';
  const rest = productCode === 'AmazonEC2' ? `reserved-instances/${uuid(s.f)}` : `ri:${account.team.name}-${type.replaceAll('.', '-')}-${s.f.rng.hex(6)}`;
  const service = productCode === 'AmazonEC2' ? 'ec2' : 'rds';
  const feeItem = s.f.accountMeter(account, reservationFee(productCode, HOME_REGION, type, recurring, `USD ${(recurring / 1e10).toFixed(4)} hourly fee per ${productCode === 'AmazonEC2' ? 'Linux/UNIX (Amazon VPC)' : 'PostgreSQL'}, ${type} reservation`), HOME_REGION, { kind: 'none' });
  return {
    index: -1, kind, arn: `arn:aws:${service}:${HOME_REGION.code}:${account.id}:${rest}`, account, paymentOption: payment, termYears,
    start, end: end ?? start + TERM_HOURS[termYears] * HOUR, feeItem, hourlyCommitmentMu: 0, recurringHourlyMu: recurring, amortizedHourlyMu: amortized,
    discount: 0, instanceFamily: null, regionCode: HOME_REGION.code, instanceType: productCode === 'AmazonEC2' ? type : null, dbClass: productCode === 'AmazonRDS' ? type : null,
    count, upfrontMu: upfrontEach * count, productCode,
  };
}

/** On-demand USD per hour of the always-on items a commitment could cover at time t. */
function eligibleHourly(items: readonly Item[], t: number, pick: (i: Item) => boolean, discount: number): number {
  let sum = 0;
  for (const i of items) {
    if (i.start > t || i.end <= t || i.profile.kind !== 'always' || !pick(i)) continue;
    sum += (i.rateMu / 1e10) * (1 - discount * (i.eligibility?.spDiscountScale ?? 0));
  }
  return sum;
}

function countAt(items: readonly Item[], t: number, type: string, productCode: string): number {
  return items.filter((i) => i.productCode === productCode && i.instanceType === type && i.region === HOME_REGION && i.start <= t && i.end > t && !i.anomalyId && i.profile.kind !== 'none').length;
}

export function buildCommitments(f: ItemFactory, org: Org, tl: Timeline): Commitment[] {
  const s: Sizing = { f, org, tl };
  const out: Commitment[] = [];
  const t0 = tl.start;
  const items = f.items;

  // EC2 Instance SP on m5 in us-east-1, bought 5 months before the range: under-used once m5 goes.
  const m5 = eligibleHourly(items, t0, (i) => i.eligibility?.instanceFamily === 'm5' && i.region === HOME_REGION, SP_DISCOUNT.EC2InstanceSavingsPlan[1]['Partial Upfront']);
  if (m5 > 0) out.push(savingsPlan(s, 'EC2InstanceSavingsPlan', 1, 'Partial Upfront', t0 - 150 * DAY, m5 * 0.95, 'm5'));

  // RIs come before Savings Plans in AWS's order of application.
  const payments = accountNamed(org, 'payments-prod');
  const dataPlatform = accountNamed(org, 'data-platform-prod');
  const c5 = countAt(items, t0, 'c5.xlarge', 'AmazonEC2');
  if (dataPlatform && c5 > 0) out.push(reservation(s, dataPlatform, 'AmazonEC2', 'c5.xlarge', c5, 1, 'Partial Upfront', t0 - 120 * DAY, null));
  const r5 = countAt(items, t0, 'r5.large', 'AmazonEC2');
  if (payments && r5 > 0) out.push(reservation(s, payments, 'AmazonEC2', 'r5.large', r5, 3, 'No Upfront', tl.at(0.5) - 3 * 365 * DAY, tl.at(0.5)));
  const rds = countAt(items, t0, 'db.r6g.large', 'AmazonRDS');
  if (payments && rds > 0) out.push(reservation(s, payments, 'AmazonRDS', 'db.r6g.large', rds, 1, 'All Upfront', tl.at(0.1), null));

  // Compute SPs sized on what is left of the always-on eligible usage: always fully used.
  const covered = new Set(out.flatMap((c) => items.filter((i) => covers(c, i)).map((i) => i.index)));
  const rest = eligibleHourly(items, t0, (i) => (i.eligibility?.computeSp ?? false) && !i.anomalyId && !covered.has(i.index), SP_DISCOUNT.ComputeSavingsPlan[3]['No Upfront']);
  out.push(savingsPlan(s, 'ComputeSavingsPlan', 3, 'No Upfront', t0 - 400 * DAY, Math.max(0.01, rest * 0.55), null));
  out.push(savingsPlan(s, 'ComputeSavingsPlan', 1, 'All Upfront', tl.at(0.4), Math.max(0.01, rest * 0.12), null));

  out.forEach((c, i) => (c.index = i));
  return out;
}
