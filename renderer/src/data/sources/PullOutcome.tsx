// What a pull did: what it asked of AWS and what it cost, then what it loaded (the same words
// as an import), or why it failed.
import type { PullOutcome as Outcome } from './use-pull.ts';
import { AttemptOutcome } from '../AttemptOutcome.tsx';
import { ErrorNotice } from '../ErrorNotice.tsx';
import { formatBytes } from '../../format.ts';
import { QueryBox } from './QueryBox.tsx';
import { formatScanned, formatUsd } from './words.ts';

export function PullOutcome({ outcome }: { outcome: Outcome }) {
  if (outcome.error) return <ErrorNotice error={outcome.error} title={`Could not pull from ${outcome.name}`} cancelledTitle="Pull cancelled" />;
  const r = outcome.result;
  if (!r) return null;
  return (
    <div data-testid="pull-outcome">
      <p className="small">
        <strong>From {outcome.name}:</strong>{' '}
        {r.kind === 's3' &&
          `${r.result.deliveries.map((d) => `${d.billingPeriod}: ${d.parts} file${d.parts === 1 ? '' : 's'} (${d.downloaded} downloaded, ${d.unchanged} unchanged)`).join('; ')}. ${formatBytes(r.result.bytesDownloaded)} downloaded.`}
        {r.kind === 'athena' && `Athena scanned ${formatScanned(r.result.query.bytesScanned)} for ${r.result.billingPeriod}: ${formatUsd(r.result.query.costUsd, 4)} at $5 per TB.`}
        {r.kind === 'costexplorer' && `Cost Explorer: ${r.result.requests} request${r.result.requests === 1 ? '' : 's'}, ${formatUsd(r.result.costUsd)}, for ${r.result.billingPeriods.join(', ')}.`}
      </p>
      <AttemptOutcome attempt={{ id: 0, at: '', label: outcome.name, result: r.result.ingest, error: null }} />
      {r.kind === 'athena' && (
        <details className="ran-query">
          <summary className="small">The query that ran in Athena (execution {r.result.query.executionId})</summary>
          <QueryBox title="As sent, with its values apart" sql={r.result.query.sql} parameters={r.result.query.parameters} />
        </details>
      )}
    </div>
  );
}
