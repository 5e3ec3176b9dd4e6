// The tag policy: required keys, each with at most one value rule and an optional scope (SPEC step 0).
// Plain JSON with a `kind`, validated strictly, saved in the workspace and sent over any transport.
import * as z from 'zod';
import { WorkbenchError } from '../../errors.ts';
import { DEFAULT_REQUIRED_KEYS, LIMITS, WILDCARD } from './constants.ts';
import { TagsErrorCode } from './errors.ts';

export const POLICY_KIND = 'tagPolicy';

const tagKey = z.string().min(1).max(128);

/** An allowed value: AWS allows one `*` wildcard per value. */
const allowedValue = z
  .string()
  .max(256)
  .refine((v) => v.split(WILDCARD).length <= 2, { message: `an allowed value may hold one "${WILDCARD}" wildcard at most` });

const pattern = z
  .string()
  .min(1)
  .max(1000)
  .refine(
    (p) => {
      try {
        new RegExp(p);
        return true;
      } catch {
        return false;
      }
    },
    { message: 'not a valid regular expression' },
  );

/** `service:*`, `service:ALL_SUPPORTED` or `service:resourceType`, as AWS's enforced_for. */
const scope = z.string().regex(/^[a-z0-9-]+:[A-Za-z0-9_*-]+$/, 'write a scope as service:resourceType, e.g. ec2:instance or s3:*');

export const requiredKeySchema = z
  .strictObject({
    key: tagKey,
    allowedValues: z.array(allowedValue).min(1).max(LIMITS.allowedValues).optional(),
    pattern: pattern.optional(),
    appliesTo: z.array(scope).max(200).optional(),
    /** An AWS cost category (a key of x_CostCategories) whose value stands in when the tag is absent. */
    costCategory: z.string().min(1).max(128).optional(),
  })
  .refine((k) => !(k.allowedValues && k.pattern), { message: 'give allowed values or a pattern, not both' });

export const tagPolicySchema = z
  .strictObject({
    kind: z.literal(POLICY_KIND),
    keys: z.array(requiredKeySchema).min(1).max(LIMITS.requiredKeys),
  })
  .refine((p) => new Set(p.keys.map((k) => k.key)).size === p.keys.length, { message: 'each key once' });

export type TagPolicy = z.output<typeof tagPolicySchema>;
export type RequiredKey = z.output<typeof requiredKeySchema>;

export const DEFAULT_POLICY: TagPolicy = { kind: POLICY_KIND, keys: DEFAULT_REQUIRED_KEYS.map((key) => ({ key })) };

export function parseTagPolicy(input: unknown, where = 'tag policy'): TagPolicy {
  const parsed = tagPolicySchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => `${i.path.length ? i.path.join('.') + ': ' : ''}${i.message}`);
  throw new WorkbenchError(TagsErrorCode.TAGS_BAD_POLICY, `Invalid ${where}: ${issues.join('; ')}. Fix it and try again; nothing was changed.`, { issues });
}

/**
 * The policy an audit uses: `requiredKeys` picks (and orders) the keys, keeping the policy's rules
 * for the keys it names and none for the others.
 */
export function withRequiredKeys(policy: TagPolicy, requiredKeys: readonly string[] | undefined): TagPolicy {
  if (!requiredKeys) return policy;
  const rules = new Map(policy.keys.map((k) => [k.key, k]));
  return { kind: POLICY_KIND, keys: requiredKeys.map((key) => rules.get(key) ?? { key }) };
}

/** The service prefixes a key is scoped to (`ec2:instance` → `ec2`); empty: every line. */
export function scopeServices(key: RequiredKey): string[] {
  return [...new Set((key.appliesTo ?? []).map((s) => s.split(':')[0]!))];
}
