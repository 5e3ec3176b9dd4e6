// The Kubernetes part of chargeback (issue 13, item 3): OpenCost / Kubecost allocation imports and
// the split of a cluster's node cost among namespaces or labels. README.md says how it is used.
export { kubernetesSplit, kubernetesSplitExact, kubernetesClusters, kubernetesNodeLines, type KubernetesSplit, type KubernetesSplitExact, type KubernetesSplitRequest } from './run.ts';
export { importKubernetesAllocation, type KubernetesImportRequest, type KubernetesImportOutcome } from './import.ts';
export { listImports as listKubernetesImports, removeImport as removeKubernetesImport, type KubernetesImport } from './store.ts';
export { IDLE, UNALLOCATED, MAX_API_IMPORT_CHARS } from './constants.ts';
export { KubernetesErrorCode } from './errors.ts';
