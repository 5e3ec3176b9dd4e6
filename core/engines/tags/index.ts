// The tags engine's one public face. See README.md (what and where) and SPEC.md (the algorithm).
export { run, parseTagAuditSpec } from './run.ts';
export { tagAuditSpecSchema, AUDIT_KIND, type TagAuditSpec, type TagAuditSpecInput } from './spec.ts';
export { tagPolicySchema, parseTagPolicy, withRequiredKeys, DEFAULT_POLICY, POLICY_KIND, type TagPolicy, type RequiredKey } from './policy.ts';
export { getTagPolicy, saveTagPolicy, type SavedTagPolicy } from './policy-store.ts';
export { importAwsTagPolicy, exportAwsTagPolicy, type AwsTagPolicyDocument, type AwsTagPolicyExport } from './aws-tag-policy.ts';
export type { TagAuditResult, KeyCoverage, CoverageFigures, CoverageGroup, Offender, InvalidKey, ValueVariantCluster, KeyVariantCluster } from './result.ts';
export { keyForm, valueForm } from './variants.ts';
export { TagsErrorCode } from './errors.ts';
export * from './constants.ts';
