// The pivot's settings in one line, shown while the settings panel is folded away: what is
// measured, over which period and grain, what the rows, columns and filters are.
import type { PivotSpec } from '../../../core/api/pivot-contract.ts';
import { dimensionLabel, GRAIN_LABEL, measureLabel, type Grain } from './labels.ts';
import { describePeriod } from './period.ts';

export function settingsSummary(spec: PivotSpec): string[] {
  const dims = (refs: string[]) => refs.map((r) => dimensionLabel(r, spec.grain)).join(' › ');
  const parts = [
    spec.measures.map((m) => measureLabel(m, spec.basis)).join(', '),
    describePeriod(spec.period),
    `by ${GRAIN_LABEL[spec.grain as Grain].toLowerCase()}`,
    `Rows: ${dims(spec.rows) || 'none'}`,
    `Columns: ${dims(spec.columns) || 'none'}`,
  ];
  if (spec.filters.length) parts.push(`Filters: ${spec.filters.map((f) => dimensionLabel(f.dimension, spec.grain)).join(', ')}`);
  return parts;
}

export function SettingsSummary({ spec, onShow }: { spec: PivotSpec; onShow: () => void }) {
  return (
    <p className="settings-summary" data-testid="settings-summary">
      {settingsSummary(spec).map((p, i) => (
        <span key={i}>{p}</span>
      ))}
      <button type="button" className="link small" onClick={onShow}>
        Change
      </button>
    </p>
  );
}
