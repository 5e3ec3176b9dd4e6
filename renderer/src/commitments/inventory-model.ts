// The inventory as a table: its columns (what each sorts by), the sort itself (missing values
// last whichever way), which expiry window a commitment falls in (the engine's own lists), and
// the CSV of what is on screen. Pure functions, so they are tested without a browser.
import type { CommitmentStatus, CommitmentsStatusResult } from '../../../core/api/commitments-contract.ts';
import { EXPIRY_WINDOWS, PAYMENT_LABEL, TERM_LABEL, TYPE_LABEL } from './words.ts';

export const INVENTORY_COLUMNS = ['id', 'type', 'term', 'payment', 'start', 'end', 'commitment', 'scope', 'utilization', 'netSavings'] as const;
export type InventoryColumn = (typeof INVENTORY_COLUMNS)[number];
export interface InventorySort {
  column: InventoryColumn;
  descending: boolean;
}
export const DEFAULT_SORT: InventorySort = { column: 'end', descending: false };

export const COLUMN_LABEL: Record<InventoryColumn, string> = {
  id: 'Commitment',
  type: 'Type',
  term: 'Term',
  payment: 'Payment',
  start: 'Start',
  end: 'End',
  commitment: 'Per hour · units',
  scope: 'Scope',
  utilization: 'Utilization',
  netSavings: 'Net savings',
};

/** The part of an id that tells commitments apart (an ARN's last segment); the whole id stays in a tooltip and the CSV. */
export function shortId(id: string): string {
  const last = id.split(/[/:]/).filter(Boolean).at(-1);
  return last && last.length < id.length ? last : id;
}

/** Where the scope is: region, then family or instance type, then service; "any region" for a Compute Savings Plan. */
export function scopeText(c: CommitmentStatus): string {
  const s = c.scope;
  const parts = [s.region ?? 'any region'];
  if (s.instanceType) parts.push(s.sizeFlexible ? `${s.instanceFamily ?? s.instanceType} family (size-flexible)` : s.instanceType);
  else if (s.instanceFamily) parts.push(`${s.instanceFamily} family`);
  if (s.service) parts.push(s.service);
  return parts.join(' · ');
}

function sortValue(c: CommitmentStatus, column: InventoryColumn): string | number | null {
  switch (column) {
    case 'id':
      return c.id;
    case 'type':
      return TYPE_LABEL[c.type];
    case 'term':
      return c.term;
    case 'payment':
      return c.paymentOption;
    case 'start':
      return c.start;
    case 'end':
      return c.end;
    case 'commitment':
      return c.commitmentPerHour;
    case 'scope':
      return scopeText(c);
    case 'utilization':
      return c.utilization;
    case 'netSavings':
      return c.netSavings;
  }
}

export function sortCommitments(list: readonly CommitmentStatus[], sort: InventorySort): CommitmentStatus[] {
  const dir = sort.descending ? -1 : 1;
  return [...list].sort((a, b) => {
    const x = sortValue(a, sort.column);
    const y = sortValue(b, sort.column);
    if (x === y) return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
    if (x === null) return 1;
    if (y === null) return -1;
    return (x < y ? -1 : 1) * dir;
  });
}

/** A click on a column: the same column turns the order round, another sorts by it ascending. */
export function nextSort(sort: InventorySort, column: InventoryColumn): InventorySort {
  return sort.column === column ? { column, descending: !sort.descending } : { column, descending: false };
}

export type ExpiryBand = 30 | 60 | 90 | 'ended' | null;

/** The nearest expiry window the engine lists the commitment in, 'ended' when its end is past. */
export function expiryBand(c: CommitmentStatus, expiring: CommitmentsStatusResult['expiring']): ExpiryBand {
  if (c.daysToExpiry !== null && c.daysToExpiry < 0) return 'ended';
  for (const days of EXPIRY_WINDOWS) {
    if (expiring.some((e) => e.withinDays === days && e.ids.includes(c.id))) return days;
  }
  return null;
}

const FORMULA_START = /^[=+\-@\t\r]/;
/** One CSV field (RFC 4180); text that a spreadsheet would run as a formula gets a leading apostrophe. */
function csvText(text: string): string {
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replaceAll('"', '""')}"` : safe;
}
const csvCell = (v: string | number | boolean | null): string => (v === null ? '' : typeof v === 'string' ? csvText(v) : String(v));

const CSV_HEADER = ['id', 'type', 'term', 'payment_option', 'start', 'end', 'commitment_per_hour', 'units', 'region', 'instance_family', 'instance_type', 'size_flexible', 'service', 'committed', 'used', 'unused', 'utilization', 'on_demand_equivalent', 'net_savings', 'days_to_expiry'];

/** The inventory in the order shown, with the engine's unrounded figures (fractions 0-1). */
export function inventoryCsv(list: readonly CommitmentStatus[]): string {
  const rows = list.map((c) =>
    [c.id, c.type, c.term, c.paymentOption, c.start, c.end, c.commitmentPerHour, c.units, c.scope.region, c.scope.instanceFamily, c.scope.instanceType, c.scope.sizeFlexible, c.scope.service, c.committed, c.used, c.unused, c.utilization, c.onDemandEquivalent, c.netSavings, c.daysToExpiry]
      .map(csvCell)
      .join(','),
  );
  return [CSV_HEADER.join(','), ...rows].join('\r\n') + '\r\n';
}

export function termText(c: CommitmentStatus): string {
  return c.term ? TERM_LABEL[c.term] : '—';
}
export function paymentText(c: CommitmentStatus): string {
  return c.paymentOption ? PAYMENT_LABEL[c.paymentOption] : '—';
}

/** Utilization per month over every commitment held: Σ used ÷ Σ committed of the month (null when nothing was committed). */
export function utilizationByPeriod(list: readonly CommitmentStatus[]): { period: string; utilization: number | null }[] {
  const sums = new Map<string, { used: number; committed: number }>();
  for (const c of list) {
    for (const p of c.periods) {
      const s = sums.get(p.period) ?? { used: 0, committed: 0 };
      s.used += p.used;
      s.committed += p.committed;
      sums.set(p.period, s);
    }
  }
  return [...sums.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([period, s]) => ({ period, utilization: s.committed === 0 ? null : s.used / s.committed }));
}
