// One import at a time: upload (browser mode) or paths, then the `ingest` job with progress,
// cancel, and a record of every attempt of this session, failures included. An ingest that stops
// to ask replace or append (INGEST_REPLACE_OR_APPEND) becomes a question; the answer runs the
// same import again with the choice (uploads are sent again: the server discards them after each run).
import { useCallback, useRef, useState } from 'react';
import type { IngestResult, OverlapChoice, OverlapConflict } from '../../../core/api/contract.ts';
import type { ApiError } from '../../../core/api/errors.ts';
import type { Progress } from '../../../core/api/progress.ts';
import { ApiFailure, type WorkbenchClient } from '../api/client.ts';
import { uploadFile } from '../api/http-transport.ts';
import { baseName } from '../format.ts';
import { toError } from '../frame/use-workspace.ts';
import { overlapConflicts } from './OverlapQuestion.tsx';

export interface Attempt {
  id: number;
  at: string;
  label: string;
  result: IngestResult | null;
  error: ApiError | null;
}

/** An import waiting for the person to say replace or append. */
export interface PendingQuestion {
  label: string;
  conflicts: OverlapConflict[];
  answer: (choice: OverlapChoice) => Promise<void>;
  dismiss: () => void;
}

export interface ImportState {
  running: boolean;
  progress: Progress | null;
  attempts: Attempt[];
  question: PendingQuestion | null;
  importPaths: (paths: string[], overlap?: OverlapChoice) => Promise<void>;
  uploadAndImport: (files: File[], overlap?: OverlapChoice) => Promise<void>;
  cancel: () => void;
}

let nextAttempt = 1;

function labelOf(names: string[]): string {
  return names.length <= 2 ? names.join(', ') : `${names.slice(0, 2).join(', ')} and ${names.length - 2} more`;
}

export function useImport(client: WorkbenchClient, onChanged: () => Promise<void>): ImportState {
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [attempts, setAttempts] = useState<Attempt[]>([]);
  const [question, setQuestion] = useState<PendingQuestion | null>(null);
  const controller = useRef<AbortController | null>(null);

  const record = useCallback((label: string, result: IngestResult | null, error: ApiError | null) => {
    setAttempts((a) => [{ id: nextAttempt++, at: new Date().toISOString(), label, result, error }, ...a]);
  }, []);

  const run = useCallback(
    async (label: string, work: (signal: AbortSignal) => Promise<IngestResult>, again: (choice: OverlapChoice) => Promise<void>) => {
      const c = new AbortController();
      controller.current = c;
      setRunning(true);
      setQuestion(null);
      setProgress({ message: 'Starting…', phase: 'discover' });
      try {
        record(label, await work(c.signal), null);
      } catch (err) {
        const error = toError(err);
        const conflicts = overlapConflicts(error);
        if (conflicts) setQuestion({ label, conflicts, answer: again, dismiss: () => setQuestion(null) });
        else record(label, null, error);
      } finally {
        controller.current = null;
        await onChanged();
        setRunning(false);
        setProgress(null);
      }
    },
    [onChanged, record],
  );

  const importPaths = useCallback(
    (paths: string[], overlap?: OverlapChoice): Promise<void> =>
      run(
        labelOf(paths.map(baseName)),
        (signal) => client.call('ingest', { paths, ...(overlap ? { overlap } : {}) }, { signal, onProgress: setProgress }),
        (choice) => importPaths(paths, choice),
      ),
    [client, run],
  );

  const uploadAndImport = useCallback(
    (files: File[], overlap?: OverlapChoice): Promise<void> =>
      run(labelOf(files.map((f) => f.name)), async (signal) => {
        const paths: string[] = [];
        const total = files.reduce((s, f) => s + f.size, 0);
        let before = 0;
        for (const [i, file] of files.entries()) {
          const outcome = await uploadFile(file, {
            signal,
            onProgress: (loaded) =>
              setProgress({ phase: 'read', message: `Uploading ${file.name}`, file: file.name, filesDone: i, filesTotal: files.length, bytesDone: before + loaded, bytesTotal: total, fraction: total ? (before + loaded) / total : undefined }),
          });
          if (!outcome.ok) throw new ApiFailure(outcome.error);
          paths.push(outcome.result.path);
          before += file.size;
        }
        return client.call('ingest', { paths, ...(overlap ? { overlap } : {}) }, { signal, onProgress: setProgress });
      }, (choice) => uploadAndImport(files, choice)),
    [client, run],
  );

  const cancel = useCallback(() => controller.current?.abort(), []);

  return { running, progress, attempts, question, importPaths, uploadAndImport, cancel };
}
