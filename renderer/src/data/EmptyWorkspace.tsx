// First run on an empty workspace: one clear first step, and the demo to look around with.
import type { WorkbenchClient } from '../api/client.ts';
import { useSwitchWorkspace } from '../frame/use-switch-workspace.ts';
import type { WorkspaceState } from '../frame/use-workspace.ts';
import { ErrorNotice } from './ErrorNotice.tsx';
import { ImportProgress } from './ImportProgress.tsx';

export function EmptyWorkspace({ client, workspace }: { client: WorkbenchClient; workspace: WorkspaceState }) {
  const demo = useSwitchWorkspace(client, workspace);
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
      {demo.running ? (
        <ImportProgress progress={demo.progress} onCancel={demo.cancel} />
      ) : (
        <button type="button" className="primary" onClick={() => void demo.openDemo()}>
          Open the demo workspace
        </button>
      )}
      {demo.error && <ErrorNotice error={demo.error} title="Could not open the demo workspace" />}
    </div>
  );
}
