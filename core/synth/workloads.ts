// What runs in each account, by environment and team, with fleet sizes multiplied by the scale
// factor k. The stories the truth tells are placed here: a family migration (m5 → m6i in
// payments), a retired fleet (c5 workers in data-platform), a new fleet (analytics), schedules
// (dev instances run office hours), an oversized fleet (search) and idle sandbox instances.
import type { Account, Profile } from './model.ts';
import type { Org } from './org.ts';
import { region, HOME_REGION, type Region } from './catalog/regions.ts';
import * as svc from './catalog/services.ts';
import { addInstance } from './instances.ts';
import type { InstanceFinding, ItemFactory } from './items.ts';
import type { Timeline } from './timeline.ts';
import { changeOf, type ChangeDef, type ChangeKind } from './changes.ts';

interface TeamShape {
  family: string;
  size: string;
  worker: string;
  region: string;
  db: string | null;
  fargate: boolean;
  buckets: number;
}

const TEAM_SHAPES: Record<string, TeamShape> = {
  payments: { family: 'm5', size: 'xlarge', worker: 'r5.large', region: 'us-east-1', db: 'db.r6g.large', fargate: false, buckets: 1 },
  'data-platform': { family: 'm6i', size: 'xlarge', worker: 'c5.xlarge', region: 'us-east-1', db: 'db.r6g.xlarge', fargate: true, buckets: 3 },
  'ml-research': { family: 'm6i', size: '2xlarge', worker: 'r6i.xlarge', region: 'us-west-2', db: null, fargate: false, buckets: 2 },
  checkout: { family: 'c6i', size: 'xlarge', worker: 'm6i.large', region: 'us-east-1', db: 'db.r6g.large', fargate: true, buckets: 1 },
  search: { family: 'r6i', size: '2xlarge', worker: 'c6i.xlarge', region: 'us-east-1', db: null, fargate: false, buckets: 1 },
  identity: { family: 'c7g', size: 'large', worker: 't3.large', region: 'us-west-2', db: 'db.m6g.large', fargate: false, buckets: 1 },
  web: { family: 'm7g', size: 'xlarge', worker: 'c7g.large', region: 'us-east-1', db: null, fargate: true, buckets: 2 },
  mobile: { family: 'c6i', size: 'large', worker: 'm7g.large', region: 'eu-central-1', db: 'db.m6g.large', fargate: true, buckets: 1 },
  analytics: { family: 'r5', size: 'xlarge', worker: 'm5.xlarge', region: 'eu-west-1', db: 'db.r6g.xlarge', fargate: false, buckets: 2 },
  platform: { family: 'm6i', size: 'large', worker: 't3.medium', region: 'us-east-1', db: null, fargate: false, buckets: 1 },
};

const ALWAYS: Profile = { kind: 'always' };
const OFFICE: Profile = { kind: 'office-hours' };

function traffic(perHour: number, growthPerMonth = 0.03, weekendFactor = 0.6): Profile {
  return { kind: 'traffic', perHour, growthPerMonth, weekendFactor, diurnal: 0.35, jitter: 0.15 };
}

function count(base: number, k: number): number {
  return Math.max(1, Math.round(base * k));
}

export interface Workloads {
  f: ItemFactory;
  org: Org;
  k: number;
  tl: Timeline;
  /** The deliberate changes placed here, for truth.json (changes.ts). */
  changes: ChangeDef[];
}

/** Runs `add` and records the items it added as a change. */
function asChange(w: Workloads, kind: ChangeKind, a: Account, start: number, description: string, add: () => void): void {
  const before = w.f.items.length;
  add();
  w.changes.push(changeOf(kind, `${kind}-${a.name}`, a, w.f.items.slice(before), start, description));
}

function shapeOf(a: Account): TeamShape {
  return TEAM_SHAPES[a.team.name] ?? (TEAM_SHAPES.platform as TeamShape);
}

function regionOf(a: Account): Region {
  if (a.name.endsWith('-prod-eu')) return region(a.team.name === 'analytics' ? 'eu-central-1' : 'eu-west-1');
  return region(shapeOf(a).region);
}

