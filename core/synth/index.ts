// The synthetic billing data generator: an organisation's AWS bill in legacy CUR CSV, CUR 2.0
// Parquet or FOCUS 1.2 CSV, with truth.json (what the bill contains, computed from the model)
// and CloudWatch utilization metrics. See README.md and SPEC.md.
export { generate, GenerateCancelled, BILLING_DIR, TRUTH_FILE, type GenerateResult, type GenerateProgress } from './generate.ts';
export { DEFAULTS, MAX_MONTHS, SynthOptionError, type GenerateOptions } from './options.ts';
export { OUTPUT_FORMATS, type OutputFormat } from './writers/format.ts';
export { COST_BASES, type CostBasis } from './truth.ts';
export { TRUTH_SCHEMA } from './truth-report.ts';
export { REQUIRED_TAG_KEYS } from './tags.ts';
export { LINE_ITEM_TYPES, type LineItemType } from './lines.ts';
export { buildDemoWorkspace, DEMO_OPTIONS, DEMO_WORKSPACE_EXISTS, type DemoResult } from './demo.ts';
export type { TruthDoc, Money, BasisTotals } from './truth-doc.ts';
