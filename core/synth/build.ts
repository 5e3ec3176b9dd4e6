// Building the whole model for a seed: organisation, workloads, anomalies, commitments and the
// items month-end lines are billed under; and choosing the fleet multiplier k so the bill has
// about `scale` lines.
import type { Commitment, Item } from './model.ts';
import { buildOrg, accountNamed, type Org } from './org.ts';
import { Rng } from './rng.ts';
import { ItemFactory, type InstanceFacts, type ResourceRecord, type StorageStory } from './items.ts';
import { addStorageStories } from './storage.ts';
import { buildWorkloads } from './workloads.ts';
import { injectAnomalies, type AnomalyDef } from './anomalies.ts';
import type { ChangeDef } from './changes.ts';
import { buildCommitments } from './commitments.ts';
import { ensureEveryDefect } from './tags.ts';
import { chargeFor, marketplaceFee, supportFee, MARKETPLACE } from './catalog/fees.ts';
import { monthsFrom, stepSeconds, type Grain, type Month } from './calendar.ts';
import { Timeline } from './timeline.ts';
import type { MonthEndItems } from './month-end.ts';

export interface Model {
  seed: number;
  k: number;
  grain: Grain;
  months: Month[];
  timeline: Timeline;
  org: Org;
  items: Item[];
  resources: ResourceRecord[];
  instances: InstanceFacts[];
  /** Unattached volumes, stopped instances' volumes and snapshots (storage.ts). */
  storage: StorageStory[];
  commitments: Commitment[];
  anomalies: AnomalyDef[];
  /** Deliberate changes that are not anomalies (launches, migrations, retirements). */
  changes: ChangeDef[];
  monthEndItems: MonthEndItems;
}

export function linkedAccountsFor(k: number): number {
  return 5 + Math.round(9 * Math.log10(1 + k));
}

export function buildModel(seed: number, startMonth: string, monthCount: number, grain: Grain, k: number): Model {
  const months = monthsFrom(startMonth, monthCount);
  const first = months[0];
  const last = months[months.length - 1];
  if (!first || !last) throw new Error('at least one month is needed');
  const tl = new Timeline(first.start, last.end);
  const org = buildOrg(new Rng(seed, 'org'), linkedAccountsFor(k));
  const f = new ItemFactory(new Rng(seed, 'resources'), tl.start, tl.end);
  const changes: ChangeDef[] = [];
  buildWorkloads({ f, org, k, tl, changes });
  const anomalies = injectAnomalies(f, org, tl, grain, k);
  ensureEveryDefect(f.resources);
  const commitments = buildCommitments(f, org, tl);
  addStorageStories(f, org, tl);

  const marketplace = f.accountMeter(org.payer, marketplaceFee(), null, { kind: 'none' });
  marketplace.billingEntity = 'AWS Marketplace';
  marketplace.legalEntity = MARKETPLACE.seller;
  const support = f.accountMeter(org.payer, supportFee(), null, { kind: 'none' });
  const sandbox = accountNamed(org, 'sandbox');
  const credit = sandbox ? f.accountMeter(sandbox, chargeFor('AmazonEC2', 'Amazon Elastic Compute Cloud', 'Compute', 'Virtual Machines', 'AWS Activate promotional credit'), null, { kind: 'none' }) : null;
  const payments = accountNamed(org, 'payments-prod');
  const refund = payments ? f.accountMeter(payments, chargeFor('AmazonRDS', 'Amazon Relational Database Service', 'Databases', 'Relational Databases', 'Refund for duplicate RDS storage charge'), null, { kind: 'none' }) : null;

  // One tax item per account and product that can be billed (made last: it covers all the others).
  const tax = new Map<string, Item>();
  for (const item of [...f.items]) {
    const key = `${item.account.index}/${item.productCode}`;
    if (tax.has(key)) continue;
    const t = f.accountMeter(item.account, chargeFor(item.productCode, item.productName, item.serviceCategory, item.serviceSubcategory, `Tax for product code ${item.productCode}`), null, { kind: 'none' });
    t.billingEntity = item.billingEntity;
    t.legalEntity = item.legalEntity;
    tax.set(key, t);
  }
  return {
    seed, k, grain, months, timeline: tl, org, items: f.items, resources: f.resources, instances: f.instances, storage: f.storage, commitments, anomalies, changes,
    monthEndItems: { marketplace, support, credit, refund, tax },
  };
}

const OFFICE_DUTY = { hourly: 60 / 168, daily: 5 / 7 };
/** Share of Savings Plan-eligible lines a plan covers (each adds a negation line), measured on generated bills. */
const SP_COVERED_SHARE = 0.45;

/** About how many lines the model yields: live steps × duty, SP-covered usage twice (with its negation), plus fees. */
export function estimateLines(m: Model): number {
  const stepSec = stepSeconds(m.grain);
  let lines = 0;
  for (const i of m.items) {
    if (i.profile.kind === 'none') continue;
    const steps = (Math.min(i.end, m.timeline.end) - Math.max(i.start, m.timeline.start)) / stepSec;
    const duty = i.profile.kind === 'office-hours' ? OFFICE_DUTY[m.grain] : 1;
    const coverage = i.eligibility?.computeSp ? 1 + SP_COVERED_SHARE : 1;
    lines += Math.max(0, steps) * duty * coverage;
  }
  const steps = (m.timeline.end - m.timeline.start) / stepSec;
  return Math.round(lines + steps * m.commitments.length + m.months.length * (m.monthEndItems.tax.size + 6));
}

/** The model whose size is closest to `scale` lines (k found by bisection on a log scale). */
export function modelForScale(seed: number, startMonth: string, monthCount: number, grain: Grain, scale: number): Model {
  let lo = Math.log(0.05);
  let hi = Math.log(5_000);
  for (let i = 0; i < 24; i++) {
    const mid = (lo + hi) / 2;
    const est = estimateLines(buildModel(seed, startMonth, monthCount, grain, Math.exp(mid)));
    if (est < scale) lo = mid;
    else hi = mid;
  }
  return buildModel(seed, startMonth, monthCount, grain, Number(Math.exp((lo + hi) / 2).toPrecision(4)));
}

/** The smallest bill the organisation can have at this grain (every story needs some lines). */
export function minimumLines(startMonth: string, monthCount: number, grain: Grain): number {
  return estimateLines(buildModel(1, startMonth, monthCount, grain, 0.05));
}
