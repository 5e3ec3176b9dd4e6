// Saved views: the spec saved by name in the workspace, reopened exactly; shared as a small
// JSON file (download, and upload back in any workspace).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError } from '../../../core/api/errors.ts';
import type { PivotSpec, SavedView, SavedViewSummary, ViewDocument } from '../../../core/api/pivot-contract.ts';
import { ApiFailure, type WorkbenchClient } from '../api/client.ts';
import { ErrorNotice } from '../data/ErrorNotice.tsx';
import { formatTimestamp } from '../format.ts';
import { toError } from '../frame/use-workspace.ts';
import { fileStem, saveBlob } from './download.ts';
import { wholeSpec } from './spec-edit.ts';

interface Props {
  client: WorkbenchClient;
  spec: PivotSpec;
  currentName: string | null;
  /** keepOpen: the panel stays (an import reports what it did there). */
  onOpen: (view: SavedView, keepOpen?: boolean) => void;
  onSaved: (view: SavedView) => void;
  onDeleted: (name: string) => void;
}

type Pending = { kind: 'overwrite'; name: string } | { kind: 'import'; document: unknown; name: string } | { kind: 'delete'; name: string };

export function SavedViews({ client, spec, currentName, onOpen, onSaved, onDeleted }: Props) {
  const [views, setViews] = useState<SavedViewSummary[] | null>(null);
  const [name, setName] = useState(currentName ?? '');
  const [pending, setPending] = useState<Pending | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const upload = useRef<HTMLInputElement>(null);

  const refresh = useCallback(async () => {
    try {
      setViews((await client.call('listViews', {})).views);
    } catch (err) {
      setError(toError(err));
    }
  }, [client]);
  useEffect(() => void refresh(), [refresh]);

  const run = async (work: () => Promise<string | null>) => {
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      setNotice(await work());
      setPending(null);
    } catch (err) {
      if (err instanceof ApiFailure && err.code === 'VIEW_EXISTS') return;
      setError(toError(err));
    } finally {
      setBusy(false);
      await refresh();
    }
  };

  const save = (overwrite: boolean) =>
    run(async () => {
      const trimmed = name.trim();
      try {
        const view = await client.call('saveView', { name: trimmed, spec: wholeSpec(spec), overwrite });
        onSaved(view);
        return `Saved “${view.name}”.`;
      } catch (err) {
        if (err instanceof ApiFailure && err.code === 'VIEW_EXISTS') setPending({ kind: 'overwrite', name: trimmed });
        throw err;
      }
    });

  const importDocument = (document: unknown, asName: string | undefined, overwrite: boolean) =>
    run(async () => {
      try {
        // any JSON goes: core checks the document and says what is wrong with it (VIEW_BAD_FILE)
        const view = await client.call('importView', { document: document as ViewDocument, overwrite, ...(asName ? { name: asName } : {}) });
        onOpen(view, true);
        return `Imported and opened “${view.name}”.`;
      } catch (err) {
        if (err instanceof ApiFailure && err.code === 'VIEW_EXISTS') setPending({ kind: 'import', document, name: String((err.details?.name as string | undefined) ?? asName ?? '') });
        throw err;
      }
    });

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    let document: unknown;
    try {
      document = JSON.parse(await file.text());
    } catch {
      setError({ code: 'VIEW_BAD_FILE', message: `${file.name} is not a FinOps Workbench view file (it is not JSON).` });
      return;
    }
    if ((document as { format?: unknown } | null)?.format !== 'finops-workbench/view') {
      setError({ code: 'VIEW_BAD_FILE', message: `${file.name} is not a FinOps Workbench view file: it has no "format": "finops-workbench/view".` });
      return;
    }
    await importDocument(document, undefined, false);
  };

  const exportOne = (viewName: string) =>
    run(async () => {
      const doc = await client.call('exportView', { name: viewName });
      saveBlob(new Blob([`${JSON.stringify(doc, null, 2)}\n`], { type: 'application/json' }), `${fileStem(viewName)}.view.json`);
      return `Exported “${viewName}” as a file.`;
    });

  const remove = (viewName: string) =>
    run(async () => {
      await client.call('deleteView', { name: viewName });
      onDeleted(viewName);
      return `Deleted “${viewName}”.`;
    });

  return (
    <section className="card saved-views" aria-labelledby="views-title">
      <h2 id="views-title">Saved views</h2>
      <form
        className="row"
        onSubmit={(e) => {
          e.preventDefault();
          void save(false);
        }}
      >
        <label className="grow">
          <span className="label">Save this view as</span>
          <input type="text" value={name} onChange={(e) => setName(e.target.value)} placeholder="e.g. EC2 by account, monthly" maxLength={200} />
        </label>
        <button type="submit" className="primary" disabled={busy || !name.trim()}>
          Save view
        </button>
        <button type="button" disabled={busy} onClick={() => upload.current?.click()}>
          Import a view file…
        </button>
        <input ref={upload} type="file" accept=".json,application/json" hidden data-testid="view-upload" onChange={(e) => void onFile(e.target.files?.[0]).finally(() => (e.target.value = ''))} />
      </form>
      {pending && pending.kind !== 'delete' && (
        <div className="notice warn" role="alert">
          <p>A view named “{pending.name}” already exists.</p>
          <div className="row">
            <button type="button" className="primary" onClick={() => (pending.kind === 'overwrite' ? void save(true) : void importDocument(pending.document, pending.name, true))}>
              Replace it
            </button>
            {pending.kind === 'import' && (
              <button type="button" onClick={() => void importDocument(pending.document, `${pending.name} (imported)`, false)}>
                Keep both (import as “{pending.name} (imported)”)
              </button>
            )}
            <button type="button" onClick={() => setPending(null)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {notice && (
        <div className="notice ok" role="status">
          {notice}
        </div>
      )}
      {error && <ErrorNotice error={error} title="Could not complete this" />}
      {views && views.length === 0 && <p className="muted">No saved views yet. Build a pivot, name it above and save it to come back to it.</p>}
      {views && views.length > 0 && (
        <table className="table" data-testid="views-table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Last saved</th>
              <th scope="col">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {views.map((v) => (
              <tr key={v.name} className={v.name === currentName ? 'current' : undefined}>
                <td className="wrap">
                  {v.name}
                  {v.name === currentName && <span className="pill">open</span>}
                </td>
                <td>{formatTimestamp(v.updatedAt)}</td>
                <td className="actions">
                  {pending?.kind === 'delete' && pending.name === v.name ? (
                    <span className="confirm" role="group" aria-label={`Confirm deleting ${v.name}`}>
                      Delete “{v.name}”?
                      <button type="button" className="danger" onClick={() => void remove(v.name)}>
                        Delete view
                      </button>
                      <button type="button" onClick={() => setPending(null)}>
                        Keep it
                      </button>
                    </span>
                  ) : (
                    <>
                      <button type="button" aria-label={`Open ${v.name}`} disabled={busy} onClick={() => void client.call('getView', { name: v.name }).then(onOpen, (err: unknown) => setError(toError(err)))}>
                        Open
                      </button>{' '}
                      <button type="button" aria-label={`Export ${v.name} as a file`} disabled={busy} onClick={() => void exportOne(v.name)}>
                        Export
                      </button>{' '}
                      <button type="button" className="ghost" aria-label={`Delete ${v.name}`} disabled={busy} onClick={() => setPending({ kind: 'delete', name: v.name })}>
                        Delete…
                      </button>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
