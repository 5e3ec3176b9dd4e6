// What a list of recommendations draws beside each row: per resource, its CPU maximum of each day
// of the lookback (the window run() reads, SPEC.md step 1). One GROUP BY over the resources asked
// for, kept apart from run() so the list shows at once and the lines follow; days without data
// are null, never 0 (an instance stopped for a day is not an idle one).
import { sql } from '../../sql/index.ts';
import type { Db } from '../../store/db.ts';
import { Metric } from './constants.ts';
import { noData } from './errors.ts';
import { readLookback } from './lookback.ts';
import { timestampParam } from './read-metrics.ts';
import { parseRightsizeSpec } from './run.ts';
import type { RightsizeSpec, RightsizeSpecInput } from './spec.ts';

const MS_PER_DAY = 86_400_000;
const ID_SEPARATOR = '\u001f';

export interface RightsizeSparklines {
  /** The lookback's days (UTC, YYYY-MM-DD), oldest first: the x axis of every line. */
  days: string[];
  /** Per resource asked for with CPU data, the CPU maximum (percent) of each day; null where none. */
  cpuMax: Record<string, (number | null)[]>;
}

const dayText = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

export async function sparklines(db: Db, resourceIds: readonly string[], input: RightsizeSpecInput | RightsizeSpec): Promise<RightsizeSparklines> {
  const spec = parseRightsizeSpec(input);
  const lookback = await readLookback(db, spec.lookbackDays);
  if (!lookback) throw noData();
  const { window } = lookback;
  const first = Math.floor(window.from.getTime() / MS_PER_DAY) * MS_PER_DAY;
  const days: string[] = [];
  for (let t = first; t < window.to.getTime(); t += MS_PER_DAY) days.push(dayText(t));
  const cpuMax: Record<string, (number | null)[]> = {};
  if (!resourceIds.length || !lookback.metrics) return { days, cpuMax };
  // one bound text split in DuckDB (the sql door binds scalars); list_contains, not IN: a long
  // IN list becomes a join (../shared/STACK.md). The unit separator is in no resource id.
  const rows = await db.all(sql`
    SELECT resource_id AS id, CAST(CAST(period_start AS DATE) AS VARCHAR) AS day, CAST(max(maximum) AS DOUBLE) AS peak
    FROM resource_metrics
    WHERE metric = ${Metric.cpu} AND list_contains(string_split(${resourceIds.join(ID_SEPARATOR)}, ${ID_SEPARATOR}), resource_id)
      AND period_start >= CAST(${timestampParam(window.from)} AS TIMESTAMP) AND period_start < CAST(${timestampParam(window.to)} AS TIMESTAMP)
    GROUP BY ALL`);
  const at = new Map(days.map((d, i) => [d, i]));
  for (const r of rows) {
    const i = at.get(String(r.day));
    if (i === undefined || r.peak === null) continue;
    const line = (cpuMax[String(r.id)] ??= days.map(() => null));
    line[i] = Number(r.peak);
  }
  return { days, cpuMax };
}
