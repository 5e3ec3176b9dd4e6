// "New workspace…" in browser mode: the full path of the file to create. The Create button is
// the confirmation; the folder must exist (a typo in it is refused, not created) and a file that
// is there and is not a workspace is left untouched (core/app/session.ts says so in words).
import { useEffect, useRef, useState, type FormEvent } from 'react';

/** A name without an extension gets .duckdb, as the desktop's save dialog does. */
export function withWorkspaceExtension(path: string): string {
  const name = path.split(/[\\/]/).pop() ?? '';
  return name.includes('.') ? path : `${path}.duckdb`;
}

interface Props {
  disabled: boolean;
  initial: string;
  onCreate: (path: string) => void;
  onCancel: () => void;
}

export function NewWorkspaceForm({ disabled, initial, onCreate, onCancel }: Props) {
  const [path, setPath] = useState(initial);
  const input = useRef<HTMLInputElement>(null);
  // on open, and again after a refused path (the input was disabled while it ran): fix it in place
  useEffect(() => {
    if (!disabled) input.current?.focus();
  }, [disabled]);
  const target = path.trim() ? withWorkspaceExtension(path.trim()) : '';
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (target) onCreate(target);
  };
  return (
    <form className="ws-new" onSubmit={submit} aria-label="New workspace">
      <label>
        <span className="label">New workspace: full path of the file to create, in a folder that exists</span>
        <input ref={input} type="text" value={path} onChange={(e) => setPath(e.target.value)} placeholder="/home/me/finops/my-bill.duckdb" spellCheck={false} disabled={disabled} />
      </label>
      {target && (
        <p className="muted small" data-testid="new-workspace-target">
          Creates an empty workspace at <span className="mono">{target}</span> and opens it; the workspace open now is closed, unchanged.
        </p>
      )}
      <div className="row">
        <button type="submit" className="primary" disabled={disabled || !target}>
          Create workspace
        </button>
        <button type="button" disabled={disabled} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
