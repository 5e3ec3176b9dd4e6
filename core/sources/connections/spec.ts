// A saved connection is plain JSON with a `kind`: where the data is (a bucket prefix, an Athena
// table, Cost Explorer) and how to reach it (region, endpoint, and the NAME of its credentials:
// an AWS profile or keys saved in the OS keychain, never a secret). Strict schemas: a field that
// is not here, such as a secret access key, is refused wherever a connection comes in.
import * as z from 'zod';

export const ConnectionKind = {
  Athena: 'athena',
  S3: 's3',
  CostExplorer: 'costexplorer',
} as const;
export type ConnectionKindName = (typeof ConnectionKind)[keyof typeof ConnectionKind];
export const CONNECTION_KINDS = Object.values(ConnectionKind) as [ConnectionKindName, ...ConnectionKindName[]];

/** Names of access keys in the keychain: letters, digits, _ . @ - (what `credentials set` takes). */
export const keysName = z.string().regex(/^[A-Za-z0-9_.@-]{1,64}$/, 'a name of letters, digits, _ . @ - (up to 64)');

/** How any AWS pull reaches AWS: shared by the pull requests and saved connections. */
export const awsConnectionFields = {
  profile: z.string().regex(/^[A-Za-z0-9_.@+-]{1,128}$/, 'an AWS profile name').optional(),
  region: z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d{1,2}$/, 'an AWS region such as us-east-1').optional(),
  endpointUrl: z.url({ protocol: /^https?$/ }).optional(),
  keychainKeys: keysName.optional(),
};

export const connectionName = z
  .string()
  .trim()
  .regex(/^[^\s/\\][^/\\]{0,79}$/, 'a connection name of up to 80 characters, without / or \\');
const catalogName = z.string().min(1).max(256);
export const s3Bucket = z.string().regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'an S3 bucket name');
export const s3Location = z.string().regex(/^s3:\/\/[^/]+\/.*$/, 'an s3://bucket/prefix/ location');
export const billingAccountId = z.string().min(1).max(64);
export const costExplorerGroupBy = z.array(z.string().min(1).max(256)).max(2);

const common = { name: connectionName, ...awsConnectionFields };

export const athenaConnectionSchema = z.strictObject({
  kind: z.literal(ConnectionKind.Athena),
  ...common,
  workgroup: catalogName.optional(),
  catalog: catalogName.optional(),
  database: catalogName,
  table: catalogName,
  outputLocation: s3Location.optional(),
});

export const s3ConnectionSchema = z.strictObject({
  kind: z.literal(ConnectionKind.S3),
  ...common,
  bucket: s3Bucket,
  prefix: z.string().max(1024).default(''),
});

export const costExplorerConnectionSchema = z.strictObject({
  kind: z.literal(ConnectionKind.CostExplorer),
  ...common,
  /** The payer account whose Cost Explorer this is: its rows are filed under it. */
  billingAccountId,
  groupBy: costExplorerGroupBy.optional(),
});

export const connectionSpecSchema = z
  .discriminatedUnion('kind', [athenaConnectionSchema, s3ConnectionSchema, costExplorerConnectionSchema])
  .refine((c) => !(c.profile && c.keychainKeys), { message: 'choose a profile or keys from the keychain, not both', path: ['keychainKeys'] });

export type AthenaConnectionSpec = z.output<typeof athenaConnectionSchema>;
export type S3ConnectionSpec = z.output<typeof s3ConnectionSchema>;
export type CostExplorerConnectionSpec = z.output<typeof costExplorerConnectionSchema>;
export type ConnectionSpec = z.output<typeof connectionSpecSchema>;

export interface SavedConnection {
  connection: ConnectionSpec;
  createdAt: string;
  updatedAt: string;
}

/** Where a connection's credentials come from, in words (never the secret itself). */
export function credentialsLabel(c: Pick<ConnectionSpec, 'profile' | 'keychainKeys'>): string {
  if (c.keychainKeys) return `keys "${c.keychainKeys}" from the OS keychain`;
  if (c.profile) return `profile ${c.profile}`;
  return 'the default AWS credentials (environment, ~/.aws, SSO)';
}
