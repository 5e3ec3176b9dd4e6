// The Tags view: how much spend carries the required tags against the 85% target, by key, account,
// service and month; the resources to chase; the policy; and merging misspelled keys and values
// into aliases. The engine (core/engines/tags) computes; this view draws its result.
import { useState } from 'react';
import type { WorkbenchClient } from '../api/client.ts';
import { ErrorNotice } from '../data/ErrorNotice.tsx';
import type { Basis } from '../explore/labels.ts';
import { singleCurrency } from '../explore/number-format.ts';
import { formatPeriod } from '../format.ts';
import { CoverageBars } from './CoverageBars.tsx';
import { CoverageBreakdown } from './CoverageBreakdown.tsx';
import { CoverageTrend } from './CoverageTrend.tsx';
import { MergePanel } from './MergePanel.tsx';
import { OffendersPanel } from './OffendersPanel.tsx';
import { PolicyPanel } from './PolicyPanel.tsx';
import { TagControls } from './TagControls.tsx';
import { auditSpec, useTagAudit, type AuditSettings } from './use-tag-audit.ts';
import '../explore/explore.css';
import './tags.css';
import { ViewFrame } from '../frame/ViewFrame.tsx';

/** The engine's code for a workspace (or month) without cost lines. */
const NO_LINES = 'TAGS_NO_LINES';
const DEFAULT_FIX_TOP = 10;

interface Props {
  client: WorkbenchClient;
  onGoToData: () => void;
}

export function TagsView({ client, onGoToData }: Props) {
  const [settings, setSettings] = useState<AuditSettings>({ basis: 'Effective', period: null, fixTop: DEFAULT_FIX_TOP });
  const audit = useTagAudit(client, settings);
  const { result, trend, loading, error } = audit;
  const change = (patch: Partial<AuditSettings>) => setSettings((s) => ({ ...s, ...patch }));

  if (error?.code === NO_LINES && !settings.period) {
    return (
      <ViewFrame view="tags" title="Tags">
        <div className="card" data-testid="tags-empty">
          <p className="lead">This workspace has no billing data to audit yet.</p>
          <p>
            Import CUR or FOCUS files, or open the demo workspace, in{' '}
            <button type="button" className="link" onClick={onGoToData}>
              Data
            </button>
            ; then come back here to see how much of the spend carries your required tags.
          </p>
        </div>
        <PolicyPanel client={client} onChanged={audit.rerun} />
      </ViewFrame>
    );
  }
  if (!result) {
    return (
      <ViewFrame view="tags" title="Tags">
        {error ? (
          <ErrorNotice error={error} title="Could not audit the tags" />
        ) : (
          <p className="muted" role="status" data-testid="tags-status">
            <span className="spinner" aria-hidden="true" /> Auditing the tags of every cost line…
          </p>
        )}
      </ViewFrame>
    );
  }

  const currency = singleCurrency(result.currencies);
  const months = (trend ?? result).byMonth.flatMap((g) => (g.value ? [g.value] : []));
  return (
    <ViewFrame view="tags" title="Tags">
      <div className="tags-head">
        <TagControls basis={settings.basis as Basis} period={settings.period} months={months} onBasis={(basis) => change({ basis })} onPeriod={(period) => change({ period })} />
        <p className="muted small tags-status" role="status" data-testid="tags-status" aria-busy={loading}>
          {loading ? (
            <>
              <span className="spinner" aria-hidden="true" /> Auditing…
            </>
          ) : (
            `${result.basis} cost · ${result.period ? formatPeriod(result.period) : 'all data'} · ${result.requiredKeys.length} required ${result.requiredKeys.length === 1 ? 'key' : 'keys'} (${result.policyOrigin === 'default' ? 'default policy' : 'saved policy'})`
          )}
        </p>
      </div>
      {error && <ErrorNotice error={error} title="Could not audit the tags" />}
      {result.currencies.length > 1 && (
        <div className="notice warn" role="note">
          This workspace holds costs in {result.currencies.join(', ')}: sums add different currencies together, so the money figures are shown without a symbol.
        </div>
      )}
      <div className={loading ? 'tags-body stale' : 'tags-body'}>
        <div className="tags-top">
          <CoverageBars result={result} currency={currency} />
          {trend && <CoverageTrend result={trend} period={settings.period} />}
        </div>
        <CoverageBreakdown result={result} currency={currency} />
        <OffendersPanel client={client} result={result} spec={auditSpec(settings)} currency={currency} fixTop={settings.fixTop} onFixTop={(fixTop) => change({ fixTop })} />
        <MergePanel client={client} result={result} spec={auditSpec(settings)} currency={currency} onChanged={audit.rerun} />
        <PolicyPanel client={client} onChanged={audit.rerun} />
      </div>
    </ViewFrame>
  );
}

