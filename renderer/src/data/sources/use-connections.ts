// The saved connections of the open workspace, and what the connection form offers to choose
// from: the AWS profiles core finds and the NAMES of keys saved in the OS keychain (never keys).
import { useCallback, useEffect, useState } from 'react';
import type { SavedConnection } from '../../../../core/api/connections-contract.ts';
import type { ApiError } from '../../../../core/api/errors.ts';
import type { WorkbenchClient } from '../../api/client.ts';
import { toError } from '../../frame/use-workspace.ts';

export interface ConnectionsState {
  connections: SavedConnection[];
  profiles: string[];
  /** Names of keys in the OS keychain; null when the keychain cannot be reached. */
  keychainNames: string[] | null;
  loadError: ApiError | null;
  reload: () => Promise<void>;
}

export function useConnections(client: WorkbenchClient, workspacePath: string | undefined): ConnectionsState {
  const [connections, setConnections] = useState<SavedConnection[]>([]);
  const [profiles, setProfiles] = useState<string[]>([]);
  const [keychainNames, setKeychainNames] = useState<string[] | null>(null);
  const [loadError, setLoadError] = useState<ApiError | null>(null);

  const reload = useCallback(async () => {
    try {
      setConnections((await client.call('connectionsList', {})).connections);
      setLoadError(null);
    } catch (err) {
      setLoadError(toError(err));
    }
  }, [client]);

  useEffect(() => {
    void reload();
  }, [reload, workspacePath]);

  useEffect(() => {
    void client.call('awsProfiles', {}).then((r) => setProfiles(r.profiles), () => setProfiles([]));
    // a machine without a keychain service still has profiles and the default chain
    void client.call('awsKeysList', {}).then((r) => setKeychainNames(r.keys.map((k) => k.name)), () => setKeychainNames(null));
  }, [client]);

  return { connections, profiles, keychainNames, loadError, reload };
}
