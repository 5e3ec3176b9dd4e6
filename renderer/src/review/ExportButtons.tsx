// The pack as a file: PowerPoint or PDF, built in core from the same month and basis as the
// preview, with the comments saved so far (saves still in flight are waited for). Progress shows
// while core builds it; Cancel stops it. Downloads like the chargeback statements.
import { useRef, useState } from 'react';
import type { ApiError } from '../../../core/api/errors.ts';
import type { Progress } from '../../../core/api/progress.ts';
import type { ReviewFormat } from '../../../core/api/review-contract.ts';
import type { WorkbenchClient } from '../api/client.ts';
import { ErrorNotice } from '../data/ErrorNotice.tsx';
import { ImportProgress } from '../data/ImportProgress.tsx';
import { saveExport } from '../explore/download.ts';
import type { Basis } from '../explore/labels.ts';
import { toError } from '../frame/use-workspace.ts';
import type { PendingSaves } from './pending-saves.ts';
import { EXPORT_FORMATS } from './words.ts';

interface Props {
  client: WorkbenchClient;
  period: string;
  basis: Basis;
  pending: PendingSaves;
  disabledReason: string | null;
}

export function ExportButtons({ client, period, basis, pending, disabledReason }: Props) {
  const [busy, setBusy] = useState<ReviewFormat | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const abort = useRef<AbortController | null>(null);

  const run = async (format: ReviewFormat) => {
    setBusy(format);
    setError(null);
    setProgress(null);
    const controller = new AbortController();
    abort.current = controller;
    try {
      await pending.settled();
      saveExport(await client.call('reviewExport', { period, format, basis }, { onProgress: setProgress, signal: controller.signal }));
    } catch (err) {
      setError(toError(err));
    } finally {
      abort.current = null;
      setBusy(null);
      setProgress(null);
    }
  };

  return (
    <div className="rv-export" role="group" aria-label="Export the pack">
      <div className="rv-export-buttons">
        {EXPORT_FORMATS.map((f) => (
          <button key={f.id} type="button" className={f.id === 'pptx' ? 'primary' : undefined} title={disabledReason ?? f.title} disabled={busy !== null || disabledReason !== null} aria-busy={busy === f.id} onClick={() => void run(f.id)}>
            {busy === f.id ? 'Preparing…' : `Export ${f.label}`}
          </button>
        ))}
      </div>
      {busy && <ImportProgress progress={progress ?? { message: `Building the ${busy === 'pptx' ? 'deck' : 'PDF'}…`, phase: 'write' }} onCancel={() => abort.current?.abort()} what="export" />}
      {error && <ErrorNotice error={error} title="Could not export the pack" cancelledTitle="Export cancelled" />}
    </div>
  );
}
