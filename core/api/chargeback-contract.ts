// The chargeback part of WorkbenchApi (issue 13). contract.ts spreads these schemas into
// requestSchemas and extends ResponseMap. Schemas and types only: the Electron preload bundles
// this file, so nothing here may reach the store or a native module.
// The statements engineer adds chargebackExport, the kubernetes engineer chargebackKubernetes*,
// each in a section of their own below.
import * as z from 'zod';
import { chargebackSpecSchema } from '../engines/chargeback/spec.ts';
import { MAX_ACCOUNT_OWNERS_CHARS, type AccountOwner } from '../engines/chargeback/account-owners.ts';
import type { ChargebackResult } from '../engines/chargeback/result.ts';
import type { RulesVersion, SavedChargebackRules } from '../engines/chargeback/rules.ts';

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
