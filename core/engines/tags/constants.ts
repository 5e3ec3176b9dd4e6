// Domain words of the tags engine, named once.

/** Keys a FinOps practice usually requires when nothing else is saved. */
export const DEFAULT_REQUIRED_KEYS = ['Team', 'Environment', 'Project', 'CostCenter'] as const;

/** The usual first target: more than 85% of spend carrying the required tags. */
export const COVERAGE_TARGET = 0.85;

/** How a line stands against one required key (SPEC step 1). Numbers, as the SQL computes them. */
export const KEY_STATUS = { ok: 0, missing: 1, invalidValue: 2, invalidKey: 3 } as const;
export type KeyStatus = keyof typeof KEY_STATUS;

/** The one wildcard of AWS tag policies: any run of characters. */
export const WILDCARD = '*';

/**
 * AWS service prefixes (as in `enforced_for`: `ec2:instance`) of the CUR product codes (x_ServiceCode),
 * for lines whose ResourceId is not an ARN. Services not listed are matched only through an ARN.
 */
export const SERVICE_PREFIXES: Readonly<Record<string, string>> = {
  AmazonEC2: 'ec2',
  AmazonVPC: 'ec2',
  AmazonS3: 's3',
  AmazonRDS: 'rds',
  AWSLambda: 'lambda',
  AmazonDynamoDB: 'dynamodb',
  AmazonCloudFront: 'cloudfront',
  AmazonEKS: 'eks',
  AmazonECS: 'ecs',
  AmazonECR: 'ecr',
  AmazonElastiCache: 'elasticache',
  AmazonRedshift: 'redshift',
  AmazonSNS: 'sns',
  AWSQueueService: 'sqs',
  AmazonES: 'es',
  AmazonKinesis: 'kinesis',
  AWSELB: 'elasticloadbalancing',
  AmazonEFS: 'elasticfilesystem',
  AmazonCloudWatch: 'cloudwatch',
  AWSSecretsManager: 'secretsmanager',
  AmazonSageMaker: 'sagemaker',
  AmazonMSK: 'kafka',
  AWSGlue: 'glue',
  AmazonAthena: 'athena',
  AmazonRoute53: 'route53',
  awskms: 'kms',
};

export const LIMITS = { requiredKeys: 50, allowedValues: 500, offenders: 10_000, defaultOffenders: 100, defaultFixTop: 10 } as const;

/**
 * Hygiene (SPEC step 5): value spellings that mean the same environment, after normalisation
 * (lower case, separators gone). Kept small on purpose: a synonym merges cost silently in a
 * suggestion, so only forms that are unambiguous in practice are here.
 */
export const VALUE_SYNONYMS: Readonly<Record<string, string>> = {
  production: 'prod',
  prd: 'prod',
  development: 'dev',
  develop: 'dev',
  stage: 'staging',
  stg: 'staging',
  testing: 'test',
  tst: 'test',
};

/** Characters ignored when comparing spellings (space, tab, underscore, dot, hyphen). */
export const SPELLING_SEPARATORS = ' \t_.-';
