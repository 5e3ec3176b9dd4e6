// The audit behind the view: runs it whenever the settings (or the policy, or an alias) change,
// keeps the last result on screen while the next one runs, and drops answers that arrive after a
// newer request. With one month chosen, a second audit over all the data feeds the trend.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError } from '../../../core/api/errors.ts';
import type { TagAuditResult, TagAuditSpec } from '../../../core/api/tags-contract.ts';
import type { WorkbenchClient } from '../api/client.ts';
import { toError } from '../frame/use-workspace.ts';

export interface AuditSettings {
  basis: TagAuditSpec['basis'];
  /** YYYY-MM, or null for all the data. */
  period: string | null;
  fixTop: number;
}

/** How many offenders the grid holds (the export has all of them). */
export const GRID_OFFENDERS = 1000;

export function auditSpec(s: AuditSettings): TagAuditSpec {
  return { kind: 'tagAudit', basis: s.basis, ...(s.period ? { period: s.period } : {}), offenders: GRID_OFFENDERS, fixTop: s.fixTop };
}

export interface TagAudit {
  result: TagAuditResult | null;
  /** All months (the result itself when no month is chosen). */
  trend: TagAuditResult | null;
  loading: boolean;
  error: ApiError | null;
  /** Runs again with the same settings (after a policy import, an alias). */
  rerun: () => void;
}

export function useTagAudit(client: WorkbenchClient, settings: AuditSettings): TagAudit {
  const [result, setResult] = useState<TagAuditResult | null>(null);
  const [trend, setTrend] = useState<TagAuditResult | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<ApiError | null>(null);
  const [generation, setGeneration] = useState(0);
  const latest = useRef(0);
  const { basis, period, fixTop } = settings;

  useEffect(() => {
    const ticket = ++latest.current;
    setLoading(true);
    const spec = auditSpec({ basis, period, fixTop });
    const whole = period ? client.call('tagsAudit', { spec: { ...auditSpec({ basis, period: null, fixTop }), offenders: 0 } }) : null;
    Promise.all([client.call('tagsAudit', { spec }), whole]).then(
      ([r, t]) => {
        if (ticket !== latest.current) return;
        setResult(r);
        setTrend(t ?? r);
        setError(null);
        setLoading(false);
      },
      (err: unknown) => {
        if (ticket !== latest.current) return;
        setError(toError(err));
        setLoading(false);
      },
    );
  }, [client, basis, period, fixTop, generation]);

  const rerun = useCallback(() => setGeneration((g) => g + 1), []);
  return { result, trend, loading, error, rerun };
}
