// The saved connections, one row each, with Pull, Test, Edit and Remove (after a confirm).
import { Fragment, useState } from 'react';
import type { SavedConnection } from '../../../../core/api/connections-contract.ts';
import { credentialsText, KIND_LABEL, whereLabel } from './words.ts';
import { ConfirmRow } from '../ConfirmRow.tsx';

interface Props {
  connections: SavedConnection[];
  locked: boolean;
  testing: string | null;
  active: string | null;
  onPull: (c: SavedConnection) => void;
  onTest: (c: SavedConnection) => void;
  onEdit: (c: SavedConnection) => void;
  onRemove: (name: string) => void;
}

export function ConnectionsTable({ connections, locked, testing, active, onPull, onTest, onEdit, onRemove }: Props) {
  const [confirming, setConfirming] = useState<string | null>(null);
  return (
    <div className="table-wrap">
      <table className="table" data-testid="connections-table">
        <thead>
          <tr>
            <th scope="col">Connection</th>
            <th scope="col">Source</th>
            <th scope="col">Reads from</th>
            <th scope="col">Signs in with</th>
            <th scope="col">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {connections.map((saved) => {
            const c = saved.connection;
            return (
              <Fragment key={c.name}>
                <tr data-connection={c.name} className={active === c.name ? 'current' : undefined}>
                  <td>
                    <strong>{c.name}</strong>
                  </td>
                  <td>{KIND_LABEL[c.kind]}</td>
                  <td className="mono wrap">{whereLabel(c)}</td>
                  <td>
                    {credentialsText(c)}
                    {c.region ? `, ${c.region}` : ''}
                    {c.endpointUrl && <span className="small muted block">endpoint {c.endpointUrl}</span>}
                  </td>
                  <td className="actions">
                    <button type="button" className="primary" disabled={locked} onClick={() => onPull(saved)} aria-label={`Pull from ${c.name}`}>
                      Pull…
                    </button>{' '}
                    <button type="button" disabled={testing !== null} onClick={() => onTest(saved)} aria-label={`Test ${c.name}`} title={c.kind === 'costexplorer' ? 'Makes one Cost Explorer request: $0.01' : 'A free metadata call'}>
                      {testing === c.name ? 'Testing…' : c.kind === 'costexplorer' ? 'Test ($0.01)' : 'Test'}
                    </button>{' '}
                    <button type="button" className="ghost" disabled={locked} onClick={() => onEdit(saved)} aria-label={`Edit ${c.name}`}>
                      Edit
                    </button>{' '}
                    <button type="button" className="ghost" disabled={locked || confirming === c.name} onClick={() => setConfirming(c.name)} aria-label={`Remove ${c.name}`}>
                      Remove…
                    </button>
                  </td>
                </tr>
                {confirming === c.name && (
                  <ConfirmRow
                    colSpan={5}
                    label={`Confirm removing ${c.name}`}
                    confirmText="Remove connection"
                    keepText="Keep it"
                    onConfirm={() => {
                      setConfirming(null);
                      onRemove(c.name);
                    }}
                    onKeep={() => setConfirming(null)}
                  >
                    Remove the connection {c.name}? The data it pulled stays in the workspace.
                  </ConfirmRow>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
