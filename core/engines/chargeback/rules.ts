// ChargebackRules: the whole allocation as one plain JSON value (saved with version history in the
// workspace, imported and exported as a file, sent over every transport). The shape is agreed with
// the kubernetes, statements and view engineers in CHARGEBACK-SHAPE.md. Only the shape is checked
// here; names inside it (dimensions, tag keys) are checked against the workspace by the engine.
import * as z from 'zod';
import { COST_BASES, type CostBasis } from '../pivot/constants.ts';
import { WorkbenchError } from '../../errors.ts';
import { CREDIT_TREATMENTS, LIMITS, PERCENT_TOLERANCE, RULES_FORMAT_VERSION, SPLIT_METHODS } from './constants.ts';
import { ChargebackErrorCode } from './errors.ts';

export { RULES_FORMAT_VERSION };

const name = z.string().trim().min(1).max(LIMITS.nameChars);

export const ownerSourceSchema = z.discriminatedUnion('kind', [
  /** A tag key, read through the tag aliases (core/engines/tags/aliases/effective.ts). */
  z.strictObject({ kind: z.literal('tag'), key: name }),
  /** The value of an AWS cost category (x_CostCategories[name]). */
  z.strictObject({ kind: z.literal('costCategory'), name }),
  /** The account → owner map imported from CSV (chargebackAccountOwnersImport). */
  z.strictObject({ kind: z.literal('accountOwner') }),
  /** Any pivot dimension (ServiceName, SubAccountName, x_UsageType...). */
  z.strictObject({ kind: z.literal('dimension'), dimension: z.string().min(1).max(1024) }),
  /** The namespace (or label) of an imported Kubernetes allocation (core/engines/chargeback/kubernetes). */
  z.strictObject({ kind: z.literal('kubernetes'), cluster: name.optional() }),
]);

export const poolMatchSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('support') }),
  z.strictObject({ kind: z.literal('tax') }),
  /** Lines no source of the owner chain names. */
  z.strictObject({ kind: z.literal('untagged') }),
  z.strictObject({ kind: z.literal('dataTransfer') }),
  /** Unused Savings Plan / Reserved Instance commitment (CommitmentDiscountStatus Unused). */
  z.strictObject({ kind: z.literal('unusedCommitment') }),
  /** Lines of these SubAccountIds (shared accounts). */
  z.strictObject({ kind: z.literal('accounts'), accounts: z.array(z.string().trim().min(1).max(256)).min(1).max(LIMITS.accounts) }),
  /** Lines whose dimension (as the pivot names it) has one of these values; null matches a missing value. */
  z.strictObject({ kind: z.literal('filter'), dimension: z.string().min(1).max(1024), values: z.array(z.union([z.string().max(4096), z.null()])).min(1).max(LIMITS.filterValues) }),
]);

export const poolSplitSchema = z.strictObject({
  method: z.enum(SPLIT_METHODS),
  /** `fixed`: owner → percent, adding up to 100. */
  percentages: z.record(name, z.number().finite().min(0).max(100)).optional(),
  /** `even` / `proportional`: only these owners receive (default: every owner with direct cost). */
  among: z.array(name).min(1).max(LIMITS.percentages).optional(),
});

export const poolSchema = z.strictObject({ name, match: poolMatchSchema, split: poolSplitSchema });

