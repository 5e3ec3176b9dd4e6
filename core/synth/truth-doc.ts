// The shape of truth.json. Money is an exact decimal string in USD (10 decimals).
import type { CommitmentKind, PaymentOption, Tags } from './model.ts';
import type { TagDefect } from './tags.ts';
import type { AnomalyKind } from './anomalies.ts';
import type { ChangeEffect, ChangeKind } from './changes.ts';
import type { InstanceFinding, StorageStory } from './items.ts';
import type { CostBasis } from './truth.ts';

export type Money = string;
export type BasisTotals = Record<CostBasis, Money>;

export interface TruthDoc {
  schema: string;
  generator: {
    seed: number; format: string; scale: number; fleetFactor: number; grain: string; start: string; months: string[];
    lines: number; linesByMonth: Record<string, number>; files: string[];
    /** Rows the bill loads as: its lines plus one unused-commitment Usage row per recurring fee with an unused part. */
    focusRows: number;
  };
  organisation: { payer: { id: string; name: string }; accounts: { id: string; name: string; environment: string; team: string }[] };
  /** Per billing month (YYYY-MM). */
  totals: Record<string, BasisTotals>;
  totalsByAccountService: ({ month: string; accountId: string; accountName: string; serviceCode: string; serviceName: string } & BasisTotals)[];
  anomalies: {
    id: string; kind: AnomalyKind; start: string; end: string; accountId: string; accountName: string; serviceCode: string; serviceName: string;
    usageType: string | null; regionId: string | null; resourceIds: string[]; description: string; basis: 'EffectiveCost'; extraCost: Money; extraCostByDay: Record<string, Money>;
  }[];
  /** Deliberate cost changes that are not anomalies (changes.ts): a launch is a planned increase, a migration moves cost (not to be raised), a retirement lowers it. */
  changes: {
    id: string; kind: ChangeKind; effect: ChangeEffect; start: string; accountId: string; accountName: string; serviceCode: string; serviceName: string;
    usageType: string | null; regionId: string | null; resourceIds: string[]; description: string;
  }[];
  tags: {
    requiredKeys: readonly string[];
    coverageByMonth: Record<string, { effectiveCost: Money; tagged: Money; incomplete: Money; untaggable: Money }>;
    resourcesWithDefects: { resourceId: string; accountId: string; accountName: string; serviceCode: string; tags: Tags; cur2TagKeys: string[]; defects: TagDefect[]; effectiveCost: Money }[];
  };
  commitments: {
    id: string; type: CommitmentKind; accountId: string; paymentOption: PaymentOption; term: string; start: string; end: string;
    hourlyCommitment: Money | null; instanceFamily: string | null; instanceType: string | null; count: number | null; regionId: string | null; upfrontFee: Money;
    utilizationByMonth: Record<string, { committed: string; used: string; unit: 'hours' | 'USD'; utilization: number | null }>;
    utilization: number | null;
  }[];
  rightsizing: {
    headroom: number;
    hoursPerMonth: number;
    instances: {
      resourceId: string | null; accountId: string; accountName: string; regionId: string; instanceType: string; vcpu: number; finding: InstanceFinding;
      cpuPeakPercent: number; memoryPeakPercent: number; action: 'stop' | 'downsize'; recommendedType: string | null;
      monthlyOnDemandCost: string; recommendedMonthlyCost: string; estimatedMonthlySavings: string;
    }[];
    /**
     * Storage still paying: unattached volumes, stopped instances (resourceId the instance, its
     * volume in volumeIds) and snapshots billed for at least 90 days by the range's end.
     * monthlyCost = size × the GB-month rate.
     */
    storage: {
      resourceId: string; accountId: string; accountName: string; regionId: string | null; kind: StorageStory['kind'];
      action: 'delete-volume' | 'stop-storage' | 'delete-snapshot'; volumeIds: string[]; sizeGB: number; firstBilled: string; stoppedAt: string | null; monthlyCost: string;
    }[];
  };
}
