// SPEC.md "Storage still paying", steps 2-3 and 5: EBS volumes nobody reads or writes, volumes
// without metrics in an account whose EBS metrics were exported, and the volumes of instances
// that stopped running before the window (one recommendation per instance).
import type { Db } from '../../store/db.ts';
import { Action, MIN_CONFIDENT_DAYS, Risk, STOPPED_LINK_HOURS, StorageFinding, UNUSED_VOLUME_OPS_PER_DAY } from './constants.ts';
import { readBilledVolumes, readEndedInstances, readVolumeIo, type BilledStorage, type EndedInstance, type VolumeIo } from './read-storage.ts';
import type { Window } from './read-metrics.ts';
import type { Recommendation } from './result.ts';
import type { RightsizeSpec } from './spec.ts';
import { storageRecommendation } from './storage-recommendation.ts';
import { plural, sample, were } from './words.ts';

const MS_PER_HOUR = 3_600_000;

export interface StorageAssessment {
  recommendations: Recommendation[];
  warnings: string[];
  /**
   * Instances whose instance-hours all ended before the bill window: stopped or terminated, not
   * running in the lookback, so the instance assessment skips them (the stopped ones with billed
   * volumes are recommended `stop-storage` here).
   */
  endedInstanceIds: Set<string>;
  /** For rightsizeDetail: the ended instances, each volume counted as a stopped instance's storage, and the volumes of accounts without EBS metrics. */
  ended: EndedInstance[];
  stoppedVolumes: Map<string, EndedInstance>;
  unmeasured: string[];
}

/** The one instance of the volume's account (and zone) whose last billed hour ends when the volume's I/O did. */
function stoppedOwner(vol: BilledStorage, io: VolumeIo | undefined, ended: readonly EndedInstance[]): EndedInstance | null {
  const lastIo = io?.lastIo;
  if (!lastIo) return null;
  const matches = ended.filter((i) => i.accountId === vol.accountId && (!i.zone || !vol.zone || i.zone === vol.zone) && Math.abs(i.lastRunning.getTime() - lastIo.getTime()) <= STOPPED_LINK_HOURS * MS_PER_HOUR);
  return matches.length === 1 ? matches[0]! : null;
}

/**
 * `accountId`: that account's volumes and stopped instances only (rightsizeDetail): a volume's
 * finding depends on nothing outside its account, so they come out as in the whole run.
 */
export async function assessVolumes(db: Db, spec: RightsizeSpec, window: Window, bill: Window, accountId?: string): Promise<StorageAssessment> {
  const only = accountId === undefined ? undefined : { accountId };
  const volumes = await readBilledVolumes(db, spec, bill, only);
  const [io, ended] = [await readVolumeIo(db, window, only && { accountId: only.accountId, volumeIds: [...volumes.keys()] }), await readEndedInstances(db, spec, bill, only)];
  // An account whose EBS metrics were exported: a volume of it without any is most likely unattached.
  const measured = new Set<string>();
  for (const [id, v] of io) {
    const account = v.accountId ?? volumes.get(id)?.accountId;
    if (v.days > 0 && account) measured.add(account);
  }

  const recommendations: Recommendation[] = [];
  const unmeasured: string[] = [];
  const stopped = new Map<string, { instance: EndedInstance; volumes: BilledStorage[]; days: number }>();
  const stoppedVolumes = new Map<string, EndedInstance>();
  for (const vol of volumes.values()) {
    const v = io.get(vol.id);
    let finding: StorageFinding;
    if (v && v.days > 0) {
      if (v.ops / v.days >= UNUSED_VOLUME_OPS_PER_DAY) continue;
      finding = StorageFinding.noIo;
    } else if (measured.has(vol.accountId)) {
      finding = StorageFinding.noMetrics;
    } else {
      unmeasured.push(vol.id);
      continue;
    }
    const owner = stoppedOwner(vol, v, ended);
    if (owner) {
      const s = stopped.get(owner.resourceId) ?? { instance: owner, volumes: [], days: 0 };
      s.volumes.push(vol);
      s.days = Math.max(s.days, v?.days ?? 0);
      stopped.set(owner.resourceId, s);
      stoppedVolumes.set(vol.id, owner);
      continue;
    }
    const days = v?.days ?? 0;
    recommendations.push(storageRecommendation({
      resourceId: vol.id, where: vol, currentType: vol.volumeType, action: Action.deleteVolume, cost: vol, days,
      storage: { finding, sizeGB: vol.sizeGB, ioOpsPerDay: v && v.days > 0 ? v.ops / v.days : null },
      risk: finding === StorageFinding.noMetrics || days < MIN_CONFIDENT_DAYS ? Risk.high : Risk.low,
    }));
  }
  for (const { instance, volumes: vols, days } of stopped.values()) {
    const sum = (f: (b: BilledStorage) => number) => vols.reduce((s, b) => s + f(b), 0);
    const sizes = vols.map((b) => b.sizeGB);
    recommendations.push(storageRecommendation({
      resourceId: instance.resourceId, where: vols[0]!, currentType: instance.type, action: Action.stopStorage,
      // The volumes are billed side by side: their costs add up over the same hours.
      cost: { effectiveCost: sum((b) => b.effectiveCost), listCost: sum((b) => b.listCost), hours: Math.max(...vols.map((b) => b.hours)) },
      days,
      storage: {
        finding: StorageFinding.instanceStopped, sizeGB: sizes.every((x) => x !== null) ? sum((b) => b.sizeGB ?? 0) : null, ioOpsPerDay: null,
        volumeIds: vols.map((b) => b.id).sort(), lastRunning: instance.lastRunning.toISOString(),
      },
      risk: Risk.medium,
    }));
  }

  const warnings: string[] = [];
  if (unmeasured.length) warnings.push(`${plural(unmeasured.length, 'EBS volume')} billed in the lookback ${unmeasured.length === 1 ? 'is' : 'are'} in accounts without EBS volume metrics and ${were(unmeasured.length)} not assessed (${sample(unmeasured.sort())}): ingest their VolumeReadOps and VolumeWriteOps to find unused volumes.`);
  if (!spec.accounts?.length && !spec.tag && accountId === undefined) {
    const unbilled = [...io.entries()].filter(([id, v]) => v.days > 0 && !volumes.has(id)).map(([id]) => id);
    if (unbilled.length) warnings.push(`${plural(unbilled.length, 'volume')} with EBS metrics had no storage lines in the bill's lookback (${sample(unbilled.sort())}): ${unbilled.length === 1 ? 'its cost is unknown, so it was' : 'their cost is unknown, so they were'} not assessed.`);
  }
  return { recommendations, warnings, endedInstanceIds: new Set(ended.map((i) => i.resourceId)), ended, stoppedVolumes, unmeasured };
}
