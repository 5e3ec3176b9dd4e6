// SPEC.md step 1, the rest: the leaves' daily costs added into every watched series (the total,
// each value of each dimension, the owner tag, the (account, service) pairs, every cost category),
// dense over the workspace's days (a day without cost is 0, so a new service has a history of
// zeros), as one typed array: row s holds series s's days. Series are ordered by dimension, then
// value, in code-point order (as DuckDB orders text), so anomalies come out in a stable order.
import { COST_CATEGORY_PREFIX, TAG_PREFIX } from '../pivot/constants.ts';
import { PAIR_DIMENSION, TOTAL_DIMENSION } from './constants.ts';
import type { DailyLeaves, Leaf } from './daily-leaves.ts';
import type { AnomalySpec } from './spec.ts';

/** One series, by its dimension name (pivot's) and value; the total is (TOTAL_DIMENSION, ''). */
export interface SeriesKey {
  dimension: string;
  value: string;
}

export interface SeriesTable {
  keys: SeriesKey[];
  /** First day of the span (days since 1970-01-01) and its length. */
  first: number;
  days: number;
  /** keys.length × days: cost[s * days + i] is series s's cost on day first + i. */
  cost: Float64Array;
}

/** The (account, service) pair's series value: the leaf cause's first two columns, as JSON. */
export function pairValue(account: string | null, service: string | null): string {
  return JSON.stringify([account, service]);
}

function leafSeries(spec: AnomalySpec, leaf: Leaf): SeriesKey[] {
  const keys: SeriesKey[] = [{ dimension: TOTAL_DIMENSION, value: '' }];
  for (const d of new Set(spec.dimensions)) {
    const v = leaf.values[d];
    if (v !== null && v !== undefined) keys.push({ dimension: d, value: v });
  }
  if (spec.ownerTag !== null && leaf.owner !== null) keys.push({ dimension: TAG_PREFIX + spec.ownerTag, value: leaf.owner });
  keys.push({ dimension: PAIR_DIMENSION, value: pairValue(leaf.values.SubAccountName ?? null, leaf.values.ServiceName ?? null) });
  if (spec.costCategories && leaf.costCategories) {
    for (const [name, v] of Object.entries(leaf.costCategories)) if (v !== null) keys.push({ dimension: COST_CATEGORY_PREFIX + name, value: v });
  }
  return keys;
}

/** Code-point order, as DuckDB compares text (UTF-16 units differ from it only past the surrogates). */
function byCodePoint(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    // a surrogate is half of a code point above every other unit's
    const sx = x >= 0xd800 && x <= 0xdfff;
    const sy = y >= 0xd800 && y <= 0xdfff;
    return sx === sy ? x - y : sx ? 1 : -1;
  }
  return a.length - b.length;
}

const keyText = (k: SeriesKey) => `${k.dimension}\u0000${k.value}`;

export function buildSeries(spec: AnomalySpec, daily: DailyLeaves): SeriesTable {
  const byText = new Map<string, SeriesKey>();
  const perLeaf = daily.leaves.map((leaf) => {
    const texts = leafSeries(spec, leaf).map((k) => {
      const t = keyText(k);
      if (!byText.has(t)) byText.set(t, k);
      return t;
    });
    return [...new Set(texts)];
  });
  const keys = [...byText.values()].sort((a, b) => byCodePoint(a.dimension, b.dimension) || byCodePoint(a.value, b.value));
  const indexOf = new Map(keys.map((k, i) => [keyText(k), i]));
  // each leaf's series as a flat list: leafStart[l] .. leafStart[l + 1] in leafSeriesIndex
  const leafStart = new Int32Array(perLeaf.length + 1);
  perLeaf.forEach((texts, l) => (leafStart[l + 1] = leafStart[l]! + texts.length));
  const leafSeriesIndex = new Int32Array(leafStart[perLeaf.length]!);
  perLeaf.forEach((texts, l) => texts.forEach((t, j) => (leafSeriesIndex[leafStart[l]! + j] = indexOf.get(t)!)));
  const days = daily.days;
  const cost = new Float64Array(keys.length * days);
  // leaf by leaf (a counting sort of the lines first): each leaf adds into its few series' rows
  // day after day, where adding in the database's order jumps around the whole table
  const nLeaves = daily.leaves.length;
  const at = new Int32Array(nLeaves + 1);
  for (let r = 0; r < daily.leaf.length; r++) {
    const l = daily.leaf[r]! + 1;
    at[l] = at[l]! + 1;
  }
  for (let l = 0; l < nLeaves; l++) at[l + 1] = at[l + 1]! + at[l]!;
  const rowDay = new Int32Array(daily.leaf.length);
  const rowCost = new Float64Array(daily.leaf.length);
  const next = at.slice(0, nLeaves);
  for (let r = 0; r < daily.leaf.length; r++) {
    const l = daily.leaf[r]!;
    const p = next[l]!;
    next[l] = p + 1;
    rowDay[p] = daily.day[r]! - daily.first;
    rowCost[p] = daily.cost[r]!;
  }
  for (let l = 0; l < nLeaves; l++) {
    for (let j = leafStart[l]!; j < leafStart[l + 1]!; j++) {
      const row = leafSeriesIndex[j]! * days;
      for (let p = at[l]!; p < at[l + 1]!; p++) cost[row + rowDay[p]!] = cost[row + rowDay[p]!]! + rowCost[p]!;
    }
  }
  return { keys, first: daily.first, days, cost };
}
