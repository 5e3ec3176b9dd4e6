// Domain words of the Kubernetes split, named once (SPEC.md says why each is so). OpenCost's own
// bucket names are kept as OpenCost writes them, so an analyst recognises them in both tools.

/** OpenCost's name for the cost of node capacity no workload requested: its own pool here. */
export const IDLE = '__idle__';
/** OpenCost's name for allocations without the grouping label: kept as a group of its own. */
export const UNALLOCATED = '__unallocated__';

/** How an allocation file was recognised (by content, never by its name). */
export const ALLOCATION_FORMATS = ['opencost-json', 'opencost-csv'] as const;
export type AllocationFormat = (typeof ALLOCATION_FORMATS)[number];

/** Where a window's weights came from: an imported allocation, or the bill's own split rows. */
export const WEIGHT_SOURCES = ['opencost', 'split-cost-allocation'] as const;
export type WeightSource = (typeof WEIGHT_SOURCES)[number];

/** The cost components kept for every allocation row, in the order of the table's columns. */
export const COST_COMPONENTS = ['cpuCost', 'gpuCost', 'ramCost', 'pvCost', 'networkCost', 'loadBalancerCost', 'sharedCost', 'externalCost', 'idleCost'] as const;
export type CostComponent = (typeof COST_COMPONENTS)[number];

/** Each component's column in k8s_allocations (migration 055). */
export const COMPONENT_COLUMN: Record<CostComponent, string> = {
  cpuCost: 'cpu_cost',
  gpuCost: 'gpu_cost',
  ramCost: 'ram_cost',
  pvCost: 'pv_cost',
  networkCost: 'network_cost',
  loadBalancerCost: 'load_balancer_cost',
  sharedCost: 'shared_cost',
  externalCost: 'external_cost',
  idleCost: 'idle_cost',
};

/**
 * The components that weigh an allocation's share of the nodes: what the nodes' CPU, GPU and
 * memory cost it, plus what OpenCost shared onto it from shared namespaces or overhead. Volumes,
 * network and load balancers are other lines of the bill, not node cost.
 */
export const NODE_WEIGHT_COMPONENTS: readonly CostComponent[] = ['cpuCost', 'gpuCost', 'ramCost', 'sharedCost'];

/** Tags that name a node's EKS cluster (user tags lose their `user:` prefix on ingest). */
export const CLUSTER_NAME_TAGS = ['eks:cluster-name', 'aws:eks:cluster-name'] as const;
/** `kubernetes.io/cluster/<name>` (value owned or shared) marks nodes of self-managed clusters and Karpenter. */
export const CLUSTER_TAG_PREFIX = 'kubernetes.io/cluster/';
/** The namespace tag AWS puts on split cost allocation (pod) rows. */
export const SPLIT_NAMESPACE_TAG = 'aws:eks:namespace';

/** EC2 usage types of running instances (on-demand, spot, dedicated, host); data transfer on an instance id is not node cost. */
export const NODE_USAGE_TYPE_PATTERN = '(^|-)(BoxUsage|SpotUsage|DedicatedUsage|HostBoxUsage|SchedUsage)(:|$)';
/** An EC2 instance id, bare or at the end of an ARN. */
export const INSTANCE_ID_PATTERN = '(^|/)i-[0-9a-f]+$';

/** `--by`: namespace, or one label's value. */
export const NAMESPACE_GROUPING = 'namespace';
export const LABEL_GROUPING_PREFIX = 'label:';

/** Largest allocation file accepted (a month of daily pods of a large cluster). */
export const MAX_IMPORT_CHARS = 200_000_000;
/** Largest file accepted over the API (JSON request bodies are held in memory). */
export const MAX_API_IMPORT_CHARS = 50_000_000;
