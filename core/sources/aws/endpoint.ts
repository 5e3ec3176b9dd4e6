// Which endpoint a client talks to. The SDK's standard settings are honoured, most specific
// first: an explicit --endpoint-url, AWS_ENDPOINT_URL_<SERVICE>, then AWS_ENDPOINT_URL. Resolving
// it here (instead of leaving it to the SDK) lets S3 switch to path-style addressing, which
// LocalStack-style endpoints and the tests' local server need.

export const AwsService = {
  S3: 'S3',
  Athena: 'ATHENA',
  CostExplorer: 'COST_EXPLORER',
} as const;
export type AwsServiceId = (typeof AwsService)[keyof typeof AwsService];

export function resolveEndpoint(service: AwsServiceId, explicit: string | undefined, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.AWS_IGNORE_CONFIGURED_ENDPOINT_URLS === 'true' && !explicit) return undefined;
  return explicit || env[`AWS_ENDPOINT_URL_${service}`] || env.AWS_ENDPOINT_URL || undefined;
}
