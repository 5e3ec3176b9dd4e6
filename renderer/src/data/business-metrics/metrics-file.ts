// Business metrics as the Data view shows them: the size a file picked in the app may have (it is
// sent as text through the API; larger files go by the command line), and a metric's reach and
// range in words.
import type { ApiError } from '../../../../core/api/errors.ts';
import type { BusinessMetricSummary } from '../../../../core/api/unit-costs-contract.ts';
import { formatBytes, formatCount } from '../../format.ts';

/** A metrics file the app reads is at most this many bytes (about 250,000 rows); API call bodies allow it JSON-escaped. */
export const MAX_APP_METRICS_FILE_BYTES = 10 * 1024 * 1024;

/** The engine's code for a file it cannot take: the app refuses a too-large one with it too. */
const BAD_FILE = 'UNIT_COSTS_BAD_FILE';

/** null when the file can be sent; otherwise the error to show, in the words core uses. */
export function tooLarge(name: string, bytes: number): ApiError | null {
  if (bytes <= MAX_APP_METRICS_FILE_BYTES) return null;
  return {
    code: BAD_FILE,
    message: `${name} is ${formatBytes(bytes)}; the app imports business metrics files of up to ${formatBytes(MAX_APP_METRICS_FILE_BYTES)}. Import it with \`finops-workbench unit-costs import ${name}\`, or split it by metric. Nothing was imported.`,
    details: { file: name, bytes, limit: MAX_APP_METRICS_FILE_BYTES },
  };
}

/** '2026-09-29 – 2026-10-02', or the one day. */
export function dateRange(m: Pick<BusinessMetricSummary, 'from' | 'to'>): string {
  return m.from === m.to ? m.from : `${m.from} – ${m.to}`;
}

/** Who the volume is for: 'by owner (2)', 'by service (1)', both, or 'all spend'. */
export function reach(m: Pick<BusinessMetricSummary, 'owners' | 'services'>): string {
  const parts = [m.owners > 0 ? `by owner (${formatCount(m.owners)})` : null, m.services > 0 ? `by service (${formatCount(m.services)})` : null].filter(Boolean);
  return parts.length ? parts.join(', ') : 'all spend';
}

export function rowsInWords(n: number): string {
  return `${formatCount(n)} ${n === 1 ? 'row' : 'rows'}`;
}
