// The settings a FinOps analyst sets for rightsizing (Compute Optimizer's: a lookback of 14, 32 or
// 93 days, the CPU percentile, headroom 0-30%, memory on or off) and the filters by account and
// owner tag. A change asks the engine again; a headroom out of range is named beside its field.
import { useState } from 'react';
import { HEADROOM_RANGE, LOOKBACK_CHOICES, PERCENTILE_CHOICES } from './words.ts';
import { DEFAULT_SETTINGS, readHeadroom, type Filters, type Settings } from './settings.ts';

interface Props {
  settings: Settings;
  filters: Filters;
  accounts: readonly { id: string; name: string | null }[];
  tagKeys: readonly string[];
  tagValues: readonly string[];
  onSettings: (s: Settings) => void;
  onFilters: (f: Filters) => void;
}

export function SettingsBar({ settings, filters, accounts, tagKeys, tagValues, onSettings, onFilters }: Props) {
  const [headroom, setHeadroom] = useState(String(settings.headroomPct));
  const read = readHeadroom(headroom);
  const problem = 'problem' in read ? read.problem : null;
  const isDefault = JSON.stringify(settings) === JSON.stringify(DEFAULT_SETTINGS);

  return (
    <form className="controls rs-settings" aria-label="Rightsizing settings" onSubmit={(e) => e.preventDefault()}>
      <label className="control" title="Days of metrics, ending at the last one in the workspace (Compute Optimizer offers 14, 32 and 93)">
        <span className="label">Lookback</span>
        <select value={settings.lookbackDays} onChange={(e) => onSettings({ ...settings, lookbackDays: Number(e.target.value) })} data-testid="rs-lookback">
          {[...new Set([...LOOKBACK_CHOICES, settings.lookbackDays])].map((d) => (
            <option key={d} value={d}>
              {d} days
            </option>
          ))}
        </select>
      </label>
      <label className="control" title="The statistic of each period’s maximum the size must carry">
        <span className="label">CPU percentile</span>
        <select value={settings.percentile} onChange={(e) => onSettings({ ...settings, percentile: e.target.value as Settings['percentile'] })} data-testid="rs-percentile">
          {PERCENTILE_CHOICES.map((p) => (
            <option key={p.value} value={p.value}>
              {p.label}
            </option>
          ))}
        </select>
      </label>
      <label className="control rs-headroom" title="Share of the new size kept free above the percentile">
        <span className="label">Headroom %</span>
        <input
          type="number"
          min={HEADROOM_RANGE.min}
          max={HEADROOM_RANGE.max}
          step={1}
          value={headroom}
          aria-invalid={problem ? true : undefined}
          aria-describedby="rs-headroom-note"
          data-testid="rs-headroom"
          onChange={(e) => {
            setHeadroom(e.target.value);
            const r = readHeadroom(e.target.value);
            if ('value' in r && r.value !== settings.headroomPct) onSettings({ ...settings, headroomPct: r.value });
          }}
        />
        <span id="rs-headroom-note" className={problem ? 'small error-text' : 'muted small'}>
          {problem ?? `${HEADROOM_RANGE.min}-${HEADROOM_RANGE.max}, default ${DEFAULT_SETTINGS.headroomPct}`}
        </span>
      </label>
      <label className="control rs-check" title="Fit memory too where the CloudWatch agent reports it (mem_used_percent)">
        <span className="label">Memory</span>
        <span>
          <input type="checkbox" checked={settings.includeMemory} onChange={(e) => onSettings({ ...settings, includeMemory: e.target.checked })} data-testid="rs-memory" /> fit memory
        </span>
      </label>
      <span className="rs-divider" aria-hidden="true" />
      <label className="control">
        <span className="label">Account</span>
        <select value={filters.account ?? ''} onChange={(e) => onFilters({ ...filters, account: e.target.value || null })} data-testid="rs-account">
          <option value="">All accounts</option>
          {accounts.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name ? `${a.name} (${a.id})` : a.id}
            </option>
          ))}
        </select>
      </label>
      <label className="control" title="The tag that names a resource’s owner">
        <span className="label">Owner tag</span>
        <select value={filters.tagKey ?? ''} disabled={!tagKeys.length} onChange={(e) => onFilters({ ...filters, tagKey: e.target.value || null, tagValue: null })} data-testid="rs-tag-key">
          {tagKeys.map((k) => (
            <option key={k} value={k}>
              {k}
            </option>
          ))}
        </select>
      </label>
      <label className="control">
        <span className="label">Owner</span>
        <select value={filters.tagValue ?? ''} disabled={!filters.tagKey} onChange={(e) => onFilters({ ...filters, tagValue: e.target.value || null })} data-testid="rs-owner">
          <option value="">All owners</option>
          {tagValues.map((v) => (
            <option key={v} value={v}>
              {v}
            </option>
          ))}
        </select>
      </label>
      {!isDefault && (
        <button type="button" className="rs-defaults" onClick={() => (setHeadroom(String(DEFAULT_SETTINGS.headroomPct)), onSettings(DEFAULT_SETTINGS))}>
          Default settings
        </button>
      )}
    </form>
  );
}
