// What the coverage bars and the breakdown table draw, read straight from the audit result: one
// row per required key and one for all keys, each with both denominators (all cost, taggable
// cost) and whether it reaches the target. The engine computed every figure; nothing is summed here.
import type { CoverageFigures, CoverageGroup, TagAuditResult } from '../../../core/api/tags-contract.ts';

/** The two denominators of a share, as the view names them. */
export const DENOMINATORS = [
  { id: 'all', label: 'of all cost', help: 'every line of the period' },
  { id: 'taggable', label: 'of taggable cost', help: 'lines that name a resource (commitment fees excluded): the part an owner can tag' },
] as const;
export type Denominator = (typeof DENOMINATORS)[number]['id'];

export const ALL_KEYS = 'All keys';

export interface ShareFigure {
  share: number | null;
  tagged: number;
  total: number;
  meetsTarget: boolean;
}

export interface CoverageRow {
  /** The key, or ALL_KEYS. */
  label: string;
  allKeys: boolean;
  all: ShareFigure;
  taggable: ShareFigure;
}

function figure(share: number | null, tagged: number, total: number, target: number): ShareFigure {
  return { share, tagged, total, meetsTarget: share !== null && share >= target };
}

function row(label: string, allKeys: boolean, f: CoverageFigures, totalCost: number, taggableCost: number, target: number): CoverageRow {
  return { label, allKeys, all: figure(f.share, f.taggedCost, totalCost, target), taggable: figure(f.taggableShare, f.taggableTaggedCost, taggableCost, target) };
}

/** All keys first (the figure a practice reports), then each required key in policy order. */
export function coverageRows(r: TagAuditResult): CoverageRow[] {
  return [row(ALL_KEYS, true, r.allKeys, r.totalCost, r.taggableCost, r.target), ...r.coverage.map((k) => row(k.key, false, k, k.totalCost, k.taggableCost, r.target))];
}

export type Breakdown = 'account' | 'service';
export const BREAKDOWNS: { id: Breakdown; label: string }[] = [
  { id: 'account', label: 'By account' },
  { id: 'service', label: 'By service' },
];

export interface BreakdownRow {
  id: string;
  name: string;
  /** Shown under the name: the account id beside its name. */
  detail: string | null;
  totalCost: number;
  taggableCost: number;
  allKeys: number | null;
  keys: (number | null)[];
}

const NONE = '(none)';

/** Rows of the breakdown over one denominator, in the engine's order (largest cost first). */
export function breakdownRows(r: TagAuditResult, by: Breakdown, over: Denominator): BreakdownRow[] {
  const groups: CoverageGroup[] = by === 'account' ? r.byAccount : r.byService;
  const pick = (f: CoverageFigures) => (over === 'all' ? f.share : f.taggableShare);
  return groups.map((g) => ({
    id: g.value ?? '',
    name: (by === 'account' ? g.label || g.value : g.value) ?? NONE,
    detail: by === 'account' && g.label && g.value ? g.value : null,
    totalCost: g.totalCost,
    taggableCost: g.taggableCost,
    allKeys: pick(g.allKeys),
    keys: r.requiredKeys.map((k) => {
      const c = g.keys.find((x) => x.key === k);
      return c ? pick(c) : null;
    }),
  }));
}
