// The sources part of WorkbenchApi: pulls from AWS (S3 deliveries, Athena, Cost Explorer) and
// access keys in the OS keychain. contract.ts spreads these schemas into requestSchemas and
// extends ResponseMap with these responses. Secrets travel one way only: a request may carry
// access keys to save; no response ever carries a secret.
import * as z from 'zod';
import type { AthenaPullResult, CostExplorerPullResult, S3PullResult } from '../sources/index.ts';
import { awsConnectionFields, keysName } from '../sources/connections/spec.ts';

const billingPeriod = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a billing period is written YYYY-MM');
const firstOfMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-01$/, 'a date here is the first day of a month, YYYY-MM-01');
const name = z.string().min(1).max(256);

const connection = awsConnectionFields;

export const sourcesRequestSchemas = {
  s3Pull: z.strictObject({
    ...connection,
    bucket: z.string().regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'an S3 bucket name'),
    prefix: z.string().max(1024).default(''),
    period: billingPeriod.optional(),
  }),
  athenaPull: z.strictObject({
    ...connection,
    workgroup: name.optional(),
    catalog: name.optional(),
    database: name,
    table: name,
    period: billingPeriod,
    extract: z.enum(['line-items', 'aggregate']).default('line-items'),
    tags: z.array(z.string().min(1).max(256)).max(50).optional(),
    costCategories: z.array(z.string().min(1).max(256)).max(50).optional(),
    outputLocation: z.string().regex(/^s3:\/\/[^/]+\/.*$/, 'an s3://bucket/prefix/ location').optional(),
  }),
  costExplorerPull: z.strictObject({
    ...connection,
    from: firstOfMonth,
    to: firstOfMonth,
    groupBy: z.array(z.string().min(1).max(256)).max(2).optional(),
    billingAccountId: z.string().min(1).max(64),
    confirm: z.boolean().optional(),
  }),
  awsKeysSave: z.strictObject({
    name: keysName,
    accessKeyId: z.string().regex(/^[A-Z0-9]{16,128}$/, 'an AWS access key id'),
    secretAccessKey: z.string().min(1).max(1024),
    sessionToken: z.string().min(1).max(8192).optional(),
  }),
  awsKeysList: z.strictObject({}),
  awsKeysDelete: z.strictObject({ name: keysName }),
  awsProfiles: z.strictObject({}),
} as const;

export interface SourcesResponseMap {
  s3Pull: S3PullResult;
  athenaPull: AthenaPullResult;
  costExplorerPull: CostExplorerPullResult;
  awsKeysSave: { name: string; accessKeyId: string };
  awsKeysList: { keys: { name: string; accessKeyId: string }[] };
  awsKeysDelete: { name: string; deleted: boolean };
  awsProfiles: { profiles: string[] };
}

/** Pulls run long: they report progress and can be cancelled. */
export const SOURCES_LONG_METHODS = ['s3Pull', 'athenaPull', 'costExplorerPull'] as const;

export type { S3PullResult, AthenaPullResult, CostExplorerPullResult };
