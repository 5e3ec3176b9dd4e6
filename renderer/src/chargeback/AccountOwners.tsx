// The account → owner map the "Account owner" source reads: how many accounts are mapped, and a
// CSV (header `account,owner`) to replace it, all or nothing.
import { useEffect, useRef, useState } from 'react';
import type { ApiError } from '../../../core/api/errors.ts';
import type { WorkbenchClient } from '../api/client.ts';
import { ErrorNotice } from '../data/ErrorNotice.tsx';
import { toError } from '../frame/use-workspace.ts';
import type { AccountOwner } from './types.ts';
import { HiddenFileInput } from '../frame/HiddenFileInput.tsx';

export function AccountOwners({ client, onChanged }: { client: WorkbenchClient; onChanged: () => void }) {
  const [owners, setOwners] = useState<AccountOwner[] | null>(null);
  const [error, setError] = useState<{ error: ApiError; title: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    client.call('chargebackAccountOwnersList', {}).then((r) => setOwners(r.owners), (err: unknown) => setError({ error: toError(err), title: 'Could not read the account owners' }));
  }, [client]);

  const importFile = async (file: File) => {
    setError(null);
    setBusy(true);
    try {
      const r = await client.call('chargebackAccountOwnersImport', { text: await file.text(), source: file.name });
      setOwners(r.owners);
      onChanged();
    } catch (err) {
      setError({ error: toError(err), title: `Could not import ${file.name}` });
    } finally {
      setBusy(false);
    }
  };

  const teams = owners ? new Set(owners.map((o) => o.owner)).size : 0;
  return (
    <div className="account-owners" data-testid="account-owners">
      <span className="muted small">
        {owners === null
          ? 'Reading the account owners…'
          : owners.length === 0
            ? 'No account owners imported: the Account owner source names nobody yet.'
            : `${owners.length} ${owners.length === 1 ? 'account' : 'accounts'} mapped to ${teams} ${teams === 1 ? 'owner' : 'owners'}.`}
      </span>
      <HiddenFileInput inputRef={input} accept=".csv,text/csv" label="Account owners CSV file" testId="account-owners-file" onFile={(file) => void importFile(file)} />
      <button type="button" disabled={busy} aria-busy={busy} onClick={() => input.current?.click()} title="A CSV with the header account,owner: one line per account id. It replaces the map.">
        {busy ? 'Importing…' : 'Import account owners (CSV)…'}
      </button>
      {error && <ErrorNotice error={error.error} title={error.title} />}
    </div>
  );
}
