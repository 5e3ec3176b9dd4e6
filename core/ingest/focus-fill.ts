// FOCUS files from any provider and version, brought to what FOCUS 1.2 determines from the row's
// own columns (SPEC.md, "FOCUS files"). Nothing is guessed: an enumerated value is given its
// allowed spelling, a cost the spec defines from other columns is filled when the file has none,
// and a column the spec says must be null beside another is nulled. Provided costs are never
// changed, so a file's own errors (a price that does not match its cost) stay for `validate`.
import {
  CAPACITY_RESERVATION_STATUSES,
  CHARGE_CATEGORIES,
  CHARGE_CLASSES,
  CHARGE_FREQUENCIES,
  COMMITMENT_DISCOUNT_CATEGORIES,
  COMMITMENT_DISCOUNT_STATUSES,
  PRICING_CATEGORIES,
} from '../conformance/allowed-values.ts';
import { join, raw, sql, type SqlQuery } from '../sql/index.ts';
import { FOCUS_SPEC_COLUMNS, MONEY_TYPE } from '../store/focus-columns.ts';
import { awsRegionName } from './aws/regions.ts';
import { awsResourceType } from './aws/resource-type.ts';
import { AWS_PROVIDER as AWS, type FocusSelect } from './aws/cur-to-focus.ts';

const ENUMERATED: Record<string, readonly string[]> = {
  ChargeCategory: CHARGE_CATEGORIES,
  ChargeClass: CHARGE_CLASSES,
  ChargeFrequency: CHARGE_FREQUENCIES,
  PricingCategory: PRICING_CATEGORIES,
  CommitmentDiscountStatus: COMMITMENT_DISCOUNT_STATUSES,
  CommitmentDiscountCategory: COMMITMENT_DISCOUNT_CATEGORIES,
  CapacityReservationStatus: CAPACITY_RESERVATION_STATUSES,
};


/** `Usage-based` → `Usage-Based`: a value equal to an allowed one but for case takes its spelling. */
function allowedSpelling(x: SqlQuery, allowed: readonly string[]): SqlQuery {
  const arms = allowed.map((v) => sql`WHEN ${v.toLowerCase()} THEN ${v}`);
  return sql`CASE lower(${x}) ${join(arms, ' ')} ELSE ${x} END`;
}

export function fillFocus(out: FocusSelect): FocusSelect {
  const money = raw(`CAST(NULL AS ${MONEY_TYPE})`);
  const text = raw('CAST(NULL AS VARCHAR)');
  const num = (name: string): SqlQuery => out[name] ?? sql`${money}`;
  const str = (name: string): SqlQuery => out[name] ?? sql`${text}`;
  const filled: FocusSelect = { ...out };

  for (const [column, allowed] of Object.entries(ENUMERATED)) if (out[column]) filled[column] = allowedSpelling(out[column], allowed);
  const category = filled.ChargeCategory ?? sql`${text}`;

  // ListCost and ContractedCost are never null: a price × quantity where the file gives both, else
  // the billed figure (a charge unrelated to others MUST match it; FOCUS names no other source for
  // a charge without a price). ContractedCost defaults to ListCost, as FOCUS says when there are
  // no negotiated discounts.
  const listCost = sql`COALESCE(${num('ListCost')}, ${num('ListUnitPrice')} * ${num('PricingQuantity')}, ${num('BilledCost')})`;
  filled.ListCost = listCost;
  filled.ContractedCost = sql`COALESCE(${num('ContractedCost')}, ${num('ContractedUnitPrice')} * ${num('PricingQuantity')}, ${listCost})`;

  // A region named but not identified (Oracle's 1.0 export writes us-sanjose-1 as RegionName only)
  // is identified by that name; a region identified but not named is named from AWS's table, else by its id.
  const regionId = sql`COALESCE(${str('RegionId')}, ${str('RegionName')})`;
  filled.RegionId = regionId;
  filled.RegionName = sql`COALESCE(${str('RegionName')}, CASE WHEN ${str('ProviderName')} = ${AWS} THEN ${awsRegionName(regionId)} ELSE ${regionId} END)`;

  // ResourceType describes a resource: none without a ResourceId; an AWS resource without one
  // takes the type its id says (aws/resource-type.ts).
  const resourceId = str('ResourceId');
  const idType = sql`CASE WHEN ${str('ProviderName')} = ${AWS} THEN ${awsResourceType(resourceId)} END`;
  filled.ResourceType = sql`CASE WHEN ${resourceId} IS NOT NULL THEN COALESCE(${str('ResourceType')}, ${idType}) END`;

  // ConsumedQuantity and ConsumedUnit only on Usage that is not unused commitment.
  const consumes = sql`(${category} = 'Usage' AND ${filled.CommitmentDiscountStatus ?? sql`${text}`} IS DISTINCT FROM 'Unused')`;
  if (out.ConsumedQuantity) filled.ConsumedQuantity = sql`CASE WHEN ${consumes} THEN ${out.ConsumedQuantity} END`;
  if (out.ConsumedUnit) filled.ConsumedUnit = sql`CASE WHEN ${consumes} THEN ${out.ConsumedUnit} END`;
  return filled;
}

const SPEC_COLUMN_NAMES = new Set(FOCUS_SPEC_COLUMNS.map((c) => c.name));

/**
 * Per row, the FOCUS columns whose value `fillFocus` changed from what the file gave (a column the
 * file lacks gave null), as a sorted VARCHAR[]; NULL when it changed none. `validate` reads it to
 * tell the provider's figures from the workbench's (core/conformance/SPEC.md).
 */
export function filledColumns(out: FocusSelect, filled: FocusSelect): SqlQuery {
  const touched = Object.keys(filled).filter((c) => SPEC_COLUMN_NAMES.has(c) && filled[c] !== out[c]).sort();
  if (touched.length === 0) return sql`CAST(NULL AS VARCHAR[])`;
  const arms = touched.map((c) => {
    const changed = out[c] ? sql`${out[c]} IS DISTINCT FROM ${filled[c]!}` : sql`${filled[c]!} IS NOT NULL`;
    return sql`CASE WHEN ${changed} THEN ${c} END`;
  });
  return sql`nullif(list_filter(CAST([${join(arms)}] AS VARCHAR[]), x -> x IS NOT NULL), CAST([] AS VARCHAR[]))`;
}
