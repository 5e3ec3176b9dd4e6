// Editing a PivotSpec from the UI: each gesture (drop a field, remove a chip, pick a measure)
// is a pure function spec -> spec that keeps the spec valid for the engine: a dimension sits
// in rows or columns once, top-N only names dimensions that are there, change measures only
// with one time bucket. The spec stays the plain JSON the engine, saved views and tests share.
import type { PivotFilter, PivotSpec } from '../../../core/api/pivot-contract.ts';
import { isTimeBucket, type Basis, type Grain, isUnitCost, UNIT_COST_PREFIX } from './labels.ts';
import { lastMonths, type DataRange } from './period.ts';

export type Zone = 'rows' | 'columns';
export const LIMITS = { rows: 6, columns: 3 } as const;
/** A dimension dropped into columns keeps its 10 biggest keys, the rest as Other: columns do not scroll forever. */
export const DEFAULT_COLUMN_TOP_N = 10;

export function defaultSpec(range: DataRange | null): PivotSpec {
  return {
    kind: 'pivot',
    version: 1,
    rows: ['ServiceName'],
    columns: ['period'],
    measures: ['cost'],
    basis: 'Effective',
    grain: 'month',
    period: lastMonths(range, 3),
    filters: [],
    topN: [],
    sort: { by: 'value', direction: 'desc' },
    subtotals: true,
    grandTotals: true,
  };
}

/** A spec as sent for the whole result (no level-by-level fields). */
export function wholeSpec(spec: PivotSpec): PivotSpec {
  const { depth: _d, parent: _p, ...rest } = spec;
  return rest;
}

function timeCount(spec: Pick<PivotSpec, 'rows' | 'columns'>): number {
  return [...spec.rows, ...spec.columns].filter(isTimeBucket).length;
}

/** change and changePct step back one time bucket: they need exactly one in rows or columns. */
export function changeAllowed(spec: Pick<PivotSpec, 'rows' | 'columns'>): boolean {
  return timeCount(spec) === 1;
}

function tidy(spec: PivotSpec): PivotSpec {
  const placed = new Set([...spec.rows, ...spec.columns]);
  const measures = changeAllowed(spec) ? spec.measures : spec.measures.filter((m) => m !== 'change' && m !== 'changePct');
  return { ...spec, topN: spec.topN.filter((t) => placed.has(t.dimension)), measures: measures.length ? measures : ['cost'] };
}

/** Puts a dimension into a zone at an index (moving it if it is elsewhere). Returns null when the zone is full. */
export function placeDimension(spec: PivotSpec, ref: string, zone: Zone, index?: number): PivotSpec | null {
  const rows = spec.rows.filter((r) => r !== ref);
  const columns = spec.columns.filter((c) => c !== ref);
  const target = zone === 'rows' ? rows : columns;
  if (target.length >= LIMITS[zone]) return null;
  const at = index === undefined ? target.length : Math.max(0, Math.min(index, target.length));
  target.splice(at, 0, ref);
  let topN = spec.topN;
  const movedToColumns = zone === 'columns' && !spec.columns.includes(ref);
  if (movedToColumns && !isTimeBucket(ref) && !topN.some((t) => t.dimension === ref)) topN = [...topN, { dimension: ref, n: DEFAULT_COLUMN_TOP_N }];
  return tidy({ ...spec, rows, columns, topN });
}

export function removeDimension(spec: PivotSpec, ref: string): PivotSpec {
  return tidy({ ...spec, rows: spec.rows.filter((r) => r !== ref), columns: spec.columns.filter((c) => c !== ref) });
}

/** Moves a dimension one place earlier (-1) or later (+1) within its zone. */
export function shiftDimension(spec: PivotSpec, ref: string, by: -1 | 1): PivotSpec {
  const zone: Zone = spec.rows.includes(ref) ? 'rows' : 'columns';
  const list = spec[zone];
  const i = list.indexOf(ref);
  const j = i + by;
  if (i < 0 || j < 0 || j >= list.length) return spec;
  const next = [...list];
  [next[i], next[j]] = [next[j]!, next[i]!];
  return { ...spec, [zone]: next };
}

export function zoneOf(spec: PivotSpec, ref: string): Zone | null {
  if (spec.rows.includes(ref)) return 'rows';
  if (spec.columns.includes(ref)) return 'columns';
  return null;
}

export function topNOf(spec: PivotSpec, ref: string): number | null {
  return spec.topN.find((t) => t.dimension === ref)?.n ?? null;
}

/** Sets (n) or clears (null) the top-N of one dimension. */
export function setTopN(spec: PivotSpec, ref: string, n: number | null): PivotSpec {
  const rest = spec.topN.filter((t) => t.dimension !== ref);
  return { ...spec, topN: n === null || isTimeBucket(ref) ? rest : [...rest, { dimension: ref, n }] };
}

/** Sets or clears a filter; a filter with no values is removed (the engine needs at least one). */
export function setFilter(spec: PivotSpec, filter: PivotFilter): PivotSpec {
  const at = spec.filters.findIndex((f) => f.dimension === filter.dimension);
  const filters = [...spec.filters];
  if (filter.values.length === 0) {
    if (at >= 0) filters.splice(at, 1);
  } else if (at >= 0) filters[at] = filter;
  else filters.push(filter);
  return { ...spec, filters };
}

export function removeFilter(spec: PivotSpec, ref: string): PivotSpec {
  return { ...spec, filters: spec.filters.filter((f) => f.dimension !== ref) };
}

/** Turns a measure on or off, keeping the order of MEASURE_CHOICES and at least one measure. */
export function toggleMeasure(spec: PivotSpec, measure: string, order: readonly string[]): PivotSpec {
  const on = spec.measures.includes(measure);
  const next = on ? spec.measures.filter((m) => m !== measure) : [...spec.measures, measure];
  if (next.length === 0) return spec;
  const rank = (m: string) => (order.includes(m) ? order.indexOf(m) : order.length);
  return tidy({ ...spec, measures: [...next].sort((a, b) => rank(a) - rank(b)) });
}

export function setBasis(spec: PivotSpec, basis: Basis): PivotSpec {
  return { ...spec, basis };
}

export function setGrain(spec: PivotSpec, grain: Grain): PivotSpec {
  return { ...spec, grain };
}

/** Specs compare by their JSON with keys in a fixed order (a reopened view equals what was saved). */
export function sameSpec(a: PivotSpec, b: PivotSpec): boolean {
  return canonical(wholeSpec(a)) === canonical(wholeSpec(b));
}

function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object') {
    return `{${Object.keys(v)
      .filter((k) => (v as Record<string, unknown>)[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v);
}

/**
 * The unit cost measure of a metric (`unitCost:<metric>`), first so the chart draws it, replacing
 * any other unit cost; null takes it away (cost comes back when nothing else is left).
 */
export function setUnitCost(spec: PivotSpec, metric: string | null): PivotSpec {
  const others = spec.measures.filter((m) => !isUnitCost(m));
  return tidy({ ...spec, measures: metric === null ? others : [`${UNIT_COST_PREFIX}${metric}`, ...others] });
}
