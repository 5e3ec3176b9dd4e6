// The Kubernetes methods of chargeback over an open workspace. Import and remove are writes:
// guard.ts queues them (CHARGEBACK_KUBERNETES_WRITE_METHODS).
import type * as z from 'zod';
import { importKubernetesAllocation, kubernetesSplit, listKubernetesImports, removeKubernetesImport } from '../engines/chargeback/kubernetes/index.ts';
import type { Workspace } from '../store/workspace.ts';
import type { chargebackKubernetesRequestSchemas, ChargebackKubernetesResponseMap } from './chargeback-contract.ts';
import type { CallContext } from './progress.ts';

export type ChargebackKubernetesApi = {
  [M in keyof ChargebackKubernetesResponseMap]: (request: z.infer<(typeof chargebackKubernetesRequestSchemas)[M]>, ctx?: CallContext) => Promise<ChargebackKubernetesResponseMap[M]>;
};

export function createChargebackKubernetesMethods(ws: Workspace): ChargebackKubernetesApi {
  const list = async () => ({ imports: await listKubernetesImports(ws.db) });
  return {
    chargebackKubernetesImport: async (req) => ({ ...(await importKubernetesAllocation(ws.db, req)), ...(await list()) }),
    chargebackKubernetesList: list,
    chargebackKubernetesRemove: async (req) => {
      await removeKubernetesImport(ws.db, req.id);
      return list();
    },
    chargebackKubernetesSplit: async (req) => kubernetesSplit(ws.db, { period: req.period, cluster: req.cluster, basis: req.basis ?? 'Effective', by: req.by }),
  };
}
