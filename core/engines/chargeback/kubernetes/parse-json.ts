// OpenCost's /allocation and /allocation/compute responses (Kubecost's /model/allocation is the
// same): `{code, data: [set, …]}`, one set per step, each set a map from the allocation's name
// to the allocation `{name, properties: {cluster, namespace, controllerKind, controller, pod,
// container, node, labels}, window: {start, end}, start, end, cpuCost, gpuCost, ramCost, pvCost,
// networkCost, loadBalancerCost, sharedCost, externalCost, totalCost, …}`. A bare set, a bare
// list of sets or `data` as one set are read too (people save what they curl in several ways).
import { snippet } from '../../../errors.ts';
import { capital, checkRow, costsOf, isIdleName, utcTime, type AllocationRow } from './allocation.ts';
import type { CostComponent } from './constants.ts';
import { k8sError } from './errors.ts';

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The allocation's JSON key for each cost component (idle has none: idle is its own allocation). */
const JSON_COST_KEY: Record<CostComponent, string | null> = {
  cpuCost: 'cpuCost',
  gpuCost: 'gpuCost',
  ramCost: 'ramCost',
  pvCost: 'pvCost',
  networkCost: 'networkCost',
  loadBalancerCost: 'loadBalancerCost',
  sharedCost: 'sharedCost',
  externalCost: 'externalCost',
  idleCost: null,
};
/** Without these an object is not an allocation the split can use. */
const REQUIRED_COSTS: readonly string[] = ['cpuCost', 'ramCost'];

/** Does this parsed JSON look like an allocation response? (For format detection.) */
export function looksLikeAllocationJson(json: unknown): boolean {
  return allocationSets(json) !== null;
}

function looksLikeAllocation(v: unknown): boolean {
  return isObj(v) && ('window' in v || 'start' in v) && ('cpuCost' in v || 'ramCost' in v || 'totalCost' in v);
}

function isSet(v: unknown): v is Obj {
  return isObj(v) && Object.values(v).length > 0 && Object.values(v).every(looksLikeAllocation);
}

/** The sets of a response, or null when it is not one. Empty sets (null in `data`) are skipped. */
function allocationSets(json: unknown): Obj[] | null {
  const body = isObj(json) && 'data' in json ? json.data : json;
  const list = Array.isArray(body) ? body.filter((s) => s !== null && !(isObj(s) && Object.keys(s).length === 0)) : [body];
  if (list.length === 0 || !list.every(isSet)) return null;
  return list as Obj[];
}

function text(v: unknown): string | null {
  return typeof v === 'string' && v !== '' ? v : null;
}

function labelsOf(v: unknown): Record<string, string> {
  if (!isObj(v)) return {};
  const out: Record<string, string> = {};
  for (const [k, val] of Object.entries(v)) if (typeof val === 'string') out[k] = val;
  return out;
}

/** A cost as given; null (OpenCost's NaN) counts as absent except for the required ones, which are refused. */
function costValue(a: Obj, key: string | null): unknown {
  if (key === null) return undefined;
  const v = a[key];
  return v === null && !REQUIRED_COSTS.includes(key) ? undefined : v;
}

export function rowsFromAllocationJson(json: unknown): AllocationRow[] {
  const sets = allocationSets(json);
  if (!sets) {
    throw k8sError('CHARGEBACK_K8S_UNKNOWN_FORMAT', 'This JSON is not an OpenCost allocation response: expected {"code": 200, "data": [{"<name>": {"window": …, "cpuCost": …}}]}, as /allocation or /allocation/compute returns. Save the API\'s answer as it comes (curl -G http://localhost:9003/allocation/compute -d window=… -d aggregate=namespace -d step=1d -d includeIdle=true).');
  }
  const rows: AllocationRow[] = [];
  sets.forEach((set, s) => {
    for (const [key, value] of Object.entries(set)) {
      const a = value as Obj;
      const name = text(a.name) ?? key;
      const where = `set ${s + 1}, allocation ${snippet(name, 80)}`;
      for (const c of REQUIRED_COSTS) {
        if (!(c in a)) throw k8sError('CHARGEBACK_K8S_MISSING_FIELD', `${capital(where)} has no ${c}. Export the allocation from /allocation or /allocation/compute, which give every cost. Nothing was imported.`, { where, field: c });
      }
      const props = isObj(a.properties) ? a.properties : {};
      const win = isObj(a.window) ? a.window : {};
      const namespace = text(props.namespace);
      rows.push(
        checkRow({
          where,
          cluster: text(props.cluster),
          windowStart: utcTime(win.start ?? a.start, 'window.start', where),
          windowEnd: utcTime(win.end ?? a.end, 'window.end', where),
          name,
          namespace,
          controllerKind: text(props.controllerKind),
          controller: text(props.controller),
          pod: text(props.pod),
          container: text(props.container),
          node: text(props.node),
          labels: labelsOf(props.labels),
          idle: isIdleName(name) || isIdleName(namespace),
          costs: costsOf((c) => costValue(a, JSON_COST_KEY[c]), where, (c) => JSON_COST_KEY[c] ?? c),
        }),
      );
    }
  });
  return rows;
}
