// SPEC.md "Storage still paying", step 4: EBS snapshots the bill has shown for at least
// OLD_SNAPSHOT_DAYS. The bill is the only witness of a snapshot's age here, so a snapshot is
// "at least N days old" from its first line, never older than the bill.
import type { Db } from '../../store/db.ts';
import { Action, OLD_SNAPSHOT_DAYS, Risk, SNAPSHOT_TYPE, StorageFinding } from './constants.ts';
import { daysBetween, readBilledSnapshots, utc } from './read-storage.ts';
import type { Window } from './read-metrics.ts';
import type { Recommendation } from './result.ts';
import type { RightsizeSpec } from './spec.ts';
import { storageRecommendation } from './storage-recommendation.ts';
import { sql } from '../../sql/index.ts';
import { plural } from './words.ts';

/** `snapshotId`: that snapshot only (rightsizeDetail); `ages` gives each snapshot's days billed, old or not. */
export async function assessSnapshots(db: Db, spec: RightsizeSpec, bill: Window, snapshotId?: string): Promise<{ recommendations: Recommendation[]; warnings: string[]; ages: Map<string, number> }> {
  const snapshots = await readBilledSnapshots(db, spec, bill, snapshotId);
  const ages = new Map<string, number>();
  const recommendations: Recommendation[] = [];
  for (const s of snapshots) {
    if (!s.firstBilled) continue;
    const ageDays = daysBetween(s.firstBilled, bill.to);
    ages.set(s.id, ageDays);
    if (ageDays < OLD_SNAPSHOT_DAYS) continue;
    recommendations.push(storageRecommendation({
      resourceId: s.id, where: s, currentType: SNAPSHOT_TYPE, action: Action.deleteSnapshot, cost: s, days: Math.round((s.hours / 24) * 10) / 10,
      storage: { finding: StorageFinding.oldSnapshot, sizeGB: s.sizeGB, ioOpsPerDay: null, firstBilled: s.firstBilled.toISOString(), ageDays },
      risk: Risk.medium,
    }));
  }
  const warnings: string[] = [];
  if (snapshots.length) {
    const first = await db.value(sql`SELECT CAST(min(ChargePeriodStart) AS VARCHAR) FROM focus`);
    const span = typeof first === 'string' ? daysBetween(utc(first), bill.to) : 0;
    if (span < OLD_SNAPSHOT_DAYS) warnings.push(`The bill covers ${span} days, fewer than ${OLD_SNAPSHOT_DAYS}: no snapshot can be shown to be ${OLD_SNAPSHOT_DAYS} days old (${plural(snapshots.length, 'EBS snapshot')} billed). Ingest earlier months to find old snapshots.`);
  }
  return { recommendations, warnings, ages };
}
