// AWS Organizations tag policy JSON <-> TagPolicy (SPEC step 0). The AWS form:
//   {"tags": {"costcenter": {"tag_key": {"@@assign": "CostCenter"},
//                            "tag_value": {"@@assign": ["100", "300*"]},
//                            "enforced_for": {"@@assign": ["ec2:instance"]}}}}
// Inheritance operators decide how parent and child policies merge in an organisation; a file
// read here is one effective policy, so @@assign and @@append are its values and the rest is refused.
import { snippet, WorkbenchError } from '../../errors.ts';
import { TagsErrorCode } from './errors.ts';
import { parseTagPolicy, POLICY_KIND, type RequiredKey, type TagPolicy } from './policy.ts';

const ASSIGN = '@@assign';
const APPEND = '@@append';
/** Governs what child policies may do, not what a resource must carry. */
const CHILD_OPERATORS = '@@operators_allowed_for_child_policies';
const KEY_FIELDS = ['tag_key', 'tag_value', 'enforced_for'] as const;

export interface AwsTagPolicyDocument {
  tags: Record<string, { tag_key: { [ASSIGN]: string }; tag_value?: { [ASSIGN]: string[] }; enforced_for?: { [ASSIGN]: string[] } }>;
}

function bad(where: string, what: string): WorkbenchError {
  return new WorkbenchError(
    TagsErrorCode.TAGS_BAD_POLICY,
    `Not an AWS tag policy: ${where} ${what}. An AWS Organizations tag policy looks like {"tags": {"costcenter": {"tag_key": {"@@assign": "CostCenter"}}}}; nothing was changed.`,
    { where },
  );
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The values of one field (`{"@@assign": ..., "@@append": ...}`), strings only. */
function operatorValues(field: unknown, where: string, single: boolean): string[] {
  if (!isObject(field)) throw bad(where, `should be an object such as {"${ASSIGN}": ${single ? '"Value"' : '["value"]'}}, not ${snippet(field)}`);
  const values: string[] = [];
  for (const [op, v] of Object.entries(field)) {
    if (op === CHILD_OPERATORS) continue;
    if (op !== ASSIGN && op !== APPEND) throw bad(`${where}.${op}`, `is an operator this import does not read (only ${ASSIGN} and ${APPEND})`);
    const list = single && typeof v === 'string' ? [v] : v;
    if (!Array.isArray(list) || !list.every((x) => typeof x === 'string')) throw bad(`${where}.${op}`, `should be ${single ? 'a string' : 'a list of strings'}, not ${snippet(v)}`);
    values.push(...list);
  }
  return [...new Set(values)];
}

/** An AWS tag policy document (already parsed from JSON) as a TagPolicy; refuses anything else. */
export function importAwsTagPolicy(doc: unknown): TagPolicy {
  if (!isObject(doc)) throw bad('the file', `should be a JSON object, not ${snippet(doc)}`);
  const extra = Object.keys(doc).filter((k) => k !== 'tags');
  if (!('tags' in doc)) throw bad('the file', `has no "tags" field${extra.length ? ` (it has ${extra.slice(0, 5).map((k) => snippet(k)).join(', ')})` : ''}`);
  if (extra.length) throw bad(`field ${snippet(extra[0])}`, 'is not part of a tag policy (only "tags")');
  const tags = doc.tags;
  if (!isObject(tags) || Object.keys(tags).length === 0) throw bad('"tags"', 'should be an object with one entry per tag key');
  const keys: RequiredKey[] = [];
  for (const [policyKey, entry] of Object.entries(tags)) {
    const where = `tags.${policyKey}`;
    if (!isObject(entry)) throw bad(where, `should be an object, not ${snippet(entry)}`);
    const unknown = Object.keys(entry).filter((f) => !(KEY_FIELDS as readonly string[]).includes(f));
    if (unknown.length) throw bad(`${where}.${unknown[0]}`, `is not a field this import reads (${KEY_FIELDS.join(', ')})`);
    // AWS: without tag_key the required casing is the policy key in lower case
    const casing = entry.tag_key === undefined ? [policyKey.toLowerCase()] : operatorValues(entry.tag_key, `${where}.tag_key`, true);
    if (casing.length !== 1) throw bad(`${where}.tag_key`, 'should name exactly one key');
    const key = casing[0]!;
    if (key.toLowerCase() !== policyKey.toLowerCase()) throw bad(`${where}.tag_key`, `(${snippet(key)}) should equal the policy key ${snippet(policyKey)} ignoring case`);
    const values = entry.tag_value === undefined ? [] : operatorValues(entry.tag_value, `${where}.tag_value`, false);
    const scopes = entry.enforced_for === undefined ? [] : operatorValues(entry.enforced_for, `${where}.enforced_for`, false);
    keys.push({ key, ...(values.length ? { allowedValues: values } : {}), ...(scopes.length ? { appliesTo: scopes } : {}) });
  }
  return parseTagPolicy({ kind: POLICY_KIND, keys }, 'AWS tag policy');
}

export interface AwsTagPolicyExport {
  document: AwsTagPolicyDocument;
  /** What the AWS form cannot hold (a pattern, a cost category), said in words. */
  warnings: string[];
}

export function exportAwsTagPolicy(policy: TagPolicy): AwsTagPolicyExport {
  const tags: AwsTagPolicyDocument['tags'] = {};
  const warnings: string[] = [];
  for (const k of policy.keys) {
    tags[k.key.toLowerCase()] = {
      tag_key: { [ASSIGN]: k.key },
      ...(k.allowedValues ? { tag_value: { [ASSIGN]: [...k.allowedValues] } } : {}),
      ...(k.appliesTo?.length ? { enforced_for: { [ASSIGN]: [...k.appliesTo] } } : {}),
    };
    if (k.pattern) warnings.push(`The pattern of ${k.key} (${k.pattern}) has no place in an AWS tag policy and was left out.`);
    if (k.costCategory) warnings.push(`The cost category standing in for ${k.key} (${k.costCategory}) has no place in an AWS tag policy and was left out.`);
  }
  return { document: { tags }, warnings };
}
