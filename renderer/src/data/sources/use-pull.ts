// One pull at a time through a saved connection: a `connectionPull` job with progress and
// cancel, like an import; its outcome stays until the next pull.
import { useCallback, useRef, useState } from 'react';
import type { AppRequestOf } from '../../../../core/api/app-contract.ts';
import type { ConnectionPullResult } from '../../../../core/api/connections-contract.ts';
import type { ApiError } from '../../../../core/api/errors.ts';
import type { Progress } from '../../../../core/api/progress.ts';
import type { WorkbenchClient } from '../../api/client.ts';
import { toError } from '../../frame/use-workspace.ts';

export type PullRequest = AppRequestOf<'connectionPull'>;

export interface PullOutcome {
  name: string;
  result: ConnectionPullResult | null;
  error: ApiError | null;
}

export interface PullState {
  running: string | null;
  progress: Progress | null;
  outcome: PullOutcome | null;
  pull: (request: PullRequest) => Promise<void>;
  cancel: () => void;
  clear: () => void;
}

export function usePull(client: WorkbenchClient, onChanged: () => Promise<void>): PullState {
  const [running, setRunning] = useState<string | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [outcome, setOutcome] = useState<PullOutcome | null>(null);
  const controller = useRef<AbortController | null>(null);

  const pull = useCallback(
    async (request: PullRequest) => {
      const c = new AbortController();
      controller.current = c;
      setRunning(request.name);
      setOutcome(null);
      setProgress({ message: `Starting the pull from ${request.name}…`, phase: 'discover' });
      try {
        setOutcome({ name: request.name, result: await client.call('connectionPull', request, { signal: c.signal, onProgress: setProgress }), error: null });
      } catch (err) {
        setOutcome({ name: request.name, result: null, error: toError(err) });
      } finally {
        controller.current = null;
        await onChanged();
        setRunning(null);
        setProgress(null);
      }
    },
    [client, onChanged],
  );

  const cancel = useCallback(() => controller.current?.abort(), []);
  const clear = useCallback(() => setOutcome(null), []);
  return { running, progress, outcome, pull, cancel, clear };
}
