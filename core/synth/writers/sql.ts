// SQL fragments shared by the writers: looking up dimensions by position, turning integer money
// units and quantities into exact decimals, and testing line kinds. Writers only read the fact
// table `f` and the one-row list tables `d` (items, commitments) and `p` (charge periods).
import { KIND, LINE_ITEM_TYPES, type LineItemType } from '../lines.ts';
import type { Grain, Month } from '../calendar.ts';

export const dim = (col: string): string => `d.${col}[f.item + 1]`;
export const cmt = (col: string): string => `d.c_${col}[f.cmt + 1]`;
export const per = (col: string): string => `p.p_${col}[f.per + 1]`;

/** Integer MU in a fact column → exact DECIMAL(38,10) dollars. */
export const mu = (col: string): string => `(f.${col}::BIGINT::DECIMAL(38,0) * 0.0000000001)::DECIMAL(38,10)`;
/** Integer quantity in a fact column → DECIMAL(38,6) in the item's unit. */
export const qty = (col: string): string => `(f.${col}::BIGINT::DECIMAL(38,0) * ${dim('amount_unit')})::DECIMAL(38,6)`;

export const kindIn = (...kinds: LineItemType[]): string => (kinds.length === 1 ? `f.kind = ${KIND[kinds[0] as LineItemType]}` : `f.kind IN (${kinds.map((k) => KIND[k]).join(', ')})`);
export const when = (cond: string, expr: string): string => `CASE WHEN ${cond} THEN ${expr} END`;
export const lit = (s: string): string => `'${s.replaceAll("'", "''")}'`;

export const lineItemType = `[${LINE_ITEM_TYPES.map(lit).join(', ')}][f.kind + 1]`;

/** Usage-like kinds: the ones that carry a resource's metered quantity. */
export const USAGE_KINDS: LineItemType[] = ['Usage', 'SavingsPlanCoveredUsage', 'SavingsPlanNegation', 'DiscountedUsage'];
export const SP_KINDS: LineItemType[] = ['SavingsPlanCoveredUsage', 'SavingsPlanNegation', 'SavingsPlanRecurringFee', 'SavingsPlanUpfrontFee'];
/** A Fee with a commitment is an RI's upfront fee. */
export const RI_LINE = `(${kindIn('DiscountedUsage', 'RIFee')} OR (${kindIn('Fee')} AND f.cmt IS NOT NULL))`;
/**
 * lineItem/ResourceId: the resource for usage (covered or not); the commitment's ARN on the
 * commitment's own fee lines.
 */
export const RESOURCE_ID = `CASE WHEN ${kindIn('SavingsPlanRecurringFee', 'SavingsPlanUpfrontFee', 'RIFee')} OR (${kindIn('Fee')} AND f.cmt IS NOT NULL) THEN ${cmt('arn')} ELSE ${dim('resource_id')} END`;
export const PURCHASE_LINE = `(${kindIn('SavingsPlanUpfrontFee')} OR (${kindIn('Fee')} AND f.cmt IS NOT NULL))`;

/** What a part needs to know about its billing month. */
export interface PartContext {
  month: Month;
  seed: number;
  payerId: string;
  payerName: string;
  invoiceId: string;
  grain: Grain;
  /** The fact table holding this part's lines. */
  factTable: string;
}

export function monthBounds(m: Month): { start: string; end: string } {
  return { start: new Date(m.start * 1000).toISOString(), end: new Date(m.end * 1000).toISOString() };
}

/** A stable line item id, the same in every format for the same line. */
export const lineItemId = (ctx: PartContext): string => `md5(${lit(`${ctx.seed}/${ctx.month.key}/`)} || f.seq::VARCHAR)`;

/** The FROM clause of a part: its lines, and the one-row dimension tables. */
export const fromPart = (ctx: PartContext): string => `FROM ${ctx.factTable} f, dims d, pers p`;