function fleet(w: Workloads, a: Account, r: Region, type: string, n: number, profile: Profile, role: string, finding: (i: number) => InstanceFinding, life?: { start: number; end: number }): void {
  for (let i = 0; i < n; i++) {
    const project = w.f.rng.pick(a.team.projects);
    addInstance(w.f, { account: a, region: r, type, profile, project, name: `${a.team.name}-${role}-${String(i + 1).padStart(2, '0')}`, volumeGb: 50 + 50 * w.f.rng.int(0, 4), finding: finding(i), life });
  }
}

/** Common per-account meters: data transfer and CloudWatch, which no tag can reach. */
function accountMeters(w: Workloads, a: Account, r: Region, weight: number): void {
  w.f.accountMeter(a, svc.dataTransferOut(r), r, traffic(2 * weight * Math.sqrt(w.k)));
  w.f.accountMeter(a, svc.dataTransferRegional(r), r, traffic(8 * weight * Math.sqrt(w.k)));
  w.f.accountMeter(a, svc.cloudWatchMetrics(r), r, { kind: 'storage', sizeUnits: Math.round(60 * weight * w.k), growthPerMonth: 0.02 });
  w.f.accountMeter(a, svc.cloudWatchLogs(r), r, traffic(0.1 * weight * Math.sqrt(w.k), 0.04, 0.8));
}

function buckets(w: Workloads, a: Account, r: Region, n: number, sizeGb: number): void {
  for (let i = 0; i < n; i++) {
    const name = `northwind-${a.name}-${['data', 'assets', 'logs', 'exports'][i % 4]}${i >= 4 ? `-${i}` : ''}`;
    w.f.resource(a, [
      { spec: svc.s3Storage(r), profile: { kind: 'storage', sizeUnits: sizeGb * (1 + w.f.rng.next()), growthPerMonth: 0.04 } },
      { spec: svc.s3Requests(r), profile: traffic(20_000 * (1 + w.f.rng.next())) },
    ], r, name, w.f.rng.pick(a.team.projects), null);
  }
}

function lambdas(w: Workloads, a: Account, r: Region, n: number, perHour: number): void {
  for (let i = 0; i < n; i++) {
    const fn = `${a.team.name}-${['api', 'events', 'cron', 'resize', 'notify'][i % 5]}-${i + 1}`;
    w.f.resource(a, [
      { spec: svc.lambdaRequests(r), profile: traffic(perHour) },
      { spec: svc.lambdaDuration(r), profile: traffic(perHour * 0.12) },
    ], r, w.f.arn('lambda', r, a, `function:${fn}`), w.f.rng.pick(a.team.projects), null);
  }
}

function database(w: Workloads, a: Account, r: Region, dbClass: string, storageGb: number): void {
  const hourly = svc.DB_CLASSES[dbClass];
  if (!hourly) throw new Error(`unknown DB class ${dbClass}`);
  const name = `${a.team.name}-${a.env}-db`;
  w.f.resource(a, [
    { spec: svc.rdsInstance(r, dbClass, hourly), profile: ALWAYS },
    { spec: svc.rdsStorage(r), profile: { kind: 'storage', sizeUnits: storageGb, growthPerMonth: 0.02 } },
  ], r, w.f.arn('rds', r, a, `db:${name}`), w.f.rng.pick(a.team.projects), null);
}

function fargate(w: Workloads, a: Account, r: Region, vcpuPerHour: number): void {
  const service = `${a.team.name}-svc`;
  w.f.resource(a, [
    { spec: svc.fargateVcpu(r), profile: traffic(vcpuPerHour, 0.03, 0.7) },
    { spec: svc.fargateMemory(r), profile: traffic(vcpuPerHour * 2, 0.03, 0.7) },
  ], r, w.f.arn('ecs', r, a, `service/${a.team.name}-cluster/${service}`), w.f.rng.pick(a.team.projects), null);
}

