// A metric's rows over a range of days, for the pivot measure (which narrows them by the cell's keys).
import { sql } from '../../sql/index.ts';
import type { Db } from '../../store/db.ts';
import type { DayRange } from './range.ts';
import { parseVolume } from './ratio.ts';

export interface DailyVolume {
  date: string;
  owner: string;
  service: string;
  /** 10⁻⁶ units. */
  volume: bigint;
}

export async function dailyVolumes(db: Db, metric: string, range: DayRange): Promise<DailyVolume[]> {
  const rows = await db.all(sql`
    SELECT strftime(date, '%Y-%m-%d') AS day, owner, service, CAST(value AS VARCHAR) AS value
    FROM business_metrics
    WHERE metric = ${metric} AND date >= CAST(${range.from} AS DATE) AND date < CAST(${range.to} AS DATE)`);
  return rows.map((r) => ({ date: String(r.day), owner: String(r.owner), service: String(r.service), volume: parseVolume(String(r.value)) }));
}
