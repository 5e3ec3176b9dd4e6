// The rules as the editor holds them: lists typed as text (accounts, values, owners), fixed
// percentages as typed, each pool with a stable id for React. toRules turns a draft into the
// engine's ChargebackRules and names every problem beside the field it belongs to; only a draft
// without problems is previewed or saved. fromRules goes the other way (a saved version, a file).
import type { ChargebackRules, CostBasis, CreditTreatment, OwnerSource, Pool, PoolMatch, SplitMethod } from './types.ts';
import { POOL_KINDS, type PoolKind } from './words.ts';

export interface DraftShare {
  owner: string;
  /** As typed: '33.5'. */
  percent: string;
}

export interface DraftPool {
  id: number;
  name: string;
  kind: PoolKind;
  /** accounts: SubAccountIds, separated by commas or spaces. */
  accounts: string;
  /** filter: the dimension and its values (separated by commas). */
  dimension: string;
  values: string;
  method: SplitMethod;
  /** even / proportional: only among these owners (separated by commas); empty = every owner. */
  among: string;
  shares: DraftShare[];
}

export interface Draft {
  chain: OwnerSource[];
  basis: CostBasis;
  credits: CreditTreatment;
  pools: DraftPool[];
}

/** Where a problem is: `chain.N`, `pool.ID.name`, `pool.ID.match`, `pool.ID.shares`, `pool.ID.share.N`. */
export interface DraftIssue {
  field: string;
  message: string;
}

/** How a filter's missing value (null) is typed in the list of values. */
export const NO_VALUE = '(none)';
const PERCENT_SCALE = 1_000_000;
const HUNDRED = 100 * PERCENT_SCALE;

let nextId = 1;
export function newPoolId(): number {
  return nextId++;
}

export function blankPool(kind: PoolKind): DraftPool {
  const name = POOL_KINDS.find((k) => k.id === kind)?.name ?? 'Shared';
  return { id: newPoolId(), name, kind, accounts: '', dimension: '', values: '', method: 'proportional', among: '', shares: [] };
}

export function fromRules(rules: ChargebackRules): Draft {
  return {
    chain: rules.owner.chain.map((s) => ({ ...s })),
    basis: rules.basis,
    credits: rules.credits,
    pools: rules.pools.map((p) => ({
      ...blankPool(p.match.kind),
      name: p.name,
      accounts: p.match.kind === 'accounts' ? p.match.accounts.join(', ') : '',
      dimension: p.match.kind === 'filter' ? p.match.dimension : '',
      values: p.match.kind === 'filter' ? p.match.values.map((v) => v ?? NO_VALUE).join(', ') : '',
      method: p.split.method,
      among: (p.split.among ?? []).join(', '),
      shares: Object.entries(p.split.percentages ?? {}).map(([owner, pct]) => ({ owner, percent: String(pct) })),
    })),
  };
}

