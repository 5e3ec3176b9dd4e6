// truth.json: what the generator knows about the bill it wrote. Money is exact decimal strings
// (10 decimals, USD); utilization is used ÷ committed. See SPEC.md for every definition.
import type { Model } from './build.ts';
import { COST_BASES, TAG_STATUS, type TruthAccumulator } from './truth.ts';
import { formatMu } from './money.ts';
import { DAY, isoDate, isoTime } from './calendar.ts';
import { OLD_SNAPSHOT_DAYS } from './storage.ts';
import { REQUIRED_TAG_KEYS, cur2TagKey } from './tags.ts';
import { rightSize, RIGHTSIZE_HEADROOM } from './instances.ts';
import { instanceType } from './catalog/ec2.ts';
import { ec2Instance } from './catalog/services.ts';
import { region as regionNamed } from './catalog/regions.ts';
import { PRODUCTS } from './catalog/services.ts';
import type { ResolvedOptions } from './options.ts';
import { CHANGE_EFFECT } from './changes.ts';
import type { BasisTotals, TruthDoc } from './truth-doc.ts';

export const TRUTH_SCHEMA = 'finops-workbench/synth-truth@1';
export const HOURS_PER_MONTH = 730;
/** What rightsizing should advise for each storage story. */
const STORAGE_ACTION = { 'unattached-volume': 'delete-volume', 'stopped-instance': 'stop-storage', snapshot: 'delete-snapshot' } as const;

const ratio = (used: bigint, committed: bigint): number | null => (committed === 0n ? null : Number((used * 1_000_000n) / committed) / 1_000_000);

function bases(sum: { get(slot: number): bigint }, slot: number): BasisTotals {
  return Object.fromEntries(COST_BASES.map((b, i) => [b, formatMu(sum.get(slot + i))])) as BasisTotals;
}

