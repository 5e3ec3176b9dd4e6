// Which rules a run uses: the inline ones (rulesVersion 0) or the saved ones (their version), with
// the command line's `--by` and `--basis` on top. Overrides that change the rules make them
// unsaved (version 0): a statement must never claim a version that did not produce it.
import type { Db } from '../../store/db.ts';
import { WorkbenchError } from '../../errors.ts';
import { COST_CATEGORY_PREFIX, TAG_PREFIX } from '../pivot/constants.ts';
import { ChargebackErrorCode } from './errors.ts';
import { RULES_FORMAT_VERSION, parseChargebackRules, type ChargebackRules, type OwnerSource } from './rules.ts';
import { getChargebackRules } from './rules-store.ts';
import type { ChargebackSpec } from './spec.ts';

export const ACCOUNT_OWNER_REF = 'accountOwner';
export const KUBERNETES_REF = 'kubernetes';

/** `--by`: tag:KEY, costCategory:NAME, accountOwner, kubernetes[:CLUSTER], or a dimension. */
export function ownerSourceOf(by: string): OwnerSource {
  if (by.startsWith(TAG_PREFIX)) return { kind: 'tag', key: by.slice(TAG_PREFIX.length) };
  if (by.startsWith(COST_CATEGORY_PREFIX)) return { kind: 'costCategory', name: by.slice(COST_CATEGORY_PREFIX.length) };
  if (by === ACCOUNT_OWNER_REF) return { kind: 'accountOwner' };
  if (by === KUBERNETES_REF) return { kind: 'kubernetes' };
  if (by.startsWith(`${KUBERNETES_REF}:`)) return { kind: 'kubernetes', cluster: by.slice(KUBERNETES_REF.length + 1) };
  return { kind: 'dimension', dimension: by };
}

export async function resolveRules(db: Db, spec: ChargebackSpec): Promise<{ rules: ChargebackRules; version: number }> {
  let rules: ChargebackRules;
  let version: number;
  if (spec.rules !== undefined) {
    rules = parseChargebackRules(spec.rules, 'the rules given');
    version = 0;
  } else {
    const saved = await getChargebackRules(db);
    if (saved.rules) {
      rules = saved.rules;
      version = saved.version;
    } else if (spec.by) {
      rules = parseChargebackRules({ formatVersion: RULES_FORMAT_VERSION, owner: { chain: [ownerSourceOf(spec.by)] } });
      version = 0;
    } else {
      throw new WorkbenchError(ChargebackErrorCode.CHARGEBACK_NO_RULES, 'No chargeback rules are saved in this workspace and none were given: give the owner (--by tag:Team), a rules file (--rules FILE.json), or save rules with `chargeback rules import`.');
    }
  }
  const before = JSON.stringify(rules);
  if (spec.by) rules = { ...rules, owner: { chain: [ownerSourceOf(spec.by), ...rules.owner.chain.filter((s) => JSON.stringify(s) !== JSON.stringify(ownerSourceOf(spec.by!)))] } };
  if (spec.basis) rules = { ...rules, basis: spec.basis };
  if (JSON.stringify(rules) !== before) version = 0;
  return { rules, version };
}