export function splitList(text: string, separators: RegExp = /,/): string[] {
  return text
    .split(separators)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** A typed percentage in millionths of a percent, or null when it is not a number from 0 to 100. */
export function parsePercent(text: string): number | null {
  const t = text.trim();
  if (!/^\d+(\.\d+)?$|^\.\d+$/.test(t)) return null;
  const n = Math.round(Number(t) * PERCENT_SCALE);
  return n <= HUNDRED ? n : null;
}

/** The sum of a fixed pool's typed percentages (null when one is not a number), as a percentage. */
export function percentSum(shares: readonly DraftShare[]): number | null {
  let sum = 0;
  for (const s of shares) {
    const p = parsePercent(s.percent);
    if (p === null) return null;
    sum += p;
  }
  return sum / PERCENT_SCALE;
}

function percentWords(n: number): string {
  return `${Number(n.toFixed(6))}%`;
}

function chainIssues(chain: readonly OwnerSource[]): DraftIssue[] {
  if (chain.length === 0) return [{ field: 'chain', message: 'Add at least one owner source: without one, every cent is unallocated.' }];
  return chain.flatMap((s, i): DraftIssue[] => {
    const field = `chain.${i}`;
    if (s.kind === 'tag' && !s.key.trim()) return [{ field, message: 'Choose the tag key that names the owner.' }];
    if (s.kind === 'costCategory' && !s.name.trim()) return [{ field, message: 'Choose the cost category that names the owner.' }];
    if (s.kind === 'dimension' && !s.dimension.trim()) return [{ field, message: 'Choose the dimension that names the owner.' }];
    return [];
  });
}

function poolIssues(p: DraftPool, names: Map<string, number>): DraftIssue[] {
  const at = (what: string) => `pool.${p.id}.${what}`;
  const issues: DraftIssue[] = [];
  const name = p.name.trim();
  if (!name) issues.push({ field: at('name'), message: 'Give the pool a name: statements show it beside the share each owner receives.' });
  else if ((names.get(name) ?? 0) > 1) issues.push({ field: at('name'), message: `Two pools are named “${name}”: give each its own name.` });
  if (p.kind === 'accounts' && splitList(p.accounts, /[,\s]+/).length === 0) issues.push({ field: at('match'), message: 'List the account ids whose lines this pool shares.' });
  if (p.kind === 'filter') {
    if (!p.dimension.trim()) issues.push({ field: at('match'), message: 'Choose the dimension this pool matches on.' });
    else if (splitList(p.values).length === 0) issues.push({ field: at('match'), message: `List the values of ${p.dimension} whose lines this pool shares.` });
  }
  if (p.method !== 'fixed') return issues;
  if (p.shares.length === 0) return [...issues, { field: at('shares'), message: `Add the owners of “${name || 'this pool'}” with their percentages.` }];
  const owners = new Map<string, number>();
  p.shares.forEach((s, i) => {
    const owner = s.owner.trim();
    if (!owner) issues.push({ field: at(`share.${i}`), message: 'Name the owner.' });
    else if (owners.has(owner)) issues.push({ field: at(`share.${i}`), message: `${owner} is listed twice.` });
    owners.set(owner, i);
    if (parsePercent(s.percent) === null) issues.push({ field: at(`share.${i}`), message: 'Enter a percentage from 0 to 100.' });
  });
  const sum = percentSum(p.shares);
  if (sum !== null && Math.round(sum * PERCENT_SCALE) !== HUNDRED) {
    const gap = 100 - sum;
    issues.push({
      field: at('shares'),
      message: `The percentages of “${name || 'this pool'}” add up to ${percentWords(sum)}; they must add up to 100% (${gap > 0 ? `${percentWords(gap)} missing` : `${percentWords(-gap)} too much`}).`,
    });
  }
  return issues;
}

function poolMatch(p: DraftPool): PoolMatch {
  switch (p.kind) {
    case 'accounts':
      return { kind: 'accounts', accounts: splitList(p.accounts, /[,\s]+/) };
    case 'filter':
      return { kind: 'filter', dimension: p.dimension.trim(), values: splitList(p.values).map((v) => (v === NO_VALUE ? null : v)) };
    default:
      return { kind: p.kind } as PoolMatch;
  }
}

function poolRule(p: DraftPool): Pool {
  const among = splitList(p.among);
  const split: Pool['split'] =
    p.method === 'fixed'
      ? { method: 'fixed', percentages: Object.fromEntries(p.shares.map((s) => [s.owner.trim(), (parsePercent(s.percent) ?? 0) / PERCENT_SCALE])) }
      : { method: p.method, ...(among.length ? { among } : {}) };
  return { name: p.name.trim(), match: poolMatch(p), split };
}

export function draftIssues(d: Draft): DraftIssue[] {
  const names = new Map<string, number>();
  for (const p of d.pools) names.set(p.name.trim(), (names.get(p.name.trim()) ?? 0) + 1);
  return [...chainIssues(d.chain), ...d.pools.flatMap((p) => poolIssues(p, names))];
}

/** The engine's rules for a draft, or the problems that stop it being one. */
export function toRules(d: Draft): { rules: ChargebackRules; issues: [] } | { rules: null; issues: DraftIssue[] } {
  const issues = draftIssues(d);
  if (issues.length) return { rules: null, issues };
  return {
    rules: { formatVersion: 1, owner: { chain: d.chain.map((s) => ({ ...s })) }, basis: d.basis, pools: d.pools.map(poolRule), credits: d.credits },
    issues: [],
  };
}

export function issuesAt(issues: readonly DraftIssue[], field: string): DraftIssue[] {
  return issues.filter((i) => i.field === field);
}
