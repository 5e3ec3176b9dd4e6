// Runs one engine call for the current request: the newest request wins (an answer to settings the
// person has already left is dropped), and the last answer stays on screen, marked as updating,
// while the next one runs. The request is compared as text, so an equal new object runs nothing.
import { useEffect, useState } from 'react';
import type { AppMethodName, AppRequestOf, AppResponseOf } from '../../../core/api/app-contract.ts';
import type { ApiError } from '../../../core/api/errors.ts';
import type { WorkbenchClient } from '../api/client.ts';
import { toError } from '../frame/use-workspace.ts';

export interface EngineCall<T> {
  result: T | null;
  error: ApiError | null;
  running: boolean;
  /** When the running call started (ms since epoch), for the progress line. */
  startedAt: number | null;
}

const IDLE = { result: null, error: null, running: false, startedAt: null };

export function useEngineCall<M extends AppMethodName>(client: WorkbenchClient, method: M, request: AppRequestOf<M> | null): EngineCall<AppResponseOf<M>> {
  const [state, setState] = useState<EngineCall<AppResponseOf<M>>>(IDLE);
  const key = request === null ? null : JSON.stringify(request);

  useEffect(() => {
    if (key === null) {
      setState(IDLE);
      return;
    }
    let live = true;
    setState((s) => ({ ...s, running: true, startedAt: Date.now() }));
    client.call(method, JSON.parse(key) as AppRequestOf<M>).then(
      (result) => live && setState({ result, error: null, running: false, startedAt: null }),
      (err: unknown) => live && setState({ result: null, error: toError(err), running: false, startedAt: null }),
    );
    return () => {
      live = false;
    };
  }, [client, method, key]);

  return state;
}
