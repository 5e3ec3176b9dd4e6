// Tables derived from focus (aggregates that speed up engines) must always equal it. Everything
// that changes focus rows calls refreshDerived inside its own transaction, naming the billing
// periods it touched. Add an engine's refresher here.
import type { Db } from '../store/db.ts';
import { refreshPivotAggregates } from './pivot/aggregates.ts';

export async function refreshDerived(db: Db, billingPeriods: readonly string[]): Promise<void> {
  await refreshPivotAggregates(db, { billingPeriods });
}