export function truthReport(m: Model, t: TruthAccumulator, o: ResolvedOptions, files: readonly string[]): TruthDoc {
  const months = m.months;
  const totals: Record<string, BasisTotals> = {};
  months.forEach((mo) => (totals[mo.key] = bases(t.totals, mo.index * 3)));

  const byAccountService: TruthDoc['totalsByAccountService'] = [];
  for (const mo of months) {
    for (const a of m.org.accounts) {
      t.products.forEach((p, pi) => {
        const slot = ((mo.index * t.accountCount + a.index) * t.products.length + pi) * 3;
        const b = bases(t.byAccountProduct, slot);
        if (COST_BASES.every((k) => /^-?0\.0+$/.test(b[k] ?? ''))) return;
        byAccountService.push({ month: mo.key, accountId: a.id, accountName: a.name, serviceCode: p, serviceName: PRODUCTS[p]?.name ?? m.items.find((i) => i.productCode === p)?.productName ?? p, ...b });
      });
    }
  }

  const anomalies = m.anomalies.map((a) => {
    const days = [...(t.anomalyDays.get(a.id) ?? new Map<number, number>()).entries()].sort((x, y) => x[0] - y[0]);
    const total = days.reduce((s, [, v]) => s + BigInt(v), 0n);
    return {
      id: a.id, kind: a.kind, start: isoTime(a.start), end: isoTime(a.end), accountId: a.account.id, accountName: a.account.name,
      serviceCode: a.productCode, serviceName: PRODUCTS[a.productCode]?.name ?? a.productCode, usageType: a.usageType, regionId: a.regionCode, resourceIds: a.resourceIds,
      description: a.description, basis: 'EffectiveCost' as const, extraCost: formatMu(total), extraCostByDay: Object.fromEntries(days.map(([d, v]) => [isoDate(d), formatMu(v)])),
    };
  });

  const changes = m.changes.map((c) => ({
    id: c.id, kind: c.kind, effect: CHANGE_EFFECT[c.kind], start: isoTime(c.start), accountId: c.account.id, accountName: c.account.name,
    serviceCode: c.productCode, serviceName: PRODUCTS[c.productCode]?.name ?? c.productCode, usageType: c.usageType, regionId: c.regionCode, resourceIds: c.resourceIds, description: c.description,
  }));

  const coverage = Object.fromEntries(months.map((mo) => {
    const g = (s: number): bigint => t.tagStatus.get(mo.index * 3 + s);
    const total = g(TAG_STATUS.tagged) + g(TAG_STATUS.incomplete) + g(TAG_STATUS.untaggable);
    return [mo.key, { effectiveCost: formatMu(total), tagged: formatMu(g(TAG_STATUS.tagged)), incomplete: formatMu(g(TAG_STATUS.incomplete)), untaggable: formatMu(g(TAG_STATUS.untaggable)) }];
  }));
  const tagResources = m.resources.filter((r) => r.defects.length > 0).map((r) => ({
    resourceId: r.resourceId, accountId: r.account.id, accountName: r.account.name, serviceCode: r.productCode, tags: r.tags,
    cur2TagKeys: Object.keys(r.tags).map(cur2TagKey), defects: r.defects,
    effectiveCost: formatMu(r.items.reduce((s, i) => s + t.itemEffective.get(i.index), 0n)),
  }));

  const commitments = m.commitments.map((c) => {
    const perMonth = Object.fromEntries(months.map((mo) => {
      const committed = t.committed.get(c.index * t.monthCount + mo.index);
      const used = t.used.get(c.index * t.monthCount + mo.index);
      const ri = c.kind === 'ReservedInstance';
      const fmt = (x: bigint): string => (ri ? (Number(x) / 1000).toFixed(3) : formatMu(x));
      return [mo.key, { committed: fmt(committed), used: fmt(used), unit: ri ? ('hours' as const) : ('USD' as const), utilization: ratio(used, committed) }];
    }));
    let committedAll = 0n;
    let usedAll = 0n;
    months.forEach((mo) => {
      committedAll += t.committed.get(c.index * t.monthCount + mo.index);
      usedAll += t.used.get(c.index * t.monthCount + mo.index);
    });
    return {
      id: c.arn, type: c.kind, accountId: c.account.id, paymentOption: c.paymentOption, term: `${c.termYears}yr`, start: isoTime(c.start), end: isoTime(c.end),
      hourlyCommitment: c.kind === 'ReservedInstance' ? null : formatMu(c.hourlyCommitmentMu), instanceFamily: c.instanceFamily, instanceType: c.instanceType ?? c.dbClass,
      count: c.count || null, regionId: c.regionCode, upfrontFee: formatMu(c.upfrontMu), utilizationByMonth: perMonth, utilization: ratio(usedAll, committedAll),
    };
  });

  const rightsizing = m.instances.filter((i) => i.finding !== 'ok').map((i) => {
    const type = i.item.instanceType ?? '';
    const recommended = i.finding === 'idle' ? null : rightSize(type, i.cpuPeak, i.memPeak);
    const monthly = (i.item.rateMu / 1e10) * HOURS_PER_MONTH;
    const region = regionNamed(i.item.region?.code ?? 'us-east-1');
    const newMonthly = recommended ? (ec2Instance(region, recommended).rateMu / 1e10) * HOURS_PER_MONTH : 0;
    return {
      resourceId: i.item.resourceId, accountId: i.item.account.id, accountName: i.item.account.name, regionId: region.code, instanceType: type,
      vcpu: instanceType(type).vcpu, finding: i.finding, cpuPeakPercent: i.cpuPeak, memoryPeakPercent: i.memPeak,
      action: i.finding === 'idle' ? ('stop' as const) : ('downsize' as const), recommendedType: recommended,
      monthlyOnDemandCost: monthly.toFixed(2), recommendedMonthlyCost: newMonthly.toFixed(2), estimatedMonthlySavings: (monthly - newMonthly).toFixed(2),
    };
  });

  const storage = m.storage.filter((x) => x.kind !== 'snapshot' || m.timeline.end - x.storage.start >= OLD_SNAPSHOT_DAYS * DAY).map((x) => ({
    resourceId: x.resourceId, accountId: x.storage.account.id, accountName: x.storage.account.name, regionId: x.storage.region?.code ?? null, kind: x.kind,
    action: STORAGE_ACTION[x.kind], volumeIds: x.kind === 'stopped-instance' ? [x.storage.resourceId ?? ''] : [], sizeGB: x.sizeGB,
    firstBilled: isoTime(Math.max(x.storage.start, m.timeline.start)), stoppedAt: x.stoppedAt === null ? null : isoTime(x.stoppedAt),
    monthlyCost: ((x.storage.rateMu / 1e10) * x.sizeGB).toFixed(2),
  }));

  return {
    schema: TRUTH_SCHEMA,
    generator: {
      seed: o.seed, format: o.format, scale: o.scale, fleetFactor: m.k, grain: o.grain, start: o.start, months: months.map((x) => x.key),
      lines: Array.from(t.lineCounts).reduce((a, b) => a + b, 0), focusRows: Array.from(t.lineCounts).reduce((a, b) => a + b, 0) + t.unusedCommitmentRows, linesByMonth: Object.fromEntries(months.map((mo) => [mo.key, t.lineCounts[mo.index] ?? 0])), files: [...files],
    },
    organisation: {
      payer: { id: m.org.payer.id, name: m.org.payer.name },
      accounts: m.org.accounts.map((a) => ({ id: a.id, name: a.name, environment: a.env, team: a.team.name })),
    },
    totals,
    totalsByAccountService: byAccountService,
    anomalies,
    changes,
    tags: { requiredKeys: REQUIRED_TAG_KEYS, coverageByMonth: coverage, resourcesWithDefects: tagResources },
    commitments,
    rightsizing: { headroom: RIGHTSIZE_HEADROOM, hoursPerMonth: HOURS_PER_MONTH, instances: rightsizing, storage },
  };
}
