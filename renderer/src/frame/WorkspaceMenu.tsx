// The workspace menu in the top bar: which workspace is open (its full path), open another one
// or create a new one (by path in browser mode, the native dialogs on the desktop), the demo,
// and recent workspaces where the desktop keeps them. A disclosure, not an ARIA menu: it holds a form, so Tab moves
// through it as through any panel, and Escape closes it.
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { WorkbenchClient } from '../api/client.ts';
import { ErrorNotice } from '../data/ErrorNotice.tsx';
import { ImportProgress } from '../data/ImportProgress.tsx';
import { baseName } from '../format.ts';
import { NewWorkspaceForm } from './NewWorkspaceForm.tsx';
import { RecentWorkspaces } from './RecentWorkspaces.tsx';
import { useSwitchWorkspace } from './use-switch-workspace.ts';
import type { WorkspaceState } from './use-workspace.ts';

export function WorkspaceMenu({ client, workspace }: { client: WorkbenchClient; workspace: WorkspaceState }) {
  const [open, setOpen] = useState(false);
  const [path, setPath] = useState('');
  // browser mode: the new-workspace form is open (with this path to start from)
  const [creating, setCreating] = useState<string | null>(null);
  const sw = useSwitchWorkspace(client, workspace);
  const toggle = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const desktop = client.kind === 'ipc';
  const session = workspace.session;

  const close = () => {
    if (sw.running) return; // the switch must finish or be cancelled first: its progress lives here
    setOpen(false);
    setCreating(null);
    sw.clearError();
    toggle.current?.focus();
  };

  // first control gets focus on open, so the keyboard lands inside the panel
  useEffect(() => {
    if (open) panel.current?.querySelector<HTMLElement>('input, button')?.focus();
  }, [open]);

  // after a failure the path input, disabled while the switch ran, has lost focus: give it back,
  // so the person can fix the path (once the render has enabled it again)
  useEffect(() => {
    if (!sw.running && sw.error && creating === null) input.current?.focus();
  }, [sw.running, sw.error, creating]);

  // a click elsewhere closes it, as menus do
  useEffect(() => {
    if (!open) return;
    const onDown = (e: MouseEvent) => {
      if (!panel.current?.contains(e.target as Node) && !toggle.current?.contains(e.target as Node) && !sw.running) setOpen(false);
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [open, sw.running]);

  const done = (switched: boolean) => {
    if (!switched) return;
    setPath('');
    setOpen(false);
    toggle.current?.focus();
  };

  const submitPath = (e: FormEvent) => {
    e.preventDefault();
    if (path.trim()) void sw.openPath(path.trim()).then(done);
  };

  const pick = async () => {
    const picked = await client.shell('pickWorkspace', { mode: 'open' });
    if (picked.path) done(await sw.openPath(picked.path));
  };

  // a new workspace: the panel stays open to say what happened (created, or already there)
  const create = async (target: string) => {
    if (await sw.createPath(target)) {
      setPath('');
      setCreating(null);
    }
  };

  const pickNew = async () => {
    const picked = await client.shell('pickWorkspace', { mode: 'create' });
    if (picked.path) await create(picked.path);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      close();
    }
  };

  return (
    <div className="ws-menu" onKeyDown={onKeyDown}>
      <button ref={toggle} type="button" className="ghost ws-toggle" aria-expanded={open} aria-controls="workspace-panel" onClick={() => (open ? close() : (sw.clearError(), setCreating(null), setOpen(true)))} title={session?.workspacePath}>
        <span className="status-key">Workspace</span> <span data-testid="workspace-name">{session ? baseName(session.workspacePath) : '…'}</span>
        {session?.isDemo && <span className="pill">demo</span>}
        <span aria-hidden="true"> ▾</span>
      </button>
      {open && (
        <div ref={panel} id="workspace-panel" className="ws-panel" role="dialog" aria-label="Workspace">
          <p className="label">Open now</p>
          <p className="ws-path" data-testid="workspace-path">
            {session?.workspacePath ?? '…'}
          </p>
          {desktop ? (
            <button type="button" disabled={sw.running} onClick={() => void pick()}>
              Open workspace…
            </button>
          ) : (
            <form className="row" onSubmit={submitPath}>
              <label className="grow">
                <span className="label">Open workspace: path of a workspace file on this machine</span>
                <input ref={input} type="text" value={path} onChange={(e) => setPath(e.target.value)} placeholder="/home/me/finops/costs.duckdb" spellCheck={false} disabled={sw.running} />
              </label>
              <button type="submit" className="primary" disabled={sw.running || !path.trim()}>
                Open
              </button>
            </form>
          )}
          {sw.error?.code === 'WORKSPACE_NOT_FOUND' && !desktop && creating === null && (
            <div className="row">
              <button type="button" onClick={() => (sw.clearError(), setCreating(path.trim()))}>
                Create a new workspace at this path…
              </button>
            </div>
          )}
          <div className="row">
            {desktop ? (
              <button type="button" disabled={sw.running} onClick={() => void pickNew()}>
                New workspace…
              </button>
            ) : (
              creating === null && (
                <button type="button" disabled={sw.running} onClick={() => (sw.clearError(), setCreating(''))}>
                  New workspace…
                </button>
              )
            )}
            {!session?.isDemo && (
              <button type="button" disabled={sw.running} onClick={() => void sw.openDemo().then(done)}>
                Open the demo workspace
              </button>
            )}
          </div>
          {creating !== null && <NewWorkspaceForm initial={creating} disabled={sw.running} onCreate={(p) => void create(p)} onCancel={() => (sw.clearError(), setCreating(null))} />}
          {desktop && <RecentWorkspaces client={client} current={session?.workspacePath} disabled={sw.running} onOpen={(p) => void sw.openPath(p).then(done)} />}
          {sw.running && <ImportProgress progress={sw.progress} onCancel={sw.cancel} what="opening" />}
          {sw.error && <ErrorNotice error={sw.error} title={creating !== null ? 'Could not create the workspace' : 'Could not open the workspace'} />}
          {sw.done && !sw.error && !sw.running && (
            <div className="notice ok" role="status" data-testid="workspace-done">
              {sw.done} Import billing files from the Data view.
            </div>
          )}
          {sw.error && <p className="muted small">{session ? `${baseName(session.workspacePath)} is still open.` : ''}</p>}
        </div>
      )}
    </div>
  );
}
