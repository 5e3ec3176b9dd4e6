// Lines AWS adds for a whole month: RI fees with their unused share, the marketplace subscription
// and support (dated the first of the month), a promotional credit, a refund, and the tax on each
// account's spend per product. Taxes and fees are charged in whole cents.
import type { Item } from './model.ts';
import { KIND, newLine, type Line } from './lines.ts';
import { HOUR, type Month } from './calendar.ts';
import { MU_PER_USD, usd } from './money.ts';
import type { Simulation } from './simulate.ts';
import { MARKETPLACE } from './catalog/fees.ts';

export const TAX_RATE_PERCENT = 6n;
export const TAX_TYPE = 'US Sales Tax';
export const SANDBOX_CREDIT_USD = '250.00';
export const REFUND_USD = '75.40';

/** The pre-made items the month-end lines are billed under. */
export interface MonthEndItems {
  marketplace: Item;
  support: Item;
  credit: Item | null;
  refund: Item | null;
  /** Tax item per `${accountIndex}/${productCode}`. */
  tax: Map<string, Item>;
}

interface MonthEndContext {
  sim: Simulation;
  month: Month;
  riUsed: Float64Array;
  push: (line: Line, chargeStart: number) => void;
}

const CENT = BigInt(MU_PER_USD / 100);

/** Cents of `mu × percent / 100`, rounded half up (mu ≥ 0). */
function percentInCents(mu: bigint, percent: bigint): bigint {
  const den = 100n * CENT;
  return (mu * percent + den / 2n) / den;
}

/** AWS Business support: the greater of $100 or 10% of the first $10K, 7% to $80K, 5% to $250K, 3% above. */
export function businessSupportCents(billedMu: bigint): bigint {
  const cents = billedMu <= 0n ? 0n : billedMu / CENT;
  const tiers: [bigint | null, bigint][] = [[1_000_000n, 10n], [8_000_000n, 7n], [25_000_000n, 5n], [null, 3n]];
  let lower = 0n;
  let feeTimes100 = 0n;
  for (const [upper, pct] of tiers) {
    if (cents <= lower) break;
    const top = upper === null || cents < upper ? cents : upper;
    feeTimes100 += (top - lower) * pct;
    lower = top;
  }
  const fee = (feeTimes100 + 50n) / 100n;
  return fee > 10_000n ? fee : 10_000n;
}

export function monthEnd({ sim, month, riUsed, push }: MonthEndContext): void {
  const { periods, commitments, truth, monthEndItems: mi } = sim;
  const whole = periods.id(month.start, month.end);
  const line = (kind: number, item: Item, per = whole): Line => newLine(kind, item.index, per, month.index);

  for (const c of commitments) {
    if (c.kind !== 'ReservedInstance' || c.end <= month.start || c.start >= month.end) continue;
    const from = Math.max(c.start, month.start);
    const to = Math.min(c.end, month.end);
    const reserved = c.count * ((to - from) / HOUR) * 1000;
    const used = riUsed[c.index] as number;
    const unused = reserved - used;
    const l = line(KIND.RIFee, c.feeItem, periods.id(from, to));
    l.cmt = c.index;
    l.amount = reserved;
    l.unblended = (c.recurringHourlyMu / 1000) * reserved;
    l.m1 = (c.amortizedHourlyMu / 1000) * reserved;
    l.m2 = (c.amortizedHourlyMu / 1000) * unused;
    l.m3 = (c.recurringHourlyMu / 1000) * unused;
    l.m4 = unused;
    l.m5 = reserved;
    l.effective = l.m2 + l.m3;
    truth.addCommitment(c.index, month.index, reserved, used);
    push(l, from);
  }

  const fee = (kind: number, item: Item, mu: number): void => {
    const l = line(kind, item);
    l.amount = 1;
    l.unblended = l.effective = l.list = mu;
    push(l, month.start);
  };

  fee(KIND.Fee, mi.marketplace, usd(MARKETPLACE.monthlyUsd));
  if (mi.credit) {
    const ec2 = truth.billed(month.index, mi.credit.account.index, mi.credit.productCode) / CENT;
    const cap = BigInt(usd(SANDBOX_CREDIT_USD)) / CENT;
    const cents = ec2 < cap ? ec2 : cap;
    if (cents > 0n) fee(KIND.Credit, mi.credit, -Number(cents * CENT));
  }
  if (mi.refund && month.index === Math.min(1, sim.months.length - 1)) fee(KIND.Refund, mi.refund, -usd(REFUND_USD));
  fee(KIND.Fee, mi.support, Number(businessSupportCents(truth.monthBilled(month.index)) * CENT));

  // Tax last, on everything billed to each account and product this month.
  for (const [key, item] of mi.tax) {
    const account = Number(key.slice(0, key.indexOf('/')));
    const basis = truth.billed(month.index, account, item.productCode);
    if (basis <= 0n) continue;
    const cents = percentInCents(basis, TAX_RATE_PERCENT);
    if (cents > 0n) fee(KIND.Tax, item, Number(cents * CENT));
  }
}
