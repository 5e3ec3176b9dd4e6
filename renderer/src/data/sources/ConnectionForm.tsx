// Add or edit a connection: what kind, where the data is, and how to sign in (the default AWS
// credentials, a profile core found, or the name of keys saved in the OS keychain). No field here
// takes a secret: keys are saved with `finops-workbench credentials set`, outside the app.
import { useId, useState, type FormEvent } from 'react';
import type { ConnectionKindName, ConnectionSpec, ConnectionTestResult } from '../../../../core/api/connections-contract.ts';
import type { ApiError } from '../../../../core/api/errors.ts';
import type { WorkbenchClient } from '../../api/client.ts';
import { toError } from '../../frame/use-workspace.ts';
import { FormError } from './FormError.tsx';
import { TestOutcome } from './TestOutcome.tsx';
import { KIND_HINT, KIND_LABEL } from './words.ts';

type Credentials = 'default' | 'profile' | 'keychain';

interface Props {
  client: WorkbenchClient;
  initial: ConnectionSpec | null;
  profiles: string[];
  keychainNames: string[] | null;
  onSaved: (name: string) => Promise<void>;
  onClose: () => void;
}

type Fields = Record<string, string>;

function fieldsOf(c: ConnectionSpec | null): Fields {
  if (!c) return { kind: 's3', name: '', region: '', endpointUrl: '', profile: '', keychainKeys: '', prefix: '' };
  const out: Fields = {};
  for (const [k, v] of Object.entries(c)) out[k] = Array.isArray(v) ? v.join(', ') : String(v ?? '');
  return out;
}

const KIND_FIELDS: Record<ConnectionKindName, string[]> = {
  s3: ['bucket', 'prefix'],
  athena: ['database', 'table', 'workgroup', 'catalog', 'outputLocation'],
  costexplorer: ['billingAccountId', 'groupBy'],
};

/** The form as a connection document; core's schema says what is missing or wrong. */
function specOf(f: Fields, credentials: Credentials): ConnectionSpec {
  const kind = f.kind as ConnectionKindName;
  const doc: Record<string, unknown> = { kind, name: f.name?.trim() ?? '' };
  for (const key of ['region', 'endpointUrl', ...KIND_FIELDS[kind]]) {
    const v = (f[key] ?? '').trim();
    if (key === 'groupBy') {
      if (v) doc.groupBy = v.split(',').map((x) => x.trim()).filter(Boolean);
    } else if (v || key === 'prefix') doc[key] = v;
  }
  if (credentials === 'profile' && f.profile) doc.profile = f.profile;
  if (credentials === 'keychain' && f.keychainKeys) doc.keychainKeys = f.keychainKeys;
  return doc as ConnectionSpec;
}

