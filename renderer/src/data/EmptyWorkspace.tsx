// First run on an empty workspace: one clear first step, and the demo to look around with.
import { useRef, useState } from 'react';
import type { ApiError } from '../../../core/api/errors.ts';
import type { Progress } from '../../../core/api/progress.ts';
import type { WorkbenchClient } from '../api/client.ts';
import { toError, type WorkspaceState } from '../frame/use-workspace.ts';
import { ErrorNotice } from './ErrorNotice.tsx';
import { ImportProgress } from './ImportProgress.tsx';

export function EmptyWorkspace({ client, workspace }: { client: WorkbenchClient; workspace: WorkspaceState }) {
  const [progress, setProgress] = useState<Progress | null>(null);
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const controller = useRef<AbortController | null>(null);

  const openDemo = async () => {
    const c = new AbortController();
    controller.current = c;
    setRunning(true);
    setError(null);
    setProgress({ phase: 'discover', message: 'Opening the demo workspace…' });
    try {
      workspace.setSession(await client.call('openDemo', {}, { signal: c.signal, onProgress: setProgress }));
    } catch (err) {
      setError(toError(err));
    } finally {
      setRunning(false);
    }
  };

  return (
    <div className="card first-step" data-testid="empty-workspace">
      <h2>This workspace has no billing data yet</h2>
      <ol className="steps">
        <li>
          <strong>Import your billing files</strong> below: an AWS Cost and Usage Report export (or its delivery folder in S3, downloaded) or a FOCUS
          export from AWS, Azure, Google Cloud or Oracle.
        </li>
        <li>Then explore spend, audit tags and prepare chargeback from the views on the left.</li>
      </ol>
      <p>Just looking around? The demo workspace holds three months of a made-up organisation&apos;s AWS bill.</p>
      {running ? (
        <ImportProgress progress={progress} onCancel={() => controller.current?.abort()} />
      ) : (
        <button type="button" className="primary" onClick={() => void openDemo()}>
          Open the demo workspace
        </button>
      )}
      {error && <ErrorNotice error={error} title="Could not open the demo workspace" />}
    </div>
  );
}
