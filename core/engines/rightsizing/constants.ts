// The rightsizing engine's domain words and thresholds, named once (SPEC.md says where each comes from).

export const RIGHTSIZE_KIND = 'rightsize';

/** What a recommendation asks for. */
export const Action = {
  downsize: 'downsize',
  terminate: 'terminate',
  modernize: 'modernize',
  deleteVolume: 'delete-volume',
  deleteSnapshot: 'delete-snapshot',
  stopStorage: 'stop-storage',
} as const;
export type Action = (typeof Action)[keyof typeof Action];
export const ACTIONS = Object.values(Action);

export const Risk = { low: 'low', medium: 'medium', high: 'high' } as const;
export type Risk = (typeof Risk)[keyof typeof Risk];

/** The statistic of the per-period maxima the fit is made against. */
export const PERCENTILES = ['p90', 'p95', 'p99', 'p99.5', 'max'] as const;
export type Percentile = (typeof PERCENTILES)[number];
export const PERCENTILE_FRACTION: Record<Percentile, number> = { p90: 0.9, p95: 0.95, p99: 0.99, 'p99.5': 0.995, max: 1 };

export const DEFAULT_LOOKBACK_DAYS = 14;
export const MAX_LOOKBACK_DAYS = 93;
export const DEFAULT_PERCENTILE: Percentile = 'p95';
export const DEFAULT_HEADROOM_PCT = 20;
export const MAX_HEADROOM_PCT = 30;

/** Cost Explorer's idle rule: the CPU maximum over the lookback at or under 1%. */
export const IDLE_CPU_MAX_PCT = 1;
/** Compute Optimizer's and Trusted Advisor's "negligible" network: under 5 MB a day, in + out. */
export const IDLE_NETWORK_BYTES_PER_DAY = 5_000_000;
/** Fewer days than this and a recommendation is high risk: two weeks show a weekly cycle once. */
export const MIN_CONFIDENT_DAYS = 14;
/** A newer generation is offered only when it saves at least this share of the on-demand cost: a migration needs testing. */
export const MIN_MODERNIZE_SAVINGS_SHARE = 0.05;
/** A month of an always-on resource, as AWS's own calculators count it. */
export const HOURS_PER_MONTH = 730;

export const Metric = {
  cpu: 'CPUUtilization',
  memory: 'mem_used_percent',
  networkIn: 'NetworkIn',
  networkOut: 'NetworkOut',
} as const;

export const CommitmentKind = { savingsPlan: 'SavingsPlan', reservedInstance: 'ReservedInstance' } as const;
export type CommitmentKind = (typeof CommitmentKind)[keyof typeof CommitmentKind];

export const PriceSource = { bill: 'bill', onDemand: 'on-demand' } as const;
export type PriceSource = (typeof PriceSource)[keyof typeof PriceSource];

/**
 * AWS's normalization factors by size (the units of size-flexible RIs): within a family and
 * region, on-demand prices are proportional to them, which is how a size the bill does not show
 * is priced. `Nxlarge` is 8 × N; metal has no fixed factor and is never a target.
 */
export const NORMALIZATION_FACTOR: Record<string, number> = { nano: 0.25, micro: 0.5, small: 1, medium: 2, large: 4, xlarge: 8 };
export const METAL_SIZE = /metal/;

/** Tag keys read as a resource's owner, first found wins (case as the bill spells them). */
export const OWNER_TAG_KEYS = ['Owner', 'owner', 'Team', 'team'] as const;

// Storage still paying (SPEC.md "Storage still paying").

/** CloudWatch's EBS volume metrics (namespace AWS/EBS, dimension VolumeId), sent only while a volume is attached. */
export const EbsMetric = { readOps: 'VolumeReadOps', writeOps: 'VolumeWriteOps' } as const;
/** Trusted Advisor's "Underutilized Amazon EBS Volumes": fewer read + write operations a day than this. */
export const UNUSED_VOLUME_OPS_PER_DAY = 1;
/** A snapshot first billed at least this many days before the lookback's end is old: a quarter's review. */
export const OLD_SNAPSHOT_DAYS = 90;
/** A volume is a stopped instance's when its last I/O ends within this many hours of the instance's last billed hour (daily metrics end at midnight). */
export const STOPPED_LINK_HOURS = 24;

/** Why a storage recommendation was made (evidence.storage.finding). */
export const StorageFinding = {
  noIo: 'no-io',
  noMetrics: 'no-metrics',
  instanceStopped: 'instance-stopped',
  oldSnapshot: 'old-snapshot',
} as const;
export type StorageFinding = (typeof StorageFinding)[keyof typeof StorageFinding];

/**
 * Bill lines of EBS storage, by usage type (AWS prefixes a region code outside us-east-1:
 * USW2-EBS:VolumeUsage.gp3). A volume's cost is every `EBS:Volume…` line on its id (provisioned
 * IOPS and throughput too: deleting it saves them); its size and type come from `EBS:VolumeUsage`.
 */
export const EBS_VOLUME_LINES = 'EBS:Volume';
export const EBS_VOLUME_USAGE = 'EBS:VolumeUsage';
export const EBS_SNAPSHOT_USAGE = 'EBS:SnapshotUsage';
/** The currentType of a snapshot recommendation. */
export const SNAPSHOT_TYPE = 'snapshot';

/** The most resources one rightsizeSparklines call draws: a list shows a few hundred rows at a time. */
export const MAX_SPARKLINE_RESOURCES = 2000;

// RDS DB instances (SPEC.md "RDS DB instances").

/** CloudWatch's AWS/RDS metrics read beside CPUUtilization (dimension DBInstanceIdentifier). */
export const RdsMetric = { freeableMemory: 'FreeableMemory', connections: 'DatabaseConnections' } as const;
/** FreeableMemory is bytes; the catalog's memory is GiB. */
export const BYTES_PER_GIB = 1024 ** 3;
/**
 * Instance-hour usage types of a DB instance, after AWS's region prefix (USW2-): Single-AZ
 * `InstanceUsage:db.m5.large`, Multi-AZ `Multi-AZUsage:db.m5.large` (two instances, a standby in
 * another zone: twice the price; a resize keeps the deployment). I/O-Optimized Aurora adds a
 * suffix before the colon (InstanceUsageIOOptimized).
 */
export const RDS_INSTANCE_USAGE_TYPE = '(^|-)(InstanceUsage|Multi-AZUsage)[A-Za-z]*:db\\.';
export const RDS_MULTI_AZ_USAGE_TYPE = '(^|-)Multi-AZUsage';
/** A DB instance's ResourceId in the bill: arn:aws:rds:region:account:db:identifier. */
export const RDS_DB_ARN = '^arn:aws[a-z-]*:rds:[^:]*:[0-9]*:db:';
/**
 * The engine an RDS line's operation names (AWS Price List, AmazonRDS `operation`); other codes are
 * shown as the operation itself. Rates are compared only within the same operation: licences differ.
 */
export const RDS_ENGINE_BY_OPERATION: Readonly<Record<string, string>> = {
  'CreateDBInstance:0002': 'MySQL',
  'CreateDBInstance:0014': 'PostgreSQL',
  'CreateDBInstance:0016': 'Aurora MySQL',
  'CreateDBInstance:0018': 'MariaDB',
  'CreateDBInstance:0021': 'Aurora PostgreSQL',
};

/** What rightsizeDetail describes, told from the id (vol-, snap- or an ARN holding one, else an instance). */
export const ResourceKind = { instance: 'instance', database: 'database', volume: 'volume', snapshot: 'snapshot' } as const;
export type ResourceKind = (typeof ResourceKind)[keyof typeof ResourceKind];
