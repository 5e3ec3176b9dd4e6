// The Sources section of the Data view: connections to where the organisation keeps billing
// data (CUR files in S3, a CUR table in Athena, Cost Explorer), tested, edited, removed, and
// pulled from with progress and cancel. What a pull loads shows in the periods and the import
// history like any import.
import { useState } from 'react';
import type { ConnectionTestResult, SavedConnection } from '../../../../core/api/connections-contract.ts';
import type { ApiError } from '../../../../core/api/errors.ts';
import type { WorkbenchClient } from '../../api/client.ts';
import { toError } from '../../frame/use-workspace.ts';
import { ErrorNotice } from '../ErrorNotice.tsx';
import { ImportProgress } from '../ImportProgress.tsx';
import { ConnectionForm } from './ConnectionForm.tsx';
import { ConnectionsTable } from './ConnectionsTable.tsx';
import { PullForm } from './PullForm.tsx';
import { PullOutcome } from './PullOutcome.tsx';
import { TestOutcome } from './TestOutcome.tsx';
import type { ConnectionsState } from './use-connections.ts';
import type { PullState } from './use-pull.ts';
import './sources.css';

type Panel = { mode: 'add' } | { mode: 'edit'; saved: SavedConnection } | { mode: 'pull'; saved: SavedConnection } | null;

interface Props {
  client: WorkbenchClient;
  sources: ConnectionsState;
  pulls: PullState;
  /** An import is running: a pull waits for it. */
  busy: boolean;
}

export function SourcesPanel({ client, sources, pulls, busy }: Props) {
  const [panel, setPanel] = useState<Panel>(null);
  const [testing, setTesting] = useState<string | null>(null);
  const [tested, setTested] = useState<ConnectionTestResult | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const locked = busy || pulls.running !== null;

  const test = async (saved: SavedConnection) => {
    const name = saved.connection.name;
    setTesting(name);
    setTested(null);
    setError(null);
    try {
      setTested(await client.call('connectionTest', { name, ...(saved.connection.kind === 'costexplorer' ? { confirmCost: true } : {}) }));
    } catch (err) {
      setError(toError(err));
    } finally {
      setTesting(null);
    }
  };

  const remove = async (name: string) => {
    setError(null);
    try {
      await client.call('connectionDelete', { name });
      if (panel && panel.mode !== 'add' && panel.saved.connection.name === name) setPanel(null);
    } catch (err) {
      setError(toError(err));
    }
    await sources.reload();
  };

  const open = (p: Panel) => {
    setPanel(p);
    setTested(null);
    setError(null);
    pulls.clear();
  };

  return (
    <section className="card" aria-labelledby="sources-title">
      <h2 id="sources-title">Pull from AWS</h2>
      <p className="muted">
        Connections to where your organisation keeps its billing data: Cost and Usage Report files in S3, a CUR table in Athena, or Cost Explorer. A
        connection names its credentials (an AWS profile, or keys saved in the OS keychain); secrets stay in the keychain and never reach this window.
      </p>
      {sources.loadError && <ErrorNotice error={sources.loadError} title="Could not read the connections" />}
      {sources.connections.length > 0 ? (
        <ConnectionsTable
          connections={sources.connections}
          locked={locked}
          testing={testing}
          active={panel && panel.mode !== 'add' ? panel.saved.connection.name : null}
          onPull={(saved) => open({ mode: 'pull', saved })}
          onTest={(saved) => void test(saved)}
          onEdit={(saved) => open({ mode: 'edit', saved })}
          onRemove={(name) => void remove(name)}
        />
      ) : (
        <p className="muted small">No connections yet.</p>
      )}
      {tested && <TestOutcome result={tested} />}
      {error && <ErrorNotice error={error} title="Could not do that" />}
      {panel?.mode !== 'add' && panel?.mode !== 'edit' && (
        <div className="row">
          <button type="button" className={sources.connections.length ? '' : 'primary'} onClick={() => open({ mode: 'add' })} disabled={pulls.running !== null}>
            Add a connection…
          </button>
        </div>
      )}
      {(panel?.mode === 'add' || panel?.mode === 'edit') && (
        <ConnectionForm
          key={panel.mode === 'edit' ? panel.saved.connection.name : 'new'}
          client={client}
          initial={panel.mode === 'edit' ? panel.saved.connection : null}
          profiles={sources.profiles}
          keychainNames={sources.keychainNames}
          onSaved={async () => {
            await sources.reload();
            setPanel(null);
          }}
          onClose={() => setPanel(null)}
        />
      )}
      {panel?.mode === 'pull' && <PullForm key={panel.saved.connection.name} client={client} saved={panel.saved} disabled={locked} onPull={(r) => void pulls.pull(r)} onClose={() => setPanel(null)} />}
      {pulls.running && <ImportProgress progress={pulls.progress} onCancel={pulls.cancel} what="pull" />}
      {!pulls.running && pulls.outcome && <PullOutcome outcome={pulls.outcome} />}
    </section>
  );
}
