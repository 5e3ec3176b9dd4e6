// The tag policy the audit checks: required keys, their allowed values or pattern, where they
// apply. An AWS Organizations tag policy JSON file can replace it (a file that is not one is
// refused and nothing changes), and it exports back in that form.
import { useEffect, useRef, useState } from 'react';
import type { ApiError } from '../../../core/api/errors.ts';
import type { SavedTagPolicy } from '../../../core/api/tags-contract.ts';
import type { WorkbenchClient } from '../api/client.ts';
import { ErrorNotice } from '../data/ErrorNotice.tsx';
import { saveBlob } from '../explore/download.ts';
import { formatTimestamp } from '../format.ts';
import { toError } from '../frame/use-workspace.ts';
import { parsePolicyFile, ruleText, scopeText } from './policy-file.ts';
import { HiddenFileInput } from '../frame/HiddenFileInput.tsx';

export const POLICY_EXPORT_NAME = 'tag-policy.json';

interface Props {
  client: WorkbenchClient;
  /** Called after the saved policy changed, so the audit runs again. */
  onChanged: () => void;
}

export function PolicyPanel({ client, onChanged }: Props) {
  const [saved, setSaved] = useState<SavedTagPolicy | null>(null);
  const [error, setError] = useState<{ error: ApiError; title: string } | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    client.call('tagPolicyGet', {}).then(setSaved, (err: unknown) => setError({ error: toError(err), title: 'Could not read the tag policy' }));
  }, [client]);

  const importFile = async (file: File) => {
    setError(null);
    setMessage(null);
    const parsed = parsePolicyFile(file.name, file.size, await file.text());
    if (!parsed.ok) return setError({ error: parsed.error, title: `Could not import ${file.name}` });
    setBusy(true);
    try {
      const next = await client.call('tagPolicyImport', { document: parsed.document, source: file.name });
      setSaved(next);
      setMessage(`Imported ${next.policy.keys.length} required ${next.policy.keys.length === 1 ? 'key' : 'keys'} from ${file.name}; the audit now checks them.`);
      onChanged();
    } catch (err) {
      setError({ error: toError(err), title: `Could not import ${file.name}` });
    } finally {
      setBusy(false);
    }
  };

  const exportPolicy = async () => {
    setError(null);
    setMessage(null);
    try {
      const out = await client.call('tagPolicyExport', {});
      saveBlob(new Blob([JSON.stringify(out.document, null, 2) + '\n'], { type: 'application/json' }), POLICY_EXPORT_NAME);
      setMessage(out.warnings.length ? `Exported as an AWS tag policy. ${out.warnings.join(' ')}` : 'Exported as an AWS tag policy.');
    } catch (err) {
      setError({ error: toError(err), title: 'Could not export the tag policy' });
    }
  };

  return (
    <section className="card policy" aria-labelledby="policy-title" data-testid="policy-panel">
      <div className="section-head">
        <h2 id="policy-title">Tag policy</h2>
        <span className="muted small" data-testid="policy-origin">
          {saved === null
            ? 'Reading…'
            : saved.origin === 'default'
              ? 'No policy saved: the usual required keys, any value'
              : `Saved${saved.source ? ` from ${saved.source}` : ''}${saved.updatedAt ? ` on ${formatTimestamp(saved.updatedAt.replace(' ', 'T') + 'Z')}` : ''}`}
        </span>
        <span className="grow" />
        <HiddenFileInput inputRef={input} accept=".json,application/json" label="AWS tag policy file" testId="policy-file" onFile={(file) => void importFile(file)} />
        <button type="button" disabled={busy} aria-busy={busy} onClick={() => input.current?.click()} title="Replace the policy with an AWS Organizations tag policy (JSON)">
          {busy ? 'Importing…' : 'Import AWS tag policy…'}
        </button>
        <button type="button" onClick={() => void exportPolicy()} disabled={saved === null} title="Save the policy as an AWS Organizations tag policy (JSON)">
          Export as AWS tag policy
        </button>
      </div>
      {message && (
        <div className="notice ok" role="status">
          {message}
        </div>
      )}
      {error && <ErrorNotice error={error.error} title={error.title} />}
      {saved && (
        <table className="table policy-table" data-testid="policy-keys">
          <thead>
            <tr>
              <th scope="col">Required key</th>
              <th scope="col">Allowed values</th>
              <th scope="col">Applies to</th>
            </tr>
          </thead>
          <tbody>
            {saved.policy.keys.map((k) => (
              <tr key={k.key}>
                <td>
                  <code>{k.key}</code>
                  {k.costCategory && <span className="muted small"> or cost category {k.costCategory}</span>}
                </td>
                <td className={k.allowedValues || k.pattern ? '' : 'muted'}>{ruleText(k)}</td>
                <td className={k.appliesTo?.length ? '' : 'muted'}>{scopeText(k)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
