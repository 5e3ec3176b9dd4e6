// "Data through": the last UTC day with charges in the workspace, which tells a reader of an
// export how fresh its numbers are (a CUR is rewritten until the month's invoice is final).
import { sql } from '../sql/index.ts';
import type { Db } from '../store/db.ts';

export async function dataThrough(db: Db): Promise<string | null> {
  // ChargePeriodEnd is exclusive: a charge ending at midnight belongs to the day before
  const day = await db.value(sql`SELECT strftime(max(coalesce("ChargePeriodEnd" - INTERVAL 1 MICROSECOND, "ChargePeriodStart")), '%Y-%m-%d') FROM focus`);
  return typeof day === 'string' ? day : null;
}
