// What `rightsize` answers (RIGHTSIZING-SHAPE.md): recommendations by monthly savings, a summary,
// warnings about the data, and the window the metrics were read over.
import type { Action, CommitmentKind, PriceSource, Risk, StorageFinding } from './constants.ts';

export interface Evidence {
  /** Days with CPU data in the lookback. */
  days: number;
  /** CPU at the chosen percentile of the per-period maxima, percent. */
  cpu: number | null;
  cpuMax: number | null;
  /** Memory at the chosen percentile, percent; null without the CloudWatch agent's mem_used_percent. */
  memory: number | null;
  /** NetworkIn + NetworkOut, bytes per day with data. */
  networkBytesPerDay: number | null;
  vcpu: { current: number; target: number | null };
  memoryGiB: { current: number; target: number | null };
  /** Volumes, snapshots and stopped instances' storage (SPEC.md "Storage still paying"); their CPU fields are null, vCPU and GiB 0. */
  storage?: StorageEvidence;
  /** An RDS DB instance (SPEC.md "RDS DB instances"): a resize keeps its engine and deployment. */
  database?: DatabaseEvidence;
}

export interface DatabaseEvidence {
  arn: string;
  /** PostgreSQL, MySQL… (from the bill's operation); the operation itself when not known; null when the bill has none. */
  engine: string | null;
  /** Multi-AZ: a standby in another zone, billed twice; the recommended class keeps it. */
  multiAZ: boolean;
  /** The most DatabaseConnections in a period; null when not measured. */
  connectionsMax: number | null;
}

export interface StorageEvidence {
  finding: StorageFinding;
  /** Average GB billed in the window (volumes and snapshots). */
  sizeGB: number | null;
  /** VolumeReadOps + VolumeWriteOps a day measured; null without EBS metrics in the window. */
  ioOpsPerDay: number | null;
  /** A stopped instance's volumes still billed. */
  volumeIds?: string[];
  /** A stopped instance: end of its last billed instance-hour, ISO time. */
  lastRunning?: string;
  /** A snapshot: start of its first line in the bill, ISO time, and the days since then to the lookback's end. */
  firstBilled?: string;
  ageDays?: number;
}

export interface Price {
  source: PriceSource;
  coveredBy?: CommitmentKind;
  /** USD per hour of commitment this change leaves to other usage (or unused). */
  freedCommitmentPerHour?: number;
}

export interface Recommendation {
  resourceId: string;
  accountId: string;
  accountName?: string;
  region?: string;
  owner?: string;
  currentType: string;
  action: Action;
  recommendedType: string | null;
  needsTesting: boolean;
  monthlyCost: number;
  monthlySavings: number;
  price: Price;
  evidence: Evidence;
  risk: Risk;
}

export interface RightsizeResult {
  recommendations: Recommendation[];
  summary: { count: number; monthlySavings: number; byAction: Partial<Record<Action, { count: number; monthlySavings: number }>> };
  warnings: string[];
  /** End of the metrics read (exclusive), ISO time; the bill's end without metrics. */
  asOf: string;
  lookback: { from: string; to: string };
  /** False when the workspace has no CPU metrics: the lookback is the bill's last days, instances are not sized (a warning says so). */
  metrics: boolean;
}
