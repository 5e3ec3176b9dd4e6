// The chargeback part of WorkbenchApi (issue 13). contract.ts spreads these schemas into
// requestSchemas and extends ResponseMap. Schemas and types only: the Electron preload bundles
// this file, so nothing here may reach the store or a native module.
// The statements engineer adds chargebackExport, the kubernetes engineer chargebackKubernetes*,
// each in a section of their own below.
import * as z from 'zod';
import { chargebackSpecSchema } from '../engines/chargeback/spec.ts';
import { MAX_ACCOUNT_OWNERS_CHARS, type AccountOwner } from '../engines/chargeback/account-owner.ts';
import type { ChargebackResult } from '../engines/chargeback/result.ts';
import type { RulesVersion, SavedChargebackRules } from '../engines/chargeback/rules.ts';
import { MAX_API_IMPORT_CHARS as K8S_MAX_API_IMPORT_CHARS } from '../engines/chargeback/kubernetes/constants.ts';
import type { KubernetesImport } from '../engines/chargeback/kubernetes/store.ts';
import type { KubernetesSplit } from '../engines/chargeback/kubernetes/run.ts';
import { COST_BASES } from '../engines/pivot/constants.ts';

const source = z.string().max(500).optional();

export const chargebackRequestSchemas = {
  /** One period's allocation: inline rules, or the saved ones. */
  chargeback: z.strictObject({ spec: chargebackSpecSchema }),
  /** The rules in force (the latest saved version), or none. */
  chargebackRulesGet: z.strictObject({}),
  /** Saves the rules as a new version (who: the OS user; when; what changed). Refused rules change nothing. */
  chargebackRulesSave: z.strictObject({ rules: z.unknown(), source }),
  /** Every saved version, newest first, with its rules. */
  chargebackRulesHistory: z.strictObject({}),
  /** A rules file (its parsed JSON), saved as a new version; a newer formatVersion is refused. */
  chargebackRulesImport: z.strictObject({ document: z.unknown(), source }),
  /** A CSV of account id, owner (header `account,owner`): replaces the account → owner map, all or nothing. */
  chargebackAccountOwnersImport: z.strictObject({ text: z.string().max(MAX_ACCOUNT_OWNERS_CHARS, `an import is at most ${MAX_ACCOUNT_OWNERS_CHARS.toLocaleString('en-US')} characters`), source }),
  /** The account → owner map. */
  chargebackAccountOwnersList: z.strictObject({}),
} as const;

/** Chargeback's write methods, for guard.ts: they queue with the workspace's other writes. */
export const CHARGEBACK_WRITE_METHODS = ['chargebackRulesSave', 'chargebackRulesImport', 'chargebackAccountOwnersImport'] as const;

export interface ChargebackResponseMap {
  chargeback: ChargebackResult;
  chargebackRulesGet: SavedChargebackRules;
  chargebackRulesSave: SavedChargebackRules;
  chargebackRulesHistory: { versions: RulesVersion[] };
  chargebackRulesImport: SavedChargebackRules;
  chargebackAccountOwnersImport: { owners: AccountOwner[] };
  chargebackAccountOwnersList: { owners: AccountOwner[] };
}

export type { AccountOwner, ChargebackResult, RulesVersion, SavedChargebackRules };
export type { ChargebackSpec, ChargebackSpecInput } from '../engines/chargeback/spec.ts';
export type { OwnerAllocation, PoolResult, KubernetesReconciliation } from '../engines/chargeback/result.ts';
export type { ChargebackRules, ChargebackRulesInput, OwnerSource, Pool, PoolMatch, PoolSplit } from '../engines/chargeback/rules.ts';
export type { SplitMethod, CreditTreatment } from '../engines/chargeback/constants.ts';

// ── Kubernetes (core/engines/chargeback/kubernetes): OpenCost / Kubecost allocation imports and
// the split of a cluster's node cost. Spread into requestSchemas by contract.ts beside the above.
export const chargebackKubernetesRequestSchemas = {
  /** An OpenCost /allocation JSON or CSV export (format from content); checked against the bill, all or nothing. */
  chargebackKubernetesImport: z.strictObject({
    fileName: z.string().min(1).max(500),
    text: z.string().max(K8S_MAX_API_IMPORT_CHARS, `an allocation file sent to the API is at most ${K8S_MAX_API_IMPORT_CHARS.toLocaleString('en-US')} characters; import larger ones with the command line`),
    /** The cluster's name in the bill (its nodes' eks:cluster-name), for a file that names none or names it otherwise. */
    cluster: z.string().min(1).max(200).optional(),
    /** A tag key whose value names a node's cluster, besides eks:cluster-name, aws:eks:cluster-name and kubernetes.io/cluster/<name>. */
    clusterTag: z.string().min(1).max(200).optional(),
  }),
  /** The imported allocation files. */
  chargebackKubernetesList: z.strictObject({}),
  /** Removes one import and its allocations. */
  chargebackKubernetesRemove: z.strictObject({ id: z.number().int().positive() }),
  /** One cluster's node cost in a billing period, split by namespace or label:KEY, idle apart, reconciled to the bill. */
  chargebackKubernetesSplit: z.strictObject({
    period: z.string().regex(/^\d{4}-\d{2}$/, 'a billing period is written YYYY-MM'),
    cluster: z.string().min(1).max(200),
    basis: z.enum(COST_BASES).optional(),
    by: z.string().regex(/^(namespace|label:.+)$/, 'by is namespace or label:KEY').optional(),
  }),
} as const;

export const CHARGEBACK_KUBERNETES_WRITE_METHODS = ['chargebackKubernetesImport', 'chargebackKubernetesRemove'] as const;

export interface ChargebackKubernetesResponseMap {
  chargebackKubernetesImport: { import: KubernetesImport; alreadyImported: boolean; imports: KubernetesImport[] };
  chargebackKubernetesList: { imports: KubernetesImport[] };
  chargebackKubernetesRemove: { imports: KubernetesImport[] };
  chargebackKubernetesSplit: KubernetesSplit;
}

export type { KubernetesImport, KubernetesSplit };
