// What to pull through one connection, and what it will cost before it runs: the month (S3,
// Athena), line items or a daily summary with the query shown to copy (Athena), the range of
// months with its number of requests and price (Cost Explorer, asking above 20).
import { useEffect, useState, type FormEvent } from 'react';
import type { ConnectionPullPreview, SavedConnection } from '../../../../core/api/connections-contract.ts';
import type { ApiError } from '../../../../core/api/errors.ts';
import type { WorkbenchClient } from '../../api/client.ts';
import { toError } from '../../frame/use-workspace.ts';
import { FormError } from './FormError.tsx';
import { QueryBox } from './QueryBox.tsx';
import type { PullRequest } from './use-pull.ts';
import { formatScanned, formatUsd, lastMonth, monthAfter, monthStart, whereLabel } from './words.ts';

interface Props {
  client: WorkbenchClient;
  saved: SavedConnection;
  disabled: boolean;
  onPull: (request: PullRequest) => void;
  onClose: () => void;
}

export function PullForm({ client, saved, disabled, onPull, onClose }: Props) {
  const c = saved.connection;
  const [period, setPeriod] = useState(c.kind === 's3' ? '' : lastMonth());
  const [through, setThrough] = useState(lastMonth());
  const [extract, setExtract] = useState<'line-items' | 'aggregate'>('line-items');
  const [tags, setTags] = useState('');
  const [preview, setPreview] = useState<ConnectionPullPreview | null>(null);
  const [previewError, setPreviewError] = useState<ApiError | null>(null);
  const [accepted, setAccepted] = useState(false);

  const request = (): PullRequest => {
    if (c.kind === 's3') return { name: c.name, ...(period ? { period } : {}) };
    if (c.kind === 'athena') {
      const keys = tags.split(',').map((t) => t.trim()).filter(Boolean);
      return { name: c.name, period, extract, ...(extract === 'aggregate' && keys.length ? { tags: keys } : {}) };
    }
    return { name: c.name, from: monthStart(period), to: monthAfter(through), ...(accepted ? { confirm: true } : {}) };
  };

  const loadPreview = async () => {
    setPreviewError(null);
    try {
      setPreview(await client.call('connectionPreview', { ...request(), confirm: undefined }));
    } catch (err) {
      setPreview(null);
      setPreviewError(toError(err));
    }
  };

  // Cost Explorer's count costs nothing to work out: keep it in view as the months change
  useEffect(() => {
    setAccepted(false);
    if (c.kind === 'costexplorer' && period && through) void loadPreview();
    else if (c.kind === 'athena') setPreview(null);
  }, [c.kind, c.name, period, through, extract, tags]);

  const ce = preview?.kind === 'costexplorer' ? preview : null;
  const blocked = disabled || (c.kind !== 's3' && !period) || (ce !== null && ce.confirmNeeded && !accepted) || (c.kind === 'costexplorer' && ce === null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (blocked) return;
    if (c.kind === 'athena') setPreview(null);
    onPull(request());
  };

  return (
    <form className="source-form" onSubmit={submit} aria-label={`Pull from ${c.name}`}>
      <h3>Pull from {c.name}</h3>
      <p className="small muted">{whereLabel(c)}. Pulled data loads like an imported file: a newer pull of a month replaces that month, and the same data twice changes nothing.</p>
      <div className="row">
        <label>
          <span className="label">{c.kind === 's3' ? 'Billing period (empty: every month delivered)' : c.kind === 'costexplorer' ? 'From month' : 'Billing period'}</span>
          <input type="month" aria-label={c.kind === 'costexplorer' ? 'From month' : 'Billing period'} value={period} onChange={(e) => setPeriod(e.target.value)} disabled={disabled} />
        </label>
        {c.kind === 'costexplorer' && (
          <label>
            <span className="label">Through month</span>
            <input type="month" aria-label="Through month" value={through} onChange={(e) => setThrough(e.target.value)} disabled={disabled} />
          </label>
        )}
      </div>
      {c.kind === 'athena' && (
        <fieldset className="credentials" disabled={disabled}>
          <legend className="label">What to bring back</legend>
          <label className="choice">
            <input type="radio" name="extract" checked={extract === 'line-items'} onChange={() => setExtract('line-items')} /> Line items: every line of the month, with resource ids and every tag
          </label>
          <label className="choice">
            <input type="radio" name="extract" checked={extract === 'aggregate'} onChange={() => setExtract('aggregate')} /> Daily summary, summed in Athena: day × account × service × region × usage type (far fewer rows; no resource ids)
          </label>
          {extract === 'aggregate' && (
            <label className="grow">
              <span className="label">Tags to keep in the summary</span>
              <input type="text" aria-label="Tags to keep in the summary" value={tags} onChange={(e) => setTags(e.target.value)} placeholder="Team, CostCenter" spellCheck={false} />
            </label>
          )}
        </fieldset>
      )}
      {c.kind === 'athena' && (
        <div className="row">
          <button type="button" onClick={() => void loadPreview()} disabled={disabled || !period}>
            Show the query
          </button>
          <span className="small muted">Reads the table&apos;s columns (free) and shows the exact query the pull runs, to check or to run in the Athena console.</span>
        </div>
      )}
      {preview?.kind === 'athena' && (
        <>
          <p className="small" data-testid="athena-estimate">
            {preview.estimate
              ? `Estimated scan: at most ${formatScanned(preview.estimate.bytes)} in ${preview.estimate.objects} file${preview.estimate.objects === 1 ? '' : 's'}, about ${formatUsd(preview.estimate.costUsd, 4)} at $5 per TB.`
              : `No scan estimate: ${preview.estimateNote ?? 'unknown'}`}
          </p>
          <QueryBox title={`The query for ${preview.table}, ${preview.period} (${preview.extract === 'aggregate' ? 'daily summary' : 'line items'})`} sql={preview.query.printable} />
        </>
      )}
      {ce && (
        <div className={ce.confirmNeeded ? 'notice warn' : 'notice'} data-testid="ce-cost">
          <p className="notice-title">
            This pull makes at least {ce.requestsEstimated} Cost Explorer request{ce.requestsEstimated === 1 ? '' : 's'}: {formatUsd(ce.costUsd)} on the AWS bill
          </p>
          <p className="small">
            AWS charges $0.01 per request: one per month ({ce.billingPeriods.length} months), one more for each extra page of a busy month.
            {ce.confirmNeeded && ` More than ${ce.limit} requests needs your go-ahead.`}
          </p>
          {ce.confirmNeeded && (
            <label className="choice">
              <input type="checkbox" checked={accepted} onChange={(e) => setAccepted(e.target.checked)} /> Go ahead with {ce.requestsEstimated} or more requests (at least {formatUsd(ce.costUsd)})
            </label>
          )}
        </div>
      )}
      {previewError && <FormError error={previewError} title="Cannot prepare this pull" />}
      <div className="row">
        <button type="submit" className="primary" disabled={blocked}>
          {c.kind === 'athena' ? 'Run in Athena and load' : c.kind === 's3' ? 'Pull from S3' : 'Pull from Cost Explorer'}
        </button>
        <button type="button" className="ghost" onClick={onClose} disabled={disabled}>
          Close
        </button>
      </div>
    </form>
  );
}
