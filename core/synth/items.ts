// Building items (billable meters) for resources: resource ids as AWS writes them, tags,
// lifetimes, and the instance facts that utilization metrics and rightsizing truth come from.
import type { Account, Item, Profile, Tags } from './model.ts';
import type { MeterSpec } from './catalog/services.ts';
import type { Region } from './catalog/regions.ts';
import { tagResource, type TagDefect } from './tags.ts';
import type { Rng } from './rng.ts';

export type InstanceFinding = 'ok' | 'oversized' | 'idle';

/** An unattached volume, a stopped instance whose volume is still billed, or a snapshot (old when the range shows 90 days of it). */
export interface StorageStory {
  kind: 'unattached-volume' | 'stopped-instance' | 'snapshot';
  /** The volume, the instance, or the snapshot's id (snap-…). */
  resourceId: string;
  /** The items still billed: the volume, the instance's volume, the snapshot. */
  storage: Item;
  sizeGB: number;
  /** A stopped instance: when its last hour ended. */
  stoppedAt: number | null;
}

/** What an instance really needs, from which its CloudWatch metrics are drawn. */
export interface InstanceFacts {
  item: Item;
  finding: InstanceFinding;
  /** Peak and average CPU utilization (%) and memory utilization (%) on the current type. */
  cpuPeak: number;
  cpuAvg: number;
  memPeak: number;
  memAvg: number;
  /** Network bytes in and out per day. */
  netInPerDay: number;
  netOutPerDay: number;
  /** Its root EBS volume: CloudWatch reports the volume's I/O while the instance runs. */
  volume: Item | null;
}

export interface ResourceRecord {
  resourceId: string;
  account: Account;
  productCode: string;
  tags: Tags;
  defects: TagDefect[];
  items: Item[];
}

export class ItemFactory {
  readonly items: Item[] = [];
  readonly resources: ResourceRecord[] = [];
  readonly instances: InstanceFacts[] = [];
  /** Storage still paying that rightsizing should find (storage.ts). */
  readonly storage: StorageStory[] = [];

  constructor(
    readonly rng: Rng,
    readonly rangeStart: number,
    readonly rangeEnd: number,
  ) {}

  /** A meter with no resource behind it (data transfer, CloudWatch, fees): untaggable spend. */
  accountMeter(account: Account, spec: MeterSpec, region: Region | null, profile: Profile, life?: { start: number; end: number }): Item {
    return this.add(account, spec, region, null, null, {}, profile, life);
  }

  /** One resource with one or more meters, tagged by the rules of tags.ts. */
  resource(
    account: Account,
    specs: readonly { spec: MeterSpec; profile: Profile }[],
    region: Region,
    resourceId: string,
    project: string,
    name: string | null,
    life?: { start: number; end: number },
  ): Item[] {
    const zone = `${region.code}${this.rng.pick(region.zones)}`;
    const tagged = tagResource(this.rng, account, project, name);
    const items = specs.map(({ spec, profile }) => this.add(account, spec, region, zone, resourceId, tagged.tags, profile, life));
    const first = items[0];
    if (first) this.resources.push({ resourceId, account, productCode: first.productCode, tags: tagged.tags, defects: tagged.defects, items });
    return items;
  }

  private add(account: Account, spec: MeterSpec, region: Region | null, zone: string | null, resourceId: string | null, tags: Tags, profile: Profile, life?: { start: number; end: number }): Item {
    const { eligibility, ...fields } = spec;
    const item: Item = {
      ...fields,
      index: this.items.length,
      account,
      region,
      zone: spec.productCode === 'AmazonEC2' && fields.resourceType !== null ? zone : null,
      resourceId,
      billingEntity: 'AWS',
      legalEntity: 'Amazon Web Services, Inc.',
      tags,
      profile,
      eligibility,
      start: life?.start ?? this.rangeStart,
      end: life?.end ?? this.rangeEnd,
      anomalyId: null,
      spike: null,
    };
    this.items.push(item);
    return item;
  }

  // Resource ids in AWS's shapes.
  instanceId(): string {
    return `i-0${this.rng.hex(16)}`;
  }
  volumeId(): string {
    return `vol-0${this.rng.hex(16)}`;
  }
  /** AWS bills a snapshot on its ARN. */
  snapshotArn(region: Region, account: Account): { id: string; arn: string } {
    const id = `snap-0${this.rng.hex(16)}`;
    return { id, arn: this.arn('ec2', region, account, `snapshot/${id}`) };
  }
  arn(service: string, region: Region, account: Account, rest: string): string {
    return `arn:aws:${service}:${region.code}:${account.id}:${rest}`;
  }
}
