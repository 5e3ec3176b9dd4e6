// Switching the open workspace (another file, or the demo) with progress, cancel and an error a
// person can read. Shared by the frame's workspace menu and the empty workspace's first step.
import { useCallback, useRef, useState } from 'react';
import type { SessionInfo } from '../../../core/api/app-contract.ts';
import type { ApiError } from '../../../core/api/errors.ts';
import type { Progress } from '../../../core/api/progress.ts';
import type { WorkbenchClient } from '../api/client.ts';
import { baseName } from '../format.ts';
import { toError, type WorkspaceState } from './use-workspace.ts';

export interface SwitchState {
  running: boolean;
  progress: Progress | null;
  error: ApiError | null;
  openPath: (path: string) => Promise<boolean>;
  /** A new, empty workspace at `path` (or the workspace already there); the folder must exist. */
  createPath: (path: string) => Promise<boolean>;
  /** What the last successful switch did, in words (e.g. "Created …"), or null. */
  done: string | null;
  openDemo: () => Promise<boolean>;
  cancel: () => void;
  clearError: () => void;
}

export function useSwitchWorkspace(client: WorkbenchClient, workspace: WorkspaceState): SwitchState {
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const controller = useRef<AbortController | null>(null);
  const { setSession } = workspace;

  // true when the switch happened: the caller may close its menu then
  const run = useCallback(
    async <T extends SessionInfo>(message: string, call: (signal: AbortSignal) => Promise<T>, describe?: (info: T) => string): Promise<boolean> => {
      const c = new AbortController();
      controller.current = c;
      setRunning(true);
      setError(null);
      setDone(null);
      setProgress({ phase: 'discover', message });
      try {
        // setSession refreshes the status bar and every view from the new workspace
        const info = await call(c.signal);
        setSession(info);
        if (describe) setDone(describe(info));
        return true;
      } catch (err) {
        setError(toError(err));
        return false;
      } finally {
        setRunning(false);
      }
    },
    [setSession],
  );

  const openPath = useCallback(
    (path: string) => run(`Opening ${baseName(path)}…`, () => client.call('openWorkspace', { path })),
    [client, run],
  );
  const createPath = useCallback(
    (path: string) =>
      run(
        `Creating ${baseName(path)}…`,
        () => client.call('openWorkspace', { path, create: true }),
        (info) => (info.created ? `Created the new workspace ${info.workspacePath}.` : `A workspace was already at ${info.workspacePath}: it is open now, unchanged.`),
      ),
    [client, run],
  );
  // the demo may need building first (a minute or so): it runs as a job with progress and cancel
  const openDemo = useCallback(
    () => run('Opening the demo workspace…', (signal) => client.call('openDemo', {}, { signal, onProgress: setProgress })),
    [client, run],
  );

  return { running, progress, error, done, openPath, createPath, openDemo, cancel: () => controller.current?.abort(), clearError: () => (setError(null), setDone(null)) };
}
