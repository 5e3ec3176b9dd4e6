// The open workspace as the views see it: the session, its info, and a refresh after changes.
import { useCallback, useEffect, useState } from 'react';
import type { AppWorkspaceInfo, SessionInfo } from '../../../core/api/app-contract.ts';
import type { ApiError } from '../../../core/api/errors.ts';
import { ApiFailure, type WorkbenchClient } from '../api/client.ts';

export interface WorkspaceState {
  session: SessionInfo | null;
  info: AppWorkspaceInfo | null;
  loadError: ApiError | null;
  refresh: () => Promise<void>;
  setSession: (s: SessionInfo) => void;
}

export function toError(err: unknown): ApiError {
  if (err instanceof ApiFailure) return err.toData();
  return { code: 'INTERNAL', message: err instanceof Error ? err.message : String(err) };
}

export function useWorkspace(client: WorkbenchClient): WorkspaceState {
  const [session, setSessionState] = useState<SessionInfo | null>(null);
  const [info, setInfo] = useState<AppWorkspaceInfo | null>(null);
  const [loadError, setLoadError] = useState<ApiError | null>(null);

  const refresh = useCallback(async () => {
    try {
      const [s, i] = await Promise.all([client.call('session', {}), client.call('info', {})]);
      setSessionState(s);
      setInfo(i);
      setLoadError(null);
    } catch (err) {
      setLoadError(toError(err));
    }
  }, [client]);

  const setSession = useCallback(
    (s: SessionInfo) => {
      setSessionState(s);
      setInfo(null);
      void refresh();
    },
    [refresh],
  );

  useEffect(() => {
    void refresh();
  }, [refresh]);

  return { session, info, loadError, refresh, setSession };
}
