// The chargeback engine's one public face. See README.md (what and where) and SPEC.md (the algorithm).
export { run, parseChargebackSpec, allocatePeriod, type PeriodAllocation } from './run.ts';
export { chargebackSpecSchema, type ChargebackSpec, type ChargebackSpecInput } from './spec.ts';
export { chargebackRulesSchema, parseChargebackRules, RULES_FORMAT_VERSION, type ChargebackRules, type ChargebackRulesInput, type OwnerSource, type Pool, type PoolMatch, type RulesVersion, type SavedChargebackRules } from './rules.ts';
export type { ChargebackResult, OwnerAllocation, PoolResult, KubernetesReconciliation } from './result.ts';
export { getChargebackRules, saveChargebackRules, rulesHistory, rulesVersion, currentUserName } from './rules-store.ts';
export { importAccountOwners, listAccountOwners, parseAccountOwnersCsv } from './account-owners-store.ts';
export type { AccountOwner } from './account-owner.ts';
export { ChargebackErrorCode } from './errors.ts';
export * from './constants.ts';
