// "Cost per": Explore's unit cost measure (`unitCost:<metric>`, core/engines/unit-costs) over the
// business metrics imported in the workspace (Data view, or `unit-costs import FILE`), read on
// mount: Explore mounts afresh each time it is opened, so a metric just imported is offered.
// Picking one puts it first among the measures, so the chart draws it; the grid shows it beside the others.
import { useEffect, useState } from 'react';
import type { PivotSpec } from '../../../core/api/pivot-contract.ts';
import type { WorkbenchClient } from '../api/client.ts';
import { isUnitCost, UNIT_COST_PREFIX } from './labels.ts';
import { setUnitCost } from './spec-edit.ts';

const NONE = '';
const HELP = 'Cost divided by a business metric over the same days (orders, active users…). Import metrics in Data, Business metrics (or: finops-workbench unit-costs import FILE)';

export function UnitCostSelect({ client, spec, onChange }: { client: WorkbenchClient; spec: PivotSpec; onChange: (spec: PivotSpec) => void }) {
  const [metrics, setMetrics] = useState<string[] | null>(null);
  useEffect(() => {
    let live = true;
    client.call('businessMetrics', {}).then(
      (r) => live && setMetrics(r.metrics.map((m) => m.metric)),
      () => live && setMetrics([]),
    );
    return () => {
      live = false;
    };
  }, [client]);
  const current = spec.measures.find(isUnitCost)?.slice(UNIT_COST_PREFIX.length) ?? NONE;
  // a saved view may name a metric this workspace lacks: keep it listed so the choice shows
  const choices = metrics === null ? [] : current !== NONE && !metrics.includes(current) ? [...metrics, current] : metrics;
  if (metrics !== null && choices.length === 0) return null;
  return (
    <label className="control">
      <span className="label">Cost per</span>
      <select value={current} title={HELP} disabled={metrics === null} onChange={(e) => onChange(setUnitCost(spec, e.target.value === NONE ? null : e.target.value))}>
        <option value={NONE}>—</option>
        {choices.map((m) => (
          <option key={m} value={m}>
            {m}
          </option>
        ))}
      </select>
    </label>
  );
}
