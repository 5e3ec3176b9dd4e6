// The CSV forms of an allocation: OpenCost's CSV export (Date, Namespace, ControllerKind,
// ControllerName, Pod, Container, CPUCost, RAMCost, NetworkCost, PVCost, GPUCost, TotalCost,
// Labels as JSON or Label_<key> columns; one day per Date) and Kubecost's or a hand-made export
// with a window (Window Start / Window End) and a cluster. Headers are matched without case,
// spaces or separators (`CPU Cost`, `cpu_cost`, `cpuCost` are one column).
import { WorkbenchError, snippet } from '../../../errors.ts';
import { parseCsv, type CsvRow } from '../../budgets/csv.ts';
import { DAY_MS, checkRow, costsOf, isIdleName, isoSeconds, utcTime, type AllocationRow } from './allocation.ts';
import type { CostComponent } from './constants.ts';
import { k8sError } from './errors.ts';

const FIELD_HEADERS = {
  date: ['date', 'day'],
  windowStart: ['windowstart', 'start', 'starttime'],
  windowEnd: ['windowend', 'end', 'endtime'],
  cluster: ['cluster', 'clusterid', 'clustername'],
  name: ['name', 'allocation'],
  namespace: ['namespace'],
  controllerKind: ['controllerkind'],
  controller: ['controller', 'controllername'],
  pod: ['pod', 'podname'],
  container: ['container'],
  node: ['node'],
  labels: ['labels'],
} as const;
type Field = keyof typeof FIELD_HEADERS;

const COST_HEADERS: Record<CostComponent, readonly string[]> = {
  cpuCost: ['cpucost'],
  gpuCost: ['gpucost'],
  ramCost: ['ramcost', 'memorycost'],
  pvCost: ['pvcost'],
  networkCost: ['networkcost'],
  loadBalancerCost: ['loadbalancercost', 'lbcost'],
  sharedCost: ['sharedcost'],
  externalCost: ['externalcost'],
  idleCost: ['idlecost'],
};
const LABEL_COLUMN = /^label[_:](.+)$/i;

const normal = (h: string) => h.toLowerCase().replace(/[^a-z0-9]/g, '');

interface Columns {
  field: Partial<Record<Field, number>>;
  cost: Partial<Record<CostComponent, number>>;
  labels: Array<{ key: string; at: number }>;
  header: string[];
}

function columnsOf(header: string[]): Columns {
  const cols: Columns = { field: {}, cost: {}, labels: [], header };
  header.forEach((h, i) => {
    const n = normal(h);
    const label = LABEL_COLUMN.exec(h.trim());
    if (label) cols.labels.push({ key: label[1]!, at: i });
    for (const [f, names] of Object.entries(FIELD_HEADERS) as [Field, readonly string[]][]) if (names.includes(n) && cols.field[f] === undefined) cols.field[f] = i;
    for (const [c, names] of Object.entries(COST_HEADERS) as [CostComponent, readonly string[]][]) if (names.includes(n) && cols.cost[c] === undefined) cols.cost[c] = i;
  });
  return cols;
}

/** Is this the header of an allocation CSV? (For format detection: the CPU and RAM costs; a missing namespace or window is then named.) */
export function looksLikeAllocationCsvHeader(firstLine: string): boolean {
  const cols = columnsOf(firstLine.replace(/^\uFEFF/, '').split(',').map((h) => h.replace(/^"|"$/g, '')));
  return cols.cost.cpuCost !== undefined && cols.cost.ramCost !== undefined;
}

function readRows(text: string): CsvRow[] {
  try {
    return parseCsv(text);
  } catch (err) {
    if (err instanceof WorkbenchError) throw k8sError('CHARGEBACK_K8S_UNKNOWN_FORMAT', err.message, err.details);
    throw err;
  }
}

function labelsCell(value: string, where: string): Record<string, string> {
  const v = value.trim();
  if (v === '') return {};
  if (v.startsWith('{')) {
    try {
      const parsed: unknown = JSON.parse(v);
      if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) {
        return Object.fromEntries(Object.entries(parsed).filter((e): e is [string, string] => typeof e[1] === 'string'));
      }
    } catch {
      // falls through to the message below
    }
    throw k8sError('CHARGEBACK_K8S_UNKNOWN_FORMAT', `${where}: labels ${snippet(v)} are not a JSON object. Write them as OpenCost does ({"app":"web","team":"payments"}) or as app=web;team=payments.`, { where });
  }
  const out: Record<string, string> = {};
  for (const pair of v.split(/[;,]/)) {
    const eq = pair.indexOf('=');
    if (eq > 0) out[pair.slice(0, eq).trim()] = pair.slice(eq + 1).trim();
  }
  return out;
}

export function rowsFromAllocationCsv(text: string): AllocationRow[] {
  const [head, ...body] = readRows(text);
  if (!head) throw k8sError('CHARGEBACK_K8S_UNKNOWN_FORMAT', 'The CSV is empty. Export the allocation again.');
  const cols = columnsOf(head.fields);
  const missing: string[] = [];
  if (cols.cost.cpuCost === undefined) missing.push('cpuCost');
  if (cols.cost.ramCost === undefined) missing.push('ramCost');
  if (cols.field.namespace === undefined) missing.push('namespace');
  if (cols.field.date === undefined && (cols.field.windowStart === undefined || cols.field.windowEnd === undefined)) missing.push('a window (window start and end, or Date)');
  if (missing.length) {
    throw k8sError('CHARGEBACK_K8S_MISSING_FIELD', `The allocation CSV has no ${missing.join(', ')} column (line 1 has ${head.fields.map((h) => snippet(h, 30)).join(', ')}). Export it again with its namespace, CPU and RAM costs and window. Nothing was imported.`, { missing });
  }
  return body.map((r) => {
    const where = `line ${r.line}`;
    const cell = (f: Field) => {
      const at = cols.field[f];
      const v = at === undefined ? '' : (r.fields[at] ?? '').trim();
      return v === '' ? null : v;
    };
    let windowStart: string;
    let windowEnd: string;
    if (cols.field.windowStart !== undefined && cols.field.windowEnd !== undefined) {
      windowStart = utcTime(cell('windowStart') ?? '', cols.header[cols.field.windowStart]!, where);
      windowEnd = utcTime(cell('windowEnd') ?? '', cols.header[cols.field.windowEnd]!, where);
    } else {
      // OpenCost's export: one row per container and day
      windowStart = utcTime(cell('date') ?? '', cols.header[cols.field.date!]!, where);
      windowEnd = isoSeconds(Date.parse(windowStart) + DAY_MS);
    }
    const labels = cols.field.labels === undefined ? {} : labelsCell(r.fields[cols.field.labels] ?? '', where);
    for (const { key, at } of cols.labels) if ((r.fields[at] ?? '').trim() !== '') labels[key] = r.fields[at]!.trim();
    const namespace = cell('namespace');
    const name = cell('name') ?? [namespace, cell('controller'), cell('pod'), cell('container')].filter((p) => p !== null).join('/');
    return checkRow({
      where,
      cluster: cell('cluster'),
      windowStart,
      windowEnd,
      name,
      namespace,
      controllerKind: cell('controllerKind'),
      controller: cell('controller'),
      pod: cell('pod'),
      container: cell('container'),
      node: cell('node'),
      labels,
      idle: isIdleName(namespace) || isIdleName(cell('name')),
      costs: costsOf((c) => (cols.cost[c] === undefined ? undefined : (r.fields[cols.cost[c]!] ?? '').trim()), where, (c) => cols.header[cols.cost[c]!] ?? c),
    });
  });
}
