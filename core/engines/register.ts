// Every engine's derived tables, registered with the store (store/derived-registry.ts), which
// refreshes them in every transaction that changes focus. Loaded for its effect by every path that
// opens a workspace for writing (api/service.ts, so the CLI, the server and the app; synth's
// round trip; tests and benches that ingest without the API). An engine with a derived table adds
// one line here.
import { registerAliasDependentTable, registerDerivedTable } from '../store/derived-registry.ts';
import { refreshPivotAggregates } from './pivot/aggregates.ts';
import { AGG_TABLE, AGG_TAG_VALUES_TABLE } from './pivot/source.ts';
import { refreshTagValues } from './pivot/tag-aggregate.ts';

registerDerivedTable(AGG_TABLE, (db, billingPeriods) => refreshPivotAggregates(db, { billingPeriods }));
// the pivot's tag aggregate holds tags with their aliases applied: it follows every alias change
registerAliasDependentTable(AGG_TAG_VALUES_TABLE, refreshTagValues);
