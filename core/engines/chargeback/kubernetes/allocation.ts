// One allocation of an OpenCost / Kubecost export, whatever its form (API JSON or CSV), as it is
// stored: its cluster and window, who it is (namespace, controller, pod, labels) and its costs as
// exact decimal text. Readers of both forms build these through the helpers here, so a cost or a
// time is checked the same way in both.
import { snippet } from '../../../errors.ts';
import { COST_COMPONENTS, IDLE, type CostComponent } from './constants.ts';
import { k8sError } from './errors.ts';

export interface AllocationRow {
  /** Where it is in the file, for messages: `line 4`, `set 2, allocation "kube-system"`. */
  where: string;
  /** As the file names it; null when the file has no cluster (the import's --cluster gives it). */
  cluster: string | null;
  /** UTC, `YYYY-MM-DDTHH:MM:SSZ`; the end is not included. */
  windowStart: string;
  windowEnd: string;
  name: string;
  namespace: string | null;
  controllerKind: string | null;
  controller: string | null;
  pod: string | null;
  container: string | null;
  node: string | null;
  labels: Record<string, string>;
  /** OpenCost's `__idle__`: node capacity no workload requested. */
  idle: boolean;
  costs: Record<CostComponent, string>;
}

const DECIMAL = /^[+]?(\d+)(?:\.(\d*))?$|^[+]?\.(\d+)$/;
/** Costs are stored as DECIMAL(38, 12). */
const SCALE = 12;

/** A cost as exact decimal text (at most 12 decimals); negative, text or NaN is refused with where it is. */
export function costText(value: unknown, field: string, where: string): string {
  let text: string;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw k8sError('CHARGEBACK_K8S_BAD_COST', `${capital(where)}: ${field} is ${String(value)}, not a cost. Export the allocation again; OpenCost writes null for a cost it could not compute.`, { where, field });
    // a JSON number's shortest text, never an exponent (1e-7 → 0.0000001)
    text = /e/i.test(String(value)) ? value.toFixed(SCALE) : String(value);
  } else if (typeof value === 'string') text = value.trim();
  else throw k8sError('CHARGEBACK_K8S_BAD_COST', `${capital(where)}: ${field} is ${value === null ? 'null' : snippet(value)}, not a cost. Give a number (0 when there is none).`, { where, field });
  if (/^-/.test(text) && Number(text) !== 0) {
    throw k8sError('CHARGEBACK_K8S_BAD_COST', `${capital(where)}: ${field} is negative (${text}). An allocation's costs are never below zero; export it again from OpenCost or fix the value. Nothing was imported.`, { where, field, value: text });
  }
  if (/^-/.test(text)) text = text.slice(1);
  const m = DECIMAL.exec(text);
  if (!m) throw k8sError('CHARGEBACK_K8S_BAD_COST', `${capital(where)}: ${field} is ${snippet(text)}, not a number. Costs are written like 12.5. Nothing was imported.`, { where, field, value: text });
  const whole = m[1] ?? '0';
  let frac = m[2] ?? m[3] ?? '';
  // more than 12 decimals: round half up at the 12th (OpenCost writes at most 6)
  if (frac.length > SCALE) return roundedText(whole, frac);
  frac = frac.replace(/0+$/, '');
  return frac ? `${BigInt(whole)}.${frac}` : `${BigInt(whole)}`;
}

function roundedText(whole: string, frac: string): string {
  const units = BigInt(whole + frac.slice(0, SCALE)) + (Number(frac[SCALE]) >= 5 ? 1n : 0n);
  const s = units.toString().padStart(SCALE + 1, '0');
  return `${s.slice(0, -SCALE)}.${s.slice(-SCALE)}`.replace(/\.?0+$/, '');
}

/** The costs of a row: every component, given ones checked, missing ones 0. */
export function costsOf(read: (c: CostComponent) => unknown, where: string, label: (c: CostComponent) => string): Record<CostComponent, string> {
  const out = {} as Record<CostComponent, string>;
  for (const c of COST_COMPONENTS) {
    const v = read(c);
    out[c] = v === undefined || v === '' ? '0' : costText(v, label(c), where);
  }
  return out;
}

/** RFC 3339 (any offset) or a bare date, as UTC `YYYY-MM-DDTHH:MM:SSZ`; anything else is refused. */
export function utcTime(value: unknown, field: string, where: string): string {
  const text = typeof value === 'string' ? value.trim() : '';
  const ok = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/i.test(text);
  const ms = ok ? Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00:00Z` : /(Z|[+-]\d{2}:?\d{2})$/i.test(text) ? text.replace(' ', 'T') : `${text.replace(' ', 'T')}Z`) : NaN;
  if (Number.isNaN(ms)) {
    throw k8sError('CHARGEBACK_K8S_MISSING_FIELD', `${capital(where)}: ${field} is ${text === '' ? 'missing' : snippet(value)}; a window is two times such as 2026-10-01T00:00:00Z. Export the allocation with its window (the /allocation API's window.start and window.end). Nothing was imported.`, { where, field });
  }
  return isoSeconds(ms);
}

export function isoSeconds(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export const DAY_MS = 86_400_000;

export function isIdleName(name: string | null | undefined): boolean {
  return name === IDLE || (typeof name === 'string' && name.endsWith(`/${IDLE}`));
}

export function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Checks a row's window and namespace, the two things the split cannot do without. */
export function checkRow(row: AllocationRow): AllocationRow {
  if (Date.parse(row.windowEnd) <= Date.parse(row.windowStart)) {
    throw k8sError('CHARGEBACK_K8S_MISSING_FIELD', `${capital(row.where)}: its window ends (${row.windowEnd}) before it starts (${row.windowStart}). Export the allocation again. Nothing was imported.`, { where: row.where });
  }
  if (!row.idle && (row.namespace === null || row.namespace === '')) {
    throw k8sError('CHARGEBACK_K8S_MISSING_FIELD', `${capital(row.where)} has no namespace. Export the allocation by namespace or finer (aggregate=namespace, controller or pod), so each allocation names its namespace. Nothing was imported.`, { where: row.where, field: 'namespace' });
  }
  return row;
}
