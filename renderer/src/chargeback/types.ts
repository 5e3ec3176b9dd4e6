// The chargeback contract's types as this view uses them (one import site for the folder).
export type {
  AccountOwner,
  ChargebackResult,
  ChargebackRules,
  ChargebackSpec,
  CreditTreatment,
  OwnerAllocation,
  OwnerSource,
  Pool,
  PoolMatch,
  PoolResult,
  RulesVersion,
  SavedChargebackRules,
  SplitMethod,
} from '../../../core/api/chargeback-contract.ts';
import type { ChargebackRules } from '../../../core/api/chargeback-contract.ts';
export type CostBasis = ChargebackRules['basis'];
