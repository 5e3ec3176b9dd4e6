// Kubernetes allocation imports and a cluster's split as text.
import type { KubernetesImport, KubernetesSplit } from '../../api/chargeback-contract.ts';
import { alignColumns, money } from './text.ts';

export function importLines(imports: readonly KubernetesImport[]): string[] {
  if (imports.length === 0) return ['No Kubernetes allocation imported. Import an OpenCost export with "finops-workbench chargeback k8s import --db W FILE".'];
  const rows = [
    ['id', 'file', 'format', 'clusters', 'windows', 'from', 'to', 'allocations', 'cost'],
    ...imports.map((i) => [String(i.id), i.fileName, i.format, i.clusters.join(', '), String(i.windows), i.windowStart, i.windowEnd, String(i.allocations), money(i.totalCost)]),
  ];
  return alignColumns(rows, ['right', 'left', 'left', 'left', 'right', 'left', 'left', 'right', 'right']);
}

export function splitLines(s: KubernetesSplit): string[] {
  const r = s.reconciliation;
  const rows = [[s.by, s.basis], ...s.amounts.map((a) => [a.group, money(a.amount)]), ['idle', money(s.idle)]];
  if (s.uncovered !== 0) rows.push(['not covered by any window', money(s.uncovered)]);
  rows.push(['nodes in the bill', money(r.nodeCost)]);
  return [
    `Cluster ${s.cluster}, ${s.period}: ${s.windows.opencost} OpenCost window(s)${s.windows.splitCostAllocation ? `, ${s.windows.splitCostAllocation} hour(s) from the bill's split cost allocation` : ''}.`,
    ...alignColumns(rows, ['left', 'right']),
    `OpenCost counted ${money(s.openCostTotal)} for its windows; difference to the bill's nodes in them: ${money(r.difference)}.`,
  ];
}
