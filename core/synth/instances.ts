// EC2 instances: their meters (instance hours and a root EBS volume) and what they really need.
// An instance is "ok" (peak above 45% of its CPU or memory, so the next size down would run hot),
// "oversized" (peaks under 20%: a smaller size of its family is the right answer) or "idle"
// (CPU peak at most 1% and under 5 MB of network a day, the idle rule of Cost Explorer and Compute
// Optimizer that the rightsizing engine applies: the right answer is to stop it).
import type { Account, Profile } from './model.ts';
import type { Region } from './catalog/regions.ts';
import { ebsVolume, ec2Instance } from './catalog/services.ts';
import { familySizes, instanceType } from './catalog/ec2.ts';
import type { InstanceFacts, InstanceFinding, ItemFactory } from './items.ts';

/** The headroom the right size keeps: its capacity × 0.8 must cover the observed peak. */
export const RIGHTSIZE_HEADROOM = 0.8;

export interface InstanceSpec {
  account: Account;
  region: Region;
  type: string;
  profile: Profile;
  project: string;
  name: string;
  volumeGb: number;
  finding: InstanceFinding;
  life?: { start: number; end: number };
  /** The root volume's life, when it outlives the instance (a stopped instance's volume stays billed). */
  volumeLife?: { start: number; end: number };
}

/** Smallest type of the same family whose capacity × headroom covers the peak demand. */
export function rightSize(typeName: string, cpuPeakPct: number, memPeakPct: number): string {
  const t = instanceType(typeName);
  const needCpu = (cpuPeakPct / 100) * t.vcpu;
  const needMem = (memPeakPct / 100) * t.memoryGiB;
  for (const s of familySizes(t.family)) {
    if (s.vcpu * RIGHTSIZE_HEADROOM >= needCpu && s.memoryGiB * RIGHTSIZE_HEADROOM >= needMem) return s.name;
  }
  return t.name;
}

export function addInstance(f: ItemFactory, spec: InstanceSpec): InstanceFacts | null {
  const rng = f.rng;
  const id = f.instanceId();
  const items = f.resource(spec.account, [{ spec: ec2Instance(spec.region, spec.type), profile: spec.profile }], spec.region, id, spec.project, spec.name, spec.life);
  const item = items[0];
  if (!item) return null;
  // The volume belongs to the instance's owner but is its own resource with its own tags, in the instance's zone.
  const [volume] = f.resource(spec.account, [{ spec: ebsVolume(spec.region, 'gp3'), profile: { kind: 'storage', sizeUnits: spec.volumeGb, growthPerMonth: 0 } }], spec.region, f.volumeId(), spec.project, null, spec.volumeLife ?? spec.life);
  if (volume) volume.zone = item.zone;

  let finding = spec.finding;
  let cpuPeak = 0;
  let memPeak = 0;
  if (finding === 'oversized') {
    cpuPeak = 6 + rng.next() * 12;
    memPeak = 8 + rng.next() * 12;
    // A type already at its family's smallest size cannot be oversized within the family.
    if (rightSize(spec.type, cpuPeak, memPeak) === spec.type) finding = 'ok';
  }
  if (finding === 'ok') {
    cpuPeak = 48 + rng.next() * 30;
    memPeak = 48 + rng.next() * 30;
  } else if (finding === 'idle') {
    cpuPeak = 0.2 + rng.next() * 0.8;
    memPeak = 3 + rng.next() * 5;
  }
  // Peaks are kept to two decimals: the metrics show them exactly, and the truth is computed from them.
  const cpuPeakPct = Number(cpuPeak.toFixed(2));
  const memPeakPct = Number(memPeak.toFixed(2));
  const idle = finding === 'idle';
  const facts: InstanceFacts = {
    item,
    volume: volume ?? null,
    finding,
    cpuPeak: cpuPeakPct,
    cpuAvg: cpuPeakPct * (0.35 + rng.next() * 0.25),
    memPeak: memPeakPct,
    memAvg: memPeakPct * (0.6 + rng.next() * 0.3),
    // Idle: in + out stays under 3.75 MB on every day (the metrics vary a day's traffic by ±15%).
    netInPerDay: idle ? 5e5 + rng.next() * 1.5e6 : 2e9 + rng.next() * 2e10,
    netOutPerDay: idle ? 2.5e5 + rng.next() * 1e6 : 1e9 + rng.next() * 1e10,
  };
  f.instances.push(facts);
  return facts;
}
