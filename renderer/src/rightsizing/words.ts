// The Rightsizing view's words: actions, risks, where a price came from, the settings on offer.
// Actions the view does not know yet (another kind of resource) still print, as the engine names them.
import type { Recommendation, RightsizeSpec } from '../../../core/api/rightsizing-contract.ts';

export const LOOKBACK_CHOICES = [14, 32, 93] as const;
export const PERCENTILE_CHOICES: readonly { value: RightsizeSpec['percentile']; label: string }[] = [
  { value: 'p90', label: 'p90' },
  { value: 'p95', label: 'p95' },
  { value: 'p99', label: 'p99' },
  { value: 'p99.5', label: 'p99.5' },
  { value: 'max', label: 'Peak (max)' },
];
export const HEADROOM_RANGE = { min: 0, max: 30 } as const;

const ACTION_LABEL: Record<string, string> = {
  downsize: 'Downsize',
  terminate: 'Terminate (idle)',
  modernize: 'Modernize',
  'delete-volume': 'Delete volume',
  'delete-snapshot': 'Delete snapshot',
  'stop-storage': 'Stopped: storage',
};
export const actionLabel = (action: string): string => ACTION_LABEL[action] ?? action.replaceAll('-', ' ');

export const RISK_LABEL: Record<Recommendation['risk'], string> = { low: 'Low', medium: 'Medium', high: 'High' };
export const RISK_HELP: Record<Recommendation['risk'], string> = {
  low: '14 days or more of data, memory measured, and the peak fits the new size',
  medium: 'the peak would not fit the new size, the family is burstable, or a newer generation to test',
  high: 'under 14 days of data, no memory metric, or a change of architecture (Graviton)',
};

/** What the row changes to, in words: the new type, or what happens to the resource. */
export function changeText(r: Recommendation): string {
  if (r.recommendedType) return `${r.currentType ?? '—'} → ${r.recommendedType}`;
  return r.currentType ?? '—';
}

/** The price source in plain words, with the commitment it frees. */
export function priceText(r: Recommendation, money: (v: number) => string): string {
  const source = r.price.source === 'bill' ? 'Your rate in the bill' : 'Public on-demand rate';
  if (!r.price.coveredBy) return source;
  const by = r.price.coveredBy === 'SavingsPlan' ? 'Savings Plan' : 'Reserved Instance';
  const frees = r.price.freedCommitmentPerHour ? `; frees ${money(r.price.freedCommitmentPerHour)}/h of commitment` : '';
  return `${source}, covered by a ${by}${frees}`;
}

export const percentileLabel = (p: RightsizeSpec['percentile']): string => (p === 'max' ? 'peak' : p);

export const pct = (v: number | null | undefined): string => (v === null || v === undefined ? '—' : `${v.toFixed(1)}%`);

/** What a volume, snapshot or stopped instance's storage evidence says (no CPU for those), or null. */
export function storageText(r: Recommendation): string | null {
  // read structurally: the storage evidence is optional and lands with the non-instance actions
  const s = (r.evidence as { storage?: { sizeGB?: number | null; ioOpsPerDay?: number | null; ageDays?: number; lastRunning?: string; volumeIds?: string[] } } | undefined)?.storage;
  if (!s) return null;
  const parts: string[] = [];
  if (s.sizeGB !== null && s.sizeGB !== undefined) parts.push(`${Math.round(s.sizeGB).toLocaleString('en-US')} GB`);
  if (s.volumeIds?.length) parts.push(s.volumeIds.length === 1 ? '1 volume' : `${s.volumeIds.length} volumes`);
  if (s.ioOpsPerDay === 0) parts.push('no I/O');
  else if (s.ioOpsPerDay !== null && s.ioOpsPerDay !== undefined) parts.push(`${Math.round(s.ioOpsPerDay).toLocaleString('en-US')} I/O ops a day`);
  if (s.ageDays !== undefined) parts.push(`${s.ageDays} days old`);
  if (s.lastRunning) parts.push(`stopped since ${s.lastRunning.slice(0, 10)}`);
  return parts.join(' · ') || null;
}

/** Why a storage recommendation was made (evidence.storage.finding), in words. */
export const FINDING_TEXT: Record<string, string> = {
  'no-io': 'The volume has EBS metrics, so it is attached, but nothing read from it or wrote to it in the lookback.',
  'no-metrics': 'The volume sent no EBS metrics in the lookback while other volumes of its account did: EBS sends them only while a volume is attached, so it is most likely unattached. Snapshot it before deleting it.',
  'instance-stopped': 'The instance stopped before the lookback, and the volumes whose last reads and writes ended when it stopped are still billed. Terminating it deletes them: snapshot them first.',
  'old-snapshot': 'The snapshot has been billed for at least 90 days. It may be someone’s only backup: archiving keeps it at about a quarter of the price.',
};

/** What a storage action's risk level rests on. */
export const STORAGE_RISK_HELP: Record<string, string> = {
  'delete-volume': 'low when 14 days of EBS metrics show no reads or writes; high with fewer days, or without metrics for the volume',
  'stop-storage': 'terminating loses the instance and its volumes',
  'delete-snapshot': 'it may be the only backup of something',
};