export const chargebackRulesSchema = z
  .strictObject({
    formatVersion: z.literal(RULES_FORMAT_VERSION),
    owner: z.strictObject({ chain: z.array(ownerSourceSchema).min(1).max(LIMITS.chain) }),
    basis: z.enum(COST_BASES).default('Effective'),
    pools: z.array(poolSchema).max(LIMITS.pools).default([]),
    credits: z.enum(CREDIT_TREATMENTS).default('owner'),
  })
  .superRefine((rules, ctx) => {
    const seen = new Set<string>();
    rules.pools.forEach((pool, i) => {
      if (seen.has(pool.name)) ctx.addIssue({ code: 'custom', path: ['pools', i, 'name'], message: `two pools are named ${JSON.stringify(pool.name)}: give each pool its own name` });
      seen.add(pool.name);
      const { method, percentages, among } = pool.split;
      if (method === 'fixed') {
        if (!percentages || Object.keys(percentages).length === 0) {
          ctx.addIssue({ code: 'custom', path: ['pools', i, 'split', 'percentages'], message: `pool ${JSON.stringify(pool.name)} is split by fixed percentages but lists none: give each owner's percent` });
          return;
        }
        const sum = Object.values(percentages).reduce((a, b) => a + b, 0);
        if (Math.abs(sum - 100) > PERCENT_TOLERANCE) ctx.addIssue({ code: 'custom', path: ['pools', i, 'split', 'percentages'], message: `the percentages of pool ${JSON.stringify(pool.name)} add up to ${Number(sum.toFixed(6))}, not 100: correct them so they add up to 100` });
        if (among) ctx.addIssue({ code: 'custom', path: ['pools', i, 'split', 'among'], message: `pool ${JSON.stringify(pool.name)} is split by fixed percentages: its owners are the percentages' keys, leave out "among"` });
      } else if (percentages) {
        ctx.addIssue({ code: 'custom', path: ['pools', i, 'split', 'percentages'], message: `pool ${JSON.stringify(pool.name)} is split ${method}ly: percentages apply only to the fixed method` });
      }
    });
  });

export type OwnerSource = z.infer<typeof ownerSourceSchema>;
export type PoolMatch = z.infer<typeof poolMatchSchema>;
export type PoolSplit = z.infer<typeof poolSplitSchema>;
export type Pool = z.infer<typeof poolSchema>;
/** Rules as written (defaults may be left out). */
export type ChargebackRulesInput = z.input<typeof chargebackRulesSchema>;
export type ChargebackRules = z.output<typeof chargebackRulesSchema>;
export type { CostBasis };

/** One saved version of the rules (migration 050): who saved it, when, what changed, the rules. */
export interface RulesVersion {
  version: number;
  /** UTC, YYYY-MM-DD HH:MM:SS. */
  savedAt: string;
  /** The OS user name of whoever saved it. */
  savedBy: string;
  /** What changed from the version before, in words ("first version" for the first). */
  change: string;
  /** Where it came from (a file name for an import), as the person gave it. */
  source: string | null;
  rules: ChargebackRules;
}

/** The rules in force: the latest saved version, or none. */
export interface SavedChargebackRules {
  rules: ChargebackRules | null;
  /** 0 when nothing is saved. */
  version: number;
  savedAt: string | null;
  savedBy: string | null;
}

/**
 * Reads rules from anything (a parsed file, a request): a newer formatVersion is refused first
 * (CHARGEBACK_RULES_NEWER, before its fields are judged by this version's schema), then the
 * shape (CHARGEBACK_BAD_RULES, naming the place in the file).
 */
export function parseChargebackRules(input: unknown, where = 'the chargeback rules'): ChargebackRules {
  const version = typeof input === 'object' && input !== null ? (input as { formatVersion?: unknown }).formatVersion : undefined;
  if (typeof version === 'number' && version > RULES_FORMAT_VERSION) {
    throw new WorkbenchError(
      ChargebackErrorCode.CHARGEBACK_RULES_NEWER,
      `${where} has formatVersion ${version}, written by a newer FinOps Workbench; this one reads formatVersion ${RULES_FORMAT_VERSION}. Update FinOps Workbench to use it; nothing was changed.`,
      { formatVersion: version, supported: RULES_FORMAT_VERSION },
    );
  }
  const parsed = chargebackRulesSchema.safeParse(input);
  if (!parsed.success) {
    const first = parsed.error.issues[0]!;
    const at = first.path.length ? ` at ${first.path.join('.')}` : '';
    throw new WorkbenchError(ChargebackErrorCode.CHARGEBACK_BAD_RULES, `Invalid chargeback rules in ${where}${at}: ${first.message}. Nothing was changed.`, {
      issues: parsed.error.issues.map((i) => ({ path: i.path.map(String), message: i.message })),
    });
  }
  return parsed.data;
}
