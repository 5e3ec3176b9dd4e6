// What a person reads for the names in a PivotSpec. FOCUS and x_ columns keep their spec names
// (analysts search for them by those names, and the CLI and SQL use the same ones); time buckets,
// tags and measures get words.
import type { PivotSpec } from '../../../core/api/pivot-contract.ts';

export const TAG_PREFIX = 'tag:';
/** An AWS cost category, as the engine names it (core/engines/pivot/constants.ts). */
export const COST_CATEGORY_PREFIX = 'costCategory:';
export const TIME_BUCKETS = ['period', 'day', 'week', 'month', 'quarter', 'year', 'billingPeriod'] as const;
export const GRAINS = ['day', 'week', 'month', 'quarter', 'year'] as const;
export type Grain = (typeof GRAINS)[number];
export const BASES = ['Effective', 'Billed', 'List', 'Contracted'] as const;
export type Basis = (typeof BASES)[number];

export const GRAIN_LABEL: Record<Grain, string> = { day: 'Day', week: 'Week', month: 'Month', quarter: 'Quarter', year: 'Year' };

export const BASIS_HELP: Record<Basis, string> = {
  Effective: 'amortized: commitments spread over their term',
  Billed: 'what the invoice charges',
  List: 'public on-demand price × quantity',
  Contracted: 'after negotiated discounts',
};

export function isTimeBucket(ref: string): boolean {
  return (TIME_BUCKETS as readonly string[]).includes(ref);
}

export function isTag(ref: string): boolean {
  return ref.startsWith(TAG_PREFIX);
}

export function tagRef(key: string): string {
  return `${TAG_PREFIX}${key}`;
}

export function isCostCategory(ref: string): boolean {
  return ref.startsWith(COST_CATEGORY_PREFIX);
}

export function costCategoryRef(name: string): string {
  return `${COST_CATEGORY_PREFIX}${name}`;
}

export function dimensionLabel(ref: string, grain: Grain = 'month'): string {
  if (ref === 'period') return `Time (by ${GRAIN_LABEL[grain].toLowerCase()})`;
  if (ref === 'billingPeriod') return 'Billing period';
  if ((GRAINS as readonly string[]).includes(ref)) return GRAIN_LABEL[ref as Grain];
  if (isTag(ref)) {
    const key = ref.slice(TAG_PREFIX.length);
    return key === '' ? 'Tag with an empty key' : `Tag: ${key}`;
  }
  if (isCostCategory(ref)) return `Cost category: ${ref.slice(COST_CATEGORY_PREFIX.length)}`;
  return ref;
}

export const MEASURE_CHOICES = ['cost', 'share', 'change', 'changePct', 'usage', 'lines'] as const;

export function measureLabel(measure: string, basis: Basis): string {
  switch (measure) {
    case 'cost':
      return `${basis} cost`;
    case 'BilledCost':
      return 'Billed cost';
    case 'EffectiveCost':
      return 'Effective cost';
    case 'ListCost':
      return 'List cost';
    case 'ContractedCost':
      return 'Contracted cost';
    case 'share':
      return 'Share of total';
    case 'change':
      return 'Change vs previous';
    case 'changePct':
      return 'Change %';
    case 'usage':
    case 'ConsumedQuantity':
      return 'Usage quantity';
    case 'lines':
      return 'Line items';
    default:
      return isUnitCost(measure) ? `${basis} cost per ${measure.slice(UNIT_COST_PREFIX.length)}` : measure;
  }
}

/** Explore's unit cost measure (core/engines/unit-costs): `unitCost:<metric>`. */
export const UNIT_COST_PREFIX = 'unitCost:';
export function isUnitCost(measure: string): boolean {
  return measure.startsWith(UNIT_COST_PREFIX);
}

export type MeasureFormat = 'money' | 'ratio' | 'count' | 'quantity' | 'unitCost';

/** How a measure's numbers read (the same split core/export uses for number formats). */
export function measureFormat(measure: string): MeasureFormat {
  if (measure === 'share' || measure === 'changePct') return 'ratio';
  if (measure === 'lines') return 'count';
  if (measure === 'usage' || measure === 'ConsumedQuantity') return 'quantity';
  if (isUnitCost(measure)) return 'unitCost';
  return 'money';
}

/** A one-line summary of a spec, for titles and the saved-view list. */
export function describeSpec(spec: PivotSpec): string {
  const rows = spec.rows.map((r) => dimensionLabel(r, spec.grain)).join(' › ') || 'everything';
  const cols = spec.columns.length ? ` by ${spec.columns.map((c) => dimensionLabel(c, spec.grain)).join(' × ')}` : '';
  return `${measureLabel(spec.measures[0] ?? 'cost', spec.basis)} of ${rows}${cols}`;
}
