// A rightsizing result as a ticket list: one row per recommendation with what a resource's owner
// needs to act (what changes, what it saves, the evidence and the risk), in the engine's order
// (largest monthly saving first). Any action prints, and a resource that is not an instance
// (a volume, a snapshot) has no recommended type and no CPU evidence: its cells stay empty, and
// its storage evidence (size, I/O, age), read structurally while that optional field lands, is said.
import { Action } from '../../engines/rightsizing/constants.ts';
import type { Recommendation } from '../../engines/rightsizing/result.ts';
import type { RightsizeSpec } from '../../engines/rightsizing/spec.ts';

export const TICKET_COLUMNS = [
  'Resource', 'Account', 'Account name', 'Owner', 'Region', 'Current type', 'Recommended type', 'Action',
  'Monthly cost (USD)', 'Monthly savings (USD)', 'Priced at', 'Covered by', 'Freed commitment (USD/h)',
  'Evidence', 'Days of data', 'Risk', 'Needs testing',
] as const;
export type TicketColumn = (typeof TICKET_COLUMNS)[number];
export const MONEY_COLUMNS: readonly TicketColumn[] = ['Monthly cost (USD)', 'Monthly savings (USD)'];
export const SAVINGS_COLUMN: TicketColumn = 'Monthly savings (USD)';

/** Actions on an instance, sized from its CPU: without CPU data their evidence says so. */
const SIZED_FROM_CPU: readonly string[] = [Action.downsize, Action.terminate, Action.modernize];

/** How the statistic reads in words: `p95`, or `peak` for the maximum. */
export const percentileWord = (p: RightsizeSpec['percentile']): string => (p === 'max' ? 'peak' : p);

const pct = (x: number): string => `${x.toFixed(1)}%`;
const bytesPerDay = (b: number): string => (b >= 1e9 ? `${(b / 1e9).toFixed(1)} GB` : b >= 1e6 ? `${(b / 1e6).toFixed(1)} MB` : `${Math.round(b / 1e3)} kB`) + ' a day';

/** The evidence in one line a ticket's reader follows without the app. */
export function evidenceText(r: Recommendation, percentile: RightsizeSpec['percentile']): string {
  const e = r.evidence;
  const parts: string[] = [];
  if (e?.cpu !== null && e?.cpu !== undefined) parts.push(`CPU ${percentileWord(percentile)} ${pct(e.cpu)}${e.cpuMax !== null && percentile !== 'max' ? ` (peak ${pct(e.cpuMax)})` : ''}`);
  else if (SIZED_FROM_CPU.includes(r.action)) parts.push('no CPU metrics');
  if (e?.memory !== null && e?.memory !== undefined) parts.push(`memory ${percentileWord(percentile)} ${pct(e.memory)}`);
  if (e?.networkBytesPerDay !== null && e?.networkBytesPerDay !== undefined) parts.push(`network ${bytesPerDay(e.networkBytesPerDay)}`);
  const storage = (e as { storage?: { sizeGB?: number | null; ioOpsPerDay?: number | null; ageDays?: number; lastRunning?: string } } | undefined)?.storage;
  if (storage?.sizeGB !== null && storage?.sizeGB !== undefined) parts.push(`${Math.round(storage.sizeGB)} GB`);
  if (storage?.ioOpsPerDay === 0) parts.push('no I/O');
  else if (storage?.ioOpsPerDay !== null && storage?.ioOpsPerDay !== undefined) parts.push(`${Math.round(storage.ioOpsPerDay)} I/O ops a day`);
  if (storage?.ageDays !== undefined) parts.push(`${storage.ageDays} days old`);
  if (storage?.lastRunning) parts.push(`stopped since ${storage.lastRunning.slice(0, 10)}`);
  if (e?.vcpu?.current && e.vcpu.target !== null) parts.push(`${e.vcpu.current} → ${e.vcpu.target} vCPU`);
  if (e?.memoryGiB?.current && e.memoryGiB.target !== null) parts.push(`${e.memoryGiB.current} → ${e.memoryGiB.target} GiB`);
  return parts.join('; ');
}

/** Where the price came from, in words. */
export function pricedAtText(r: Recommendation): string {
  return r.price.source === 'bill' ? 'your effective rate in the bill' : 'public on-demand rate';
}

export function ticketCells(r: Recommendation, percentile: RightsizeSpec['percentile']): (string | number | null)[] {
  return [
    r.resourceId,
    r.accountId,
    r.accountName ?? '',
    r.owner ?? '',
    r.region ?? '',
    r.currentType ?? '',
    r.recommendedType ?? '',
    r.action,
    r.monthlyCost,
    r.monthlySavings,
    pricedAtText(r),
    r.price.coveredBy ?? '',
    r.price.freedCommitmentPerHour ?? null,
    evidenceText(r, percentile),
    r.evidence?.days ?? null,
    r.risk,
    r.needsTesting ? 'yes' : 'no',
  ];
}
