// Business metrics (orders, active users…) for Explore's "Cost per": import a CSV or JSON file
// after a preview, see what is imported, remove a metric. The file is read in the page and sent as
// text through the API on both transports (browser and desktop), so core validates it the same way.
import { useRef } from 'react';
import type { WorkbenchClient } from '../../api/client.ts';
import { HiddenFileInput } from '../../frame/HiddenFileInput.tsx';
import { ErrorNotice } from '../ErrorNotice.tsx';
import { MetricsPreview } from './MetricsPreview.tsx';
import { MetricsTable } from './MetricsTable.tsx';
import { useBusinessMetrics } from './use-business-metrics.ts';

const ACCEPT = '.csv,.json,text/csv,application/json';

export function BusinessMetricsPanel({ client }: { client: WorkbenchClient }) {
  const state = useBusinessMetrics(client);
  const input = useRef<HTMLInputElement>(null);
  const { metrics, working, pending, outcome } = state;
  const busy = working !== null;
  return (
    <section className="card business-metrics" aria-labelledby="business-metrics-title">
      <h2 id="business-metrics-title">Business metrics</h2>
      <p className="muted">
        Volumes of your business per day (orders, API calls) or one value a month (active users), for cost per unit in Explore's <strong>Cost per</strong>. A CSV
        with the header <code>date,metric,value</code> (optionally <code>owner</code> for a value of the owner tag, <code>service</code> for a ServiceName,{' '}
        <code>grain</code> day or month), or a JSON array of such rows. Values all on the same day of each month count as one a month. A metric imported again
        is replaced; a file with an error imports nothing.
      </p>
      <div className="row center">
        <HiddenFileInput inputRef={input} accept={ACCEPT} label="Business metrics file" testId="business-metrics-input" onFile={(f) => void state.choose(f)} />
        <button type="button" className={pending ? '' : 'primary'} disabled={busy} onClick={() => input.current?.click()}>
          Import business metrics…
        </button>
        {working && (
          <span className="muted small" role="status">
            {working}
          </span>
        )}
      </div>
      {pending && <MetricsPreview pending={pending} imported={metrics ?? []} busy={busy} onImport={() => void state.confirm()} onCancel={state.cancel} />}
      {outcome &&
        ('ok' in outcome ? (
          <div className="notice ok" role="status">
            <p>{outcome.ok}</p>
            {outcome.warnings.map((w) => (
              <p key={w} className="small">
                {w}
              </p>
            ))}
          </div>
        ) : (
          <ErrorNotice error={outcome.error} title={outcome.title} />
        ))}
      {metrics !== null &&
        (metrics.length === 0 ? (
          <p className="muted">No business metrics imported yet.</p>
        ) : (
          <>
            <h3>Imported in this workspace</h3>
            <MetricsTable metrics={metrics} busy={busy} onRemove={state.remove} />
          </>
        ))}
    </section>
  );
}
