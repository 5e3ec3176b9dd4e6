// Storage still paying, for rightsizing to find: an unattached volume in every dev, staging and
// sandbox account (left behind by a deleted instance: billed, never in CloudWatch, which reports
// attached volumes only); in every sandbox and dev account an instance stopped at 35% of the
// range whose root volume stays billed to the end; a snapshot in every prod account from the
// range's start (old when the range spans OLD_SNAPSHOT_DAYS) and a recent one in shared-services
// at 60% (not old). Made after the commitments are sized, so the stories change no other draw.
import type { Account } from './model.ts';
import type { Org } from './org.ts';
import { HOME_REGION, region } from './catalog/regions.ts';
import { ebsSnapshot, ebsVolume } from './catalog/services.ts';
import { addInstance } from './instances.ts';
import type { ItemFactory } from './items.ts';
import type { Timeline } from './timeline.ts';

/** A snapshot billed this many days by the range's end is old (rightsizing's OLD_SNAPSHOT_DAYS). */
export const OLD_SNAPSHOT_DAYS = 90;
const STOPPED_AT = 0.35;
const RECENT_SNAPSHOT_AT = 0.6;

function unattachedVolume(f: ItemFactory, a: Account): void {
  const r = HOME_REGION;
  const sizeGB = 100 * f.rng.int(1, 4);
  const id = f.volumeId();
  const [storage] = f.resource(a, [{ spec: ebsVolume(r, 'gp2'), profile: { kind: 'storage', sizeUnits: sizeGB, growthPerMonth: 0 } }], r, id, f.rng.pick(a.team.projects), null);
  if (storage) f.storage.push({ kind: 'unattached-volume', resourceId: id, storage, sizeGB, stoppedAt: null });
}

function stoppedInstance(f: ItemFactory, a: Account, tl: Timeline): void {
  const stoppedAt = tl.at(STOPPED_AT);
  const volumeGb = 50 * f.rng.int(1, 4);
  const facts = addInstance(f, {
    account: a, region: HOME_REGION, type: 't3.medium', profile: { kind: 'always' }, project: f.rng.pick(a.team.projects), name: `${a.team.name}-stopped-01`,
    volumeGb, finding: 'ok', life: { start: tl.start, end: stoppedAt }, volumeLife: { start: tl.start, end: tl.end },
  });
  if (facts?.volume && facts.item.resourceId) f.storage.push({ kind: 'stopped-instance', resourceId: facts.item.resourceId, storage: facts.volume, sizeGB: volumeGb, stoppedAt });
}

function snapshot(f: ItemFactory, a: Account, start: number, end: number, regionCode: string): void {
  const r = region(regionCode);
  const sizeGB = 20 * f.rng.int(1, 10);
  const { id, arn } = f.snapshotArn(r, a);
  const [storage] = f.resource(a, [{ spec: ebsSnapshot(r), profile: { kind: 'storage', sizeUnits: sizeGB, growthPerMonth: 0 } }], r, arn, f.rng.pick(a.team.projects), null, { start, end });
  if (storage) f.storage.push({ kind: 'snapshot', resourceId: id, storage, sizeGB, stoppedAt: null });
}

export function addStorageStories(f: ItemFactory, org: Org, tl: Timeline): void {
  for (const a of org.accounts) {
    if (a === org.payer) continue;
    if (a.env === 'dev' || a.env === 'staging' || a.env === 'sandbox') unattachedVolume(f, a);
    if (a.env === 'dev' || a.env === 'sandbox') stoppedInstance(f, a, tl);
    if (a.env === 'prod') snapshot(f, a, tl.start, tl.end, HOME_REGION.code);
    if (a.name === 'shared-services') snapshot(f, a, tl.at(RECENT_SNAPSHOT_AT), tl.end, HOME_REGION.code);
  }
}
