// The generator's own account of what it wrote, summed from its model line by line, never read
// back from the files: totals per month and cost basis, per account and product, tag coverage,
// cost per resource, each anomaly's extra cost per day, and each commitment's use.
import type { Item } from './model.ts';
import { KIND, type Line } from './lines.ts';
import { ExactSum } from './money.ts';
import { DAY } from './calendar.ts';
import { hasRequiredKeys } from './tags.ts';

export const COST_BASES = ['BilledCost', 'EffectiveCost', 'ListCost'] as const;
export type CostBasis = (typeof COST_BASES)[number];

/** Tag status of an item's spend: required keys all present, taggable but incomplete, or untaggable. */
export const TAG_STATUS = { tagged: 0, incomplete: 1, untaggable: 2 } as const;

export class TruthAccumulator {
  readonly totals: ExactSum;
  readonly byAccountProduct: ExactSum;
  readonly tagStatus: ExactSum;
  readonly itemEffective: ExactSum;
  readonly products: string[];
  private readonly itemProduct: Int32Array;
  private readonly itemAccount: Int32Array;
  private readonly itemTag: Int8Array;
  private readonly itemAnomaly: (string | null)[];
  /** anomaly id → day start (epoch s) → extra effective cost (MU). */
  readonly anomalyDays = new Map<string, Map<number, number>>();
  /** Commitment use per (commitment, month): SP committed/used MU; RI reserved/used hours (scale 3). */
  readonly committed: ExactSum;
  readonly used: ExactSum;
  readonly lineCounts: Float64Array;
  /**
   * Recurring commitment fees with an unused part: each loads as a second FOCUS row, its unused
   * Usage row (as FOCUS 1.2 puts unused commitment; core/ingest/aws/unused-commitment.ts).
   */
  unusedCommitmentRows = 0;

  constructor(
    readonly monthCount: number,
    readonly accountCount: number,
    readonly items: readonly Item[],
    readonly commitmentCount: number,
  ) {
    this.products = [...new Set(items.map((i) => i.productCode))].sort();
    const productIndex = new Map(this.products.map((p, i) => [p, i]));
    this.itemProduct = Int32Array.from(items.map((i) => productIndex.get(i.productCode) ?? 0));
    this.itemAccount = Int32Array.from(items.map((i) => i.account.index));
    this.itemTag = Int8Array.from(items.map((i) => (i.resourceId === null ? TAG_STATUS.untaggable : hasRequiredKeys(i.tags) ? TAG_STATUS.tagged : TAG_STATUS.incomplete)));
    this.itemAnomaly = items.map((i) => i.anomalyId);
    this.totals = new ExactSum(monthCount * 3);
    this.byAccountProduct = new ExactSum(monthCount * accountCount * this.products.length * 3);
    this.tagStatus = new ExactSum(monthCount * 3);
    this.itemEffective = new ExactSum(items.length);
    this.committed = new ExactSum(commitmentCount * monthCount);
    this.used = new ExactSum(commitmentCount * monthCount);
    this.lineCounts = new Float64Array(monthCount);
  }

  push(line: Line, chargeStart: number): void {
    const m = line.month;
    this.lineCounts[m] = (this.lineCounts[m] as number) + 1;
    if ((line.kind === KIND.SavingsPlanRecurringFee || line.kind === KIND.RIFee) && line.effective !== 0) this.unusedCommitmentRows++;
    this.totals.add(m * 3, line.unblended);
    this.totals.add(m * 3 + 1, line.effective);
    this.totals.add(m * 3 + 2, line.list);
    const ap = ((m * this.accountCount + (this.itemAccount[line.item] as number)) * this.products.length + (this.itemProduct[line.item] as number)) * 3;
    this.byAccountProduct.add(ap, line.unblended);
    this.byAccountProduct.add(ap + 1, line.effective);
    this.byAccountProduct.add(ap + 2, line.list);
    this.tagStatus.add(m * 3 + (this.itemTag[line.item] as number), line.effective);
    this.itemEffective.add(line.item, line.effective);
    const anomaly = this.itemAnomaly[line.item];
    if (anomaly) this.addAnomaly(anomaly, chargeStart, line.effective);
  }

  addAnomaly(id: string, t: number, mu: number): void {
    const day = Math.floor(t / DAY) * DAY;
    let days = this.anomalyDays.get(id);
    if (!days) this.anomalyDays.set(id, (days = new Map()));
    days.set(day, (days.get(day) ?? 0) + mu);
  }

  addCommitment(cmt: number, month: number, committed: number, used: number): void {
    const i = cmt * this.monthCount + month;
    this.committed.add(i, committed);
    this.used.add(i, used);
  }

  /** Billed cost of (month, account, product) so far, for taxes and credits. */
  billed(month: number, account: number, productCode: string): bigint {
    const p = this.products.indexOf(productCode);
    if (p < 0) return 0n;
    return this.byAccountProduct.get(((month * this.accountCount + account) * this.products.length + p) * 3);
  }

  monthBilled(month: number): bigint {
    return this.totals.get(month * 3);
  }
}
