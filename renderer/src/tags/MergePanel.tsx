// Clean up variants: the audit's clusters of keys written several ways (CostCenter, cost-center)
// and of values (prod, Prod, production), each with its suggested canonical form and the cost of
// every variant. Reviewing one opens the merge editor; accepting stores an alias and the audit
// runs again. The aliases stored so far are listed below, each removable.
import { useCallback, useEffect, useState } from 'react';
import type { ApiError } from '../../../core/api/errors.ts';
import type { TagAuditResult, TagAuditSpec } from '../../../core/api/tags-contract.ts';
import type { WorkbenchClient } from '../api/client.ts';
import { ErrorNotice } from '../data/ErrorNotice.tsx';
import { formatValue } from '../explore/number-format.ts';
import { toError } from '../frame/use-workspace.ts';
import { addAlias, listAliases, removeAlias } from './alias-api.ts';
import type { AliasRequest, TagAlias } from './alias-types.ts';
import { AliasList } from './AliasList.tsx';
import { MergeEditor } from './MergeEditor.tsx';
import { aliasText, candidates } from './merge-model.ts';

interface Props {
  client: WorkbenchClient;
  result: TagAuditResult;
  spec: TagAuditSpec;
  currency: string | null;
  /** Called after an alias was stored or removed, so the audit runs again. */
  onChanged: () => void;
}

/** The server's answer when a build has no such method: the alias methods are newer than the view. */
const UNKNOWN_METHOD = 'UNKNOWN_METHOD';

const shown = (v: string) => (v === '' ? '(blank)' : v.trim() !== v ? `"${v}"` : v);

export function MergePanel({ client, result, spec, currency, onChanged }: Props) {
  const list = candidates(result.keyVariants, result.variants);
  const [open, setOpen] = useState<string | null>(null);
  const [aliases, setAliases] = useState<TagAlias[] | null>(null);
  const [error, setError] = useState<{ error: ApiError; title: string } | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [unsupported, setUnsupported] = useState(false);

  useEffect(() => {
    listAliases(client).then(setAliases, (err: unknown) => {
      const e = toError(err);
      if (e.code === UNKNOWN_METHOD) setUnsupported(true);
      else setError({ error: e, title: 'Could not read the aliases' });
    });
  }, [client]);

  const accept = useCallback(
    async (request: AliasRequest) => {
      setBusy(true);
      setError(null);
      try {
        setAliases(await addAlias(client, request));
        setMessage(`Merged ${request.from.map((f) => `"${f}"`).join(', ')} into "${request.to}"${request.key ? ` (${request.key})` : ''}. Every report now reads them as "${request.to}".`);
        setOpen(null);
        onChanged();
      } catch (err) {
        setError({ error: toError(err), title: 'Could not store the alias' });
      } finally {
        setBusy(false);
      }
    },
    [client, onChanged],
  );

  const remove = async (a: TagAlias) => {
    setBusy(true);
    setError(null);
    try {
      setAliases(await removeAlias(client, a));
      setMessage(`Removed ${aliasText(a)}: reports read "${a.from}" as loaded again.`);
      onChanged();
    } catch (err) {
      setError({ error: toError(err), title: 'Could not remove the alias' });
      // someone else may have changed the aliases: show what is stored now
      listAliases(client).then(setAliases, () => undefined);
    } finally {
      setBusy(false);
    }
  };

  if (unsupported) {
    return (
      <section className="card merge" aria-labelledby="merge-title" data-testid="merge-panel">
        <h2 id="merge-title">Clean up variants</h2>
        <p className="muted">This version of the workbench cannot store tag aliases yet, so variants of keys and values cannot be merged here.</p>
      </section>
    );
  }

  return (
    <section className="card merge" aria-labelledby="merge-title" data-testid="merge-panel">
      <div className="section-head">
        <h2 id="merge-title">Clean up variants</h2>
        <span className="muted small">Keys and values written several ways, with a suggested canonical form and the cost behind each variant</span>
      </div>
      {message && (
        <div className="notice ok" role="status" data-testid="merge-message">
          {message}
        </div>
      )}
      {error && <ErrorNotice error={error.error} title={error.title} />}
      {list.length === 0 ? (
        <p className="muted" data-testid="merge-none">
          No key or value is written in more than one way.
        </p>
      ) : (
        <ul className="clusters" data-testid="variant-clusters">
          {list.map((c) => (
            <li key={c.id} className={open === c.id ? 'cluster open' : 'cluster'} data-testid={`cluster-${c.id}`}>
              <div className="cluster-head">
                <span className="cluster-what">{c.kind === 'key' ? 'Key' : <>Values of <code>{c.key}</code></>}</span>
                <span className="cluster-variants">
                  {c.variants.map((v, i) => (
                    <span key={v.name} className={v.name === c.suggested ? 'variant suggested' : 'variant'}>
                      {i > 0 && ' · '}
                      <code>{shown(v.name)}</code> <span className="muted num">{formatValue(v.cost, 'money', currency)}</span>
                    </span>
                  ))}
                </span>
                <span className="cluster-suggestion small">
                  → <code>{shown(c.suggested)}</code>
                </span>
                <button type="button" aria-expanded={open === c.id} onClick={() => setOpen(open === c.id ? null : c.id)} aria-label={`${open === c.id ? 'Close' : 'Review'} merge into ${shown(c.suggested)}${c.key ? ` (${c.key})` : ''}`}>
                  {open === c.id ? 'Close' : 'Review merge'}
                </button>
              </div>
              {open === c.id && <MergeEditor client={client} candidate={c} spec={spec} currency={currency} busy={busy} onAccept={(r) => void accept(r)} onCancel={() => setOpen(null)} />}
            </li>
          ))}
        </ul>
      )}
      <h3 className="aliases-title">Aliases in this workspace</h3>
      {aliases === null ? !error && <p className="muted small">Reading the aliases…</p> : <AliasList aliases={aliases} busy={busy} onRemove={(a) => void remove(a)} />}
    </section>
  );
}
