// The saved rules and their history: read once, then after every save or import. A save is a new
// version (the engine records who, when and what changed); nothing here edits a saved version.
import { useCallback, useEffect, useState } from 'react';
import type { ApiError } from '../../../core/api/errors.ts';
import type { WorkbenchClient } from '../api/client.ts';
import { toError } from '../frame/use-workspace.ts';
import type { ChargebackRules, RulesVersion, SavedChargebackRules } from './types.ts';

export interface SavedRules {
  /** null until read. */
  saved: SavedChargebackRules | null;
  versions: RulesVersion[];
  loadError: ApiError | null;
  save: (rules: ChargebackRules) => Promise<SavedChargebackRules>;
  importFile: (document: unknown, source: string) => Promise<SavedChargebackRules>;
}

export function useSavedRules(client: WorkbenchClient): SavedRules {
  const [saved, setSaved] = useState<SavedChargebackRules | null>(null);
  const [versions, setVersions] = useState<RulesVersion[]>([]);
  const [loadError, setLoadError] = useState<ApiError | null>(null);

  const read = useCallback(async () => {
    try {
      const [s, h] = await Promise.all([client.call('chargebackRulesGet', {}), client.call('chargebackRulesHistory', {})]);
      setSaved(s);
      setVersions(h.versions);
      setLoadError(null);
    } catch (err) {
      setLoadError(toError(err));
    }
  }, [client]);

  useEffect(() => {
    void read();
  }, [read]);

  const save = useCallback(
    async (rules: ChargebackRules) => {
      const s = await client.call('chargebackRulesSave', { rules });
      setSaved(s);
      await read();
      return s;
    },
    [client, read],
  );

  const importFile = useCallback(
    async (document: unknown, source: string) => {
      const s = await client.call('chargebackRulesImport', { document, source });
      setSaved(s);
      await read();
      return s;
    },
    [client, read],
  );

  return { saved, versions, loadError, save, importFile };
}
