// The pivot's settings in plain words: what to measure, which cost, how time is cut, which
// period, how many rows per level. Each change is one spec edit (spec-edit.ts).
import type { PivotSpec } from '../../../core/api/pivot-contract.ts';
import { GRAINS, GRAIN_LABEL, isTimeBucket, MEASURE_CHOICES, measureLabel, type Basis, type Grain } from './labels.ts';
import { fromInclusive, inclusiveTo, presetOf, presetPeriod, PRESETS, type DataRange, type PresetId } from './period.ts';
import { changeAllowed, setBasis, setGrain, setTopN, toggleMeasure } from './spec-edit.ts';
import { BasisSelect } from '../frame/BasisSelect.tsx';
import type { WorkbenchClient } from '../api/client.ts';
import { UnitCostSelect } from './UnitCostSelect.tsx';

interface Props {
  client: WorkbenchClient;
  spec: PivotSpec;
  range: DataRange | null;
  onChange: (spec: PivotSpec) => void;
}

const ROW_TOP_CHOICES = [5, 10, 20, 50];
/** Button texts; the full measure name is the button's accessible name and tooltip. */
const SHORT: Record<(typeof MEASURE_CHOICES)[number], string> = { cost: 'Cost', share: 'Share', change: 'Change', changePct: 'Change %', usage: 'Usage', lines: 'Lines' };

/** The top N shared by every text row dimension: a number, null (all values), or 'mixed'. */
function rowTopN(spec: PivotSpec): number | null | 'mixed' {
  const dims = spec.rows.filter((r) => !isTimeBucket(r));
  const ns = new Set(dims.map((d) => spec.topN.find((t) => t.dimension === d)?.n ?? null));
  if (ns.size > 1) return 'mixed';
  return ns.size === 1 ? [...ns][0]! : null;
}

export function Controls({ client, spec, range, onChange }: Props) {
  const preset = presetOf(spec.period, range);
  const top = rowTopN(spec);
  const canChange = changeAllowed(spec);
  const setRowTop = (value: string) => {
    if (value === 'mixed') return;
    const n = value === 'all' ? null : Number(value);
    onChange(spec.rows.filter((r) => !isTimeBucket(r)).reduce((s, r) => setTopN(s, r, n), spec));
  };

  return (
    <div className="controls" role="group" aria-label="Pivot settings">
      <fieldset className="control measures">
        <legend className="label">Measures</legend>
        <div className="segmented multi">
          {MEASURE_CHOICES.map((m) => {
            const needsTime = (m === 'change' || m === 'changePct') && !canChange;
            return (
              <button
                key={m}
                type="button"
                aria-pressed={spec.measures.includes(m)}
                disabled={needsTime}
                title={needsTime ? 'Compares each time bucket with the one before: put exactly one time field in rows or columns.' : measureLabel(m, spec.basis)}
                aria-label={measureLabel(m, spec.basis)}
                onClick={() => onChange(toggleMeasure(spec, m, MEASURE_CHOICES))}
              >
                {SHORT[m]}
              </button>
            );
          })}
        </div>
      </fieldset>
      <UnitCostSelect client={client} spec={spec} onChange={onChange} />
      <BasisSelect value={spec.basis as Basis} onChange={(b) => onChange(setBasis(spec, b))} />
      <label className="control">
        <span className="label">Time grain</span>
        <select value={spec.grain} onChange={(e) => onChange(setGrain(spec, e.target.value as Grain))}>
          {GRAINS.map((g) => (
            <option key={g} value={g}>
              {GRAIN_LABEL[g]}
            </option>
          ))}
        </select>
      </label>
      <label className="control">
        <span className="label">Period</span>
        <select
          value={preset}
          title="Whole months, counted back from the last month that has data in this workspace"
          onChange={(e) => onChange({ ...spec, period: presetPeriod(e.target.value as PresetId, range, spec.period) })}
        >
          {PRESETS.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
          <option value="custom">Custom dates</option>
        </select>
      </label>
      {preset === 'custom' && (
        <>
          <label className="control">
            <span className="label">From</span>
            <input type="date" value={spec.period.from ?? ''} onChange={(e) => onChange({ ...spec, period: fromInclusive(e.target.value, inclusiveTo(spec.period)) })} />
          </label>
          <label className="control">
            <span className="label">To (inclusive)</span>
            <input type="date" value={inclusiveTo(spec.period)} min={spec.period.from} onChange={(e) => onChange({ ...spec, period: fromInclusive(spec.period.from ?? '', e.target.value) })} />
          </label>
        </>
      )}
      <label className="control">
        <span className="label">Rows per level</span>
        <select
          value={top === null ? 'all' : String(top)}
          title="Keep the biggest values of each row field; the rest add up in one Other row"
          onChange={(e) => setRowTop(e.target.value)}
          disabled={!spec.rows.some((r) => !isTimeBucket(r))}
        >
          <option value="all">All values</option>
          {ROW_TOP_CHOICES.map((n) => (
            <option key={n} value={n}>
              Top {n} + Other
            </option>
          ))}
          {typeof top === 'number' && !ROW_TOP_CHOICES.includes(top) && <option value={top}>Top {top} + Other</option>}
          {top === 'mixed' && <option value="mixed">Set per field</option>}
        </select>
      </label>
    </div>
  );
}