export function ConnectionForm({ client, initial, profiles, keychainNames, onSaved, onClose }: Props) {
  const [f, setF] = useState<Fields>(() => fieldsOf(initial));
  const [credentials, setCredentials] = useState<Credentials>(initial?.keychainKeys ? 'keychain' : initial?.profile ? 'profile' : 'default');
  const [busy, setBusy] = useState<'save' | 'test' | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [tested, setTested] = useState<ConnectionTestResult | null>(null);
  const formId = useId();
  const kind = f.kind as ConnectionKindName;
  const set = (key: string) => (e: { target: { value: string } }) => setF((old) => ({ ...old, [key]: e.target.value }));

  const save = async (e: FormEvent) => {
    e.preventDefault();
    setBusy('save');
    setError(null);
    try {
      const saved = await client.call('connectionSave', { connection: specOf(f, credentials), ...(initial ? { previousName: initial.name } : {}) });
      await onSaved(saved.connection.name);
    } catch (err) {
      setError(toError(err));
    } finally {
      setBusy(null);
    }
  };

  const test = async () => {
    setBusy('test');
    setError(null);
    setTested(null);
    try {
      setTested(await client.call('connectionTest', { connection: specOf(f, credentials), ...(kind === 'costexplorer' ? { confirmCost: true } : {}) }));
    } catch (err) {
      setError(toError(err));
    } finally {
      setBusy(null);
    }
  };

  // the label names the field; a hint under it describes it (not part of its name)
  const text = (key: string, label: string, placeholder = '', hint?: string) => (
    <label className="grow">
      <span className="label">{label}</span>
      <input type="text" aria-label={label} aria-describedby={hint ? `${formId}-${key}-hint` : undefined} value={f[key] ?? ''} onChange={set(key)} placeholder={placeholder} spellCheck={false} disabled={busy !== null} />
      {hint && (
        <span className="small muted block" id={`${formId}-${key}-hint`}>
          {hint}
        </span>
      )}
    </label>
  );

  return (
    <form className="source-form" onSubmit={save} aria-label={initial ? `Edit the connection ${initial.name}` : 'Add a connection'}>
      <h3>{initial ? `Edit ${initial.name}` : 'Add a connection'}</h3>
      <div className="row">
        <label>
          <span className="label">Source</span>
          <select aria-label="Source" value={kind} onChange={set('kind')} disabled={busy !== null || initial !== null}>
            {(Object.keys(KIND_LABEL) as ConnectionKindName[]).map((k) => (
              <option key={k} value={k}>
                {KIND_LABEL[k]}
              </option>
            ))}
          </select>
        </label>
        {text('name', 'Connection name', 'Production CUR')}
      </div>
      <p className="small muted">{KIND_HINT[kind]}</p>
      {kind === 's3' && <div className="row">{text('bucket', 'Bucket', 'my-billing-reports')}{text('prefix', 'Report folder (prefix)', 'cur/my-report/')}</div>}
      {kind === 'athena' && (
        <>
          <div className="row">{text('database', 'Database', 'athenacurcfn_my_report')}{text('table', 'Table', 'my_report')}</div>
          <div className="row">
            {text('workgroup', 'Workgroup', 'primary')}
            {text('outputLocation', 'Result location', 's3://my-athena-results/finops/', "Where Athena writes query results; leave empty to use the workgroup's.")}
          </div>
          <div className="row">{text('catalog', 'Data catalog', 'AwsDataCatalog')}</div>
        </>
      )}
      {kind === 'costexplorer' && (
        <div className="row">
          {text('billingAccountId', 'Payer account', '123456789012', 'The management (payer) account whose Cost Explorer this is; its costs are filed under it.')}
          {text('groupBy', 'Group by (up to two)', 'SERVICE, LINKED_ACCOUNT', 'SERVICE, LINKED_ACCOUNT, REGION, USAGE_TYPE, OPERATION, INSTANCE_TYPE, AZ, or TAG:<key>.')}
        </div>
      )}
      <fieldset className="credentials" disabled={busy !== null}>
        <legend className="label">Sign in with</legend>
        <label className="choice">
          <input type="radio" name="credentials" checked={credentials === 'default'} onChange={() => setCredentials('default')} /> The default AWS credentials (environment, ~/.aws, SSO)
        </label>
        <label className="choice">
          <input type="radio" name="credentials" checked={credentials === 'profile'} onChange={() => setCredentials('profile')} /> An AWS profile
        </label>
        {credentials === 'profile' &&
          (profiles.length ? (
            <select aria-label="AWS profile" value={f.profile ?? ''} onChange={set('profile')}>
              <option value="">Choose a profile…</option>
              {profiles.map((p) => (
                <option key={p}>{p}</option>
              ))}
            </select>
          ) : (
            <p className="small muted">No profiles found in ~/.aws/config or ~/.aws/credentials.</p>
          ))}
        <label className="choice">
          <input type="radio" name="credentials" checked={credentials === 'keychain'} onChange={() => setCredentials('keychain')} /> Access keys saved in the OS keychain
        </label>
        {credentials === 'keychain' &&
          (keychainNames?.length ? (
            <select aria-label="Keys in the keychain" value={f.keychainKeys ?? ''} onChange={set('keychainKeys')}>
              <option value="">Choose saved keys…</option>
              {keychainNames.map((k) => (
                <option key={k}>{k}</option>
              ))}
            </select>
          ) : (
            <p className="small muted">
              {keychainNames === null ? 'The OS keychain cannot be reached on this machine. ' : 'No keys saved yet. '}
              Save keys once with <code>finops-workbench credentials set --name NAME --access-key-id AKIA…</code> (the secret is read from the terminal, never typed into the app).
            </p>
          ))}
      </fieldset>
      <div className="row">
        {text('region', 'Region', 'us-east-1')}
        {text('endpointUrl', 'Endpoint URL (optional)', 'http://localhost:4566', 'Only for LocalStack-style endpoints; leave empty for AWS.')}
      </div>
      {error && <FormError error={error} />}
      {tested && <TestOutcome result={tested} />}
      <div className="row">
        <button type="submit" className="primary" disabled={busy !== null}>
          {busy === 'save' ? 'Saving…' : 'Save connection'}
        </button>
        <button type="button" onClick={() => void test()} disabled={busy !== null}>
          {busy === 'test' ? 'Testing…' : kind === 'costexplorer' ? 'Test (one request, $0.01)' : 'Test connection'}
        </button>
        <button type="button" className="ghost" onClick={onClose} disabled={busy !== null}>
          Cancel
        </button>
      </div>
    </form>
  );
}