function prod(w: Workloads, a: Account): void {
  const s = shapeOf(a);
  const r = regionOf(a);
  const { tl, k, f } = w;
  const oversizedFleet = a.team.name === 'search';
  // The first instance of each ml-research fleet is oversized, so every bill has one to find.
  const drawProd = (i: number): InstanceFinding => (oversizedFleet || (a.name === 'ml-research-prod' && i === 0) || f.rng.chance(0.08) ? 'oversized' : 'ok');
  const apps = count(3, k);
  if (a.name === 'payments-prod') {
    // The family migration: the m5 fleet is replaced by m6i part-way through the range.
    const cut = tl.at(0.45);
    fleet(w, a, r, `m5.${s.size}`, apps, ALWAYS, 'app', drawProd, { start: tl.start, end: cut });
    asChange(w, 'migration', a, cut, `the m5.${s.size} fleet (${apps}) is replaced by m6i.${s.size}`, () => fleet(w, a, r, `m6i.${s.size}`, apps, ALWAYS, 'app-v2', drawProd, { start: cut, end: tl.end }));
  } else {
    fleet(w, a, r, `${s.family}.${s.size}`, apps, ALWAYS, 'app', drawProd);
  }
  const workers = count(1.5, k);
  if (a.name === 'data-platform-prod') {
    // Half the c5 workers retire part-way through: their Reserved Instances go unused.
    const half = Math.max(1, Math.floor(workers / 2));
    asChange(w, 'retirement', a, tl.at(0.55), `${half} ${s.worker} workers retire`, () => fleet(w, a, r, s.worker, half, ALWAYS, 'worker', drawProd, { start: tl.start, end: tl.at(0.55) }));
    fleet(w, a, r, s.worker, workers - half, ALWAYS, 'worker-keep', drawProd);
  } else {
    fleet(w, a, r, s.worker, workers, ALWAYS, 'worker', drawProd);
  }
  if (a.team.name === 'analytics') {
    const n = count(1, k);
    asChange(w, 'fleet-launch', a, tl.at(0.3), `${n} r6i.large ETL instances launch and keep running`, () => fleet(w, a, r, 'r6i.large', n, ALWAYS, 'new-etl', drawProd, { start: tl.at(0.3), end: tl.end }));
  }
  if (s.db) database(w, a, r, s.db, 500);
  buckets(w, a, r, s.buckets, 2000 * Math.sqrt(k));
  lambdas(w, a, r, 1 + Math.floor(k / 4), 30_000);
  if (s.fargate) fargate(w, a, r, 6 * Math.sqrt(k));
  accountMeters(w, a, r, 1);
}

function nonProd(w: Workloads, a: Account): void {
  const s = shapeOf(a);
  const r = regionOf(a);
  const { k, f } = w;
  if (a.env === 'dev') {
    fleet(w, a, r, 't3.large', count(1.5, k), OFFICE, 'dev', () => (f.rng.chance(0.1) ? 'idle' : 'ok'));
    database(w, a, r, 'db.t4g.medium', 50);
    lambdas(w, a, r, 1, 2_000);
  } else {
    fleet(w, a, r, `${s.family}.large`, count(1, k), ALWAYS, 'stg', () => (f.rng.chance(0.15) ? 'oversized' : 'ok'));
  }
  buckets(w, a, r, 1, 100);
  accountMeters(w, a, r, 0.2);
}

function shared(w: Workloads, a: Account, regions: readonly Region[]): void {
  const { k, f } = w;
  if (a.name === 'shared-services') {
    for (const r of regions) {
      const nat = `nat-0${f.rng.hex(16)}`;
      f.resource(a, [
        { spec: svc.natGatewayHours(r), profile: ALWAYS },
        { spec: svc.natGatewayBytes(r), profile: traffic(25 * Math.sqrt(k)) },
      ], r, f.arn('ec2', r, a, `natgateway/${nat}`), 'shared-network', null);
    }
    fleet(w, a, HOME_REGION, 'm6i.large', count(1, k), ALWAYS, 'bastion', () => 'ok');
  }
  buckets(w, a, HOME_REGION, 1, 20_000 * Math.sqrt(k));
  accountMeters(w, a, HOME_REGION, 0.5);
}

function sandbox(w: Workloads, a: Account): void {
  const { k, f } = w;
  // The first sandbox experiment is always forgotten: every bill has an idle instance to find.
  fleet(w, a, HOME_REGION, 't3.medium', Math.max(2, Math.round(2 + k / 2)), ALWAYS, 'experiment', (i) => (f.rng.chance(0.4) || i === 0 ? 'idle' : 'ok'));
  accountMeters(w, a, HOME_REGION, 0.1);
}

export function buildWorkloads(w: Workloads): void {
  const regions = [...new Set(w.org.accounts.map((a) => regionOf(a)))];
  for (const a of w.org.accounts) {
    if (a === w.org.payer) continue;
    if (a.env === 'prod') prod(w, a);
    else if (a.env === 'dev' || a.env === 'staging') nonProd(w, a);
    else if (a.env === 'sandbox') sandbox(w, a);
    else shared(w, a, regions);
  }
}
