// Import billing files: by path, by upload (browser mode), by native dialog (desktop), or by
// dropping files on the panel. Shows progress while it runs and the outcome when it ends.
import { useEffect, useRef, useState, type DragEvent, type FormEvent } from 'react';
import type { AppEvent } from '../../../core/api/app-contract.ts';
import { bridge, type WorkbenchClient } from '../api/client.ts';
import type { ImportState } from './use-import.ts';
import { ImportProgress } from './ImportProgress.tsx';
import { AttemptOutcome } from './AttemptOutcome.tsx';
import { OverlapQuestion } from './OverlapQuestion.tsx';

interface Props {
  client: WorkbenchClient;
  imports: ImportState;
  shellRequest: AppEvent | null;
  onShellRequestHandled: () => void;
}

export function ImportPanel({ client, imports, shellRequest, onShellRequestHandled }: Props) {
  const [path, setPath] = useState('');
  const [dragging, setDragging] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const desktop = client.kind === 'ipc';

  const pick = async (kind: 'files' | 'folder') => {
    const { paths } = await client.shell('pickImportPaths', { kind });
    if (paths.length) await imports.importPaths(paths);
  };

  // File > Import… in the desktop menu arrives here
  useEffect(() => {
    if (shellRequest?.type === 'import' && !imports.running) {
      onShellRequestHandled();
      void pick(shellRequest.kind);
    }
    // once per menu request: the other values are read fresh when it arrives
  }, [shellRequest]);

  const submitPath = (e: FormEvent) => {
    e.preventDefault();
    const p = path.trim();
    if (p && !imports.running) void imports.importPaths([p]);
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    if (imports.running) return;
    const files = [...e.dataTransfer.files];
    if (!files.length) return;
    const b = bridge();
    const paths = b ? files.map((f) => b.pathForFile(f)).filter(Boolean) : [];
    if (paths.length === files.length) void imports.importPaths(paths);
    else void imports.uploadAndImport(files);
  };

  const latest = imports.attempts[0];
  return (
    <section className="card" aria-labelledby="import-title">
      <h2 id="import-title">Import billing files</h2>
      <p className="muted">
        AWS Cost and Usage Reports (legacy or 2.0; CSV, gzip, zip or Parquet, or a whole delivery folder) and FOCUS exports from any provider. The
        format is read from the content. A newer delivery of a month replaces it and parts of one delivery add up (known by the AWS manifest or delivery
        folder); for files without either, you are asked whether they replace the month or add to it. Loading the same file twice changes nothing.
      </p>
      <div
        className={dragging ? 'dropzone dragging' : 'dropzone'}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        data-testid="dropzone"
      >
        {desktop && (
          <div className="row">
            <button type="button" className="primary" disabled={imports.running} onClick={() => void pick('files')}>
              Choose files…
            </button>
            <button type="button" disabled={imports.running} onClick={() => void pick('folder')}>
              Choose folder…
            </button>
          </div>
        )}
        <form className="row" onSubmit={submitPath}>
          <label className="grow">
            <span className="label">Path of a file or folder on this machine</span>
            <input type="text" value={path} onChange={(e) => setPath(e.target.value)} placeholder="/home/me/billing/cur-2024-05/ or /home/me/focus-export.parquet" spellCheck={false} disabled={imports.running} />
          </label>
          <button type="submit" className={desktop ? '' : 'primary'} disabled={imports.running || !path.trim()}>
            Import path
          </button>
        </form>
        {!desktop && (
          <div className="row center">
            <input
              ref={fileInput}
              type="file"
              multiple
              hidden
              data-testid="upload-input"
              onChange={(e) => {
                const files = [...(e.target.files ?? [])];
                e.target.value = '';
                if (files.length) void imports.uploadAndImport(files);
              }}
            />
            <button type="button" disabled={imports.running} onClick={() => fileInput.current?.click()}>
              Upload files…
            </button>
            <span className="muted small">or drop files here. Uploaded files are copied to a private temporary folder, imported, then deleted.</span>
          </div>
        )}
        {desktop && <p className="muted small">Or drop files and folders here.</p>}
      </div>
      {imports.running && <ImportProgress progress={imports.progress} onCancel={imports.cancel} />}
      {!imports.running && imports.question && (
        <OverlapQuestion
          label={imports.question.label}
          conflicts={imports.question.conflicts}
          onChoose={(choice) => void imports.question?.answer(choice)}
          onCancel={() => imports.question?.dismiss()}
        />
      )}
      {!imports.running && !imports.question && latest && <AttemptOutcome attempt={latest} />}
    </section>
  );
}
