// A pull through a saved connection: the connection says where and how; the request says what
// (a billing period, an extract, a range of months). Core turns the two into the kind's own pull
// request, so a keychain name in the connection is resolved here and nowhere else.
import * as z from 'zod';
import { Extract } from '../aws/athena-sql.ts';
import type { AthenaPullRequest } from '../aws/athena-pull.ts';
import type { CostExplorerPullRequest } from '../aws/cost-explorer-pull.ts';
import type { S3PullRequest } from '../aws/s3-pull.ts';
import { sourceError } from '../errors.ts';
import { CONNECTION_KINDS, ConnectionKind, connectionName, type ConnectionSpec } from './spec.ts';

export const billingPeriod = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a billing period is written YYYY-MM');
export const firstOfMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-01$/, 'a date here is the first day of a month, YYYY-MM-01');

export const connectionPullFields = {
  name: connectionName,
  /** The kind the caller expects (the CLI's `athena pull --connection`): another kind is refused. */
  kind: z.enum(CONNECTION_KINDS).optional(),
  /** S3: only this billing period (every period found without it). Athena: the period, required. */
  period: billingPeriod.optional(),
  /** Athena: line items, or an aggregate summed in Athena. */
  extract: z.enum([Extract.LineItems, Extract.Aggregate]).optional(),
  /** Athena aggregate: tag keys kept. */
  tags: z.array(z.string().min(1).max(256)).max(50).optional(),
  /** Athena aggregate: cost categories kept. */
  costCategories: z.array(z.string().min(1).max(256)).max(50).optional(),
  /** Cost Explorer: first day of the first month, and first day after the last month. */
  from: firstOfMonth.optional(),
  to: firstOfMonth.optional(),
  /** Cost Explorer: allow more than 20 requests. */
  confirm: z.boolean().optional(),
};
export const connectionPullSchema = z.strictObject(connectionPullFields);
export type ConnectionPullRequest = z.output<typeof connectionPullSchema>;

export type KindPull = { kind: 's3'; request: S3PullRequest } | { kind: 'athena'; request: AthenaPullRequest } | { kind: 'costexplorer'; request: CostExplorerPullRequest };

const KIND_WORDS: Record<ConnectionSpec['kind'], string> = { athena: 'an Athena', s3: 'an S3', costexplorer: 'a Cost Explorer' };

function badPull(c: ConnectionSpec, message: string) {
  return sourceError('CONNECTION_BAD_PULL', `${c.name} is ${KIND_WORDS[c.kind]} connection: ${message}`, { name: c.name, kind: c.kind });
}

function refuse(c: ConnectionSpec, req: ConnectionPullRequest, fields: (keyof ConnectionPullRequest)[], what: string): void {
  const given = fields.filter((f) => req[f] !== undefined);
  if (given.length) throw badPull(c, `${given.join(', ')} ${given.length === 1 ? 'does' : 'do'} not apply (${what}).`);
}

function connectionPart(c: ConnectionSpec) {
  return {
    ...(c.profile ? { profile: c.profile } : {}),
    ...(c.region ? { region: c.region } : {}),
    ...(c.endpointUrl ? { endpointUrl: c.endpointUrl } : {}),
    ...(c.keychainKeys ? { keychainKeys: c.keychainKeys } : {}),
  };
}

/** The kind's own pull request, or a coded error that says which field is missing or out of place. */
export function kindPull(c: ConnectionSpec, req: ConnectionPullRequest): KindPull {
  if (req.kind && req.kind !== c.kind) {
    throw sourceError('CONNECTION_WRONG_KIND', `${c.name} is ${KIND_WORDS[c.kind]} connection, not ${KIND_WORDS[req.kind]} one. Use \`${c.kind === 'costexplorer' ? 'costexplorer' : c.kind} pull --connection ${c.name}\`, or name another connection.`, { name: c.name, kind: c.kind });
  }
  const conn = connectionPart(c);
  if (c.kind === ConnectionKind.S3) {
    refuse(c, req, ['extract', 'tags', 'costCategories', 'from', 'to', 'confirm'], 'an S3 pull takes a billing period, or none for every period delivered');
    return { kind: 's3', request: { ...conn, bucket: c.bucket, prefix: c.prefix, ...(req.period ? { period: req.period } : {}) } };
  }
  if (c.kind === ConnectionKind.Athena) {
    refuse(c, req, ['from', 'to', 'confirm'], 'an Athena pull takes a billing period, an extract, tags and cost categories');
    if (!req.period) throw badPull(c, 'name the billing period to pull (YYYY-MM).');
    const extract = req.extract ?? Extract.LineItems;
    if ((req.tags?.length || req.costCategories?.length) && extract !== Extract.Aggregate) {
      throw badPull(c, 'tags and cost categories choose the columns of an aggregate; ask for the aggregate extract, or leave them out (line items keep every one).');
    }
    return {
      kind: 'athena',
      request: {
        ...conn,
        ...(c.workgroup ? { workgroup: c.workgroup } : {}),
        ...(c.catalog ? { catalog: c.catalog } : {}),
        database: c.database,
        table: c.table,
        ...(c.outputLocation ? { outputLocation: c.outputLocation } : {}),
        period: req.period,
        extract,
        ...(req.tags?.length ? { tags: req.tags } : {}),
        ...(req.costCategories?.length ? { costCategories: req.costCategories } : {}),
      },
    };
  }
  refuse(c, req, ['period', 'extract', 'tags', 'costCategories'], 'a Cost Explorer pull takes a range of whole months');
  if (!req.from || !req.to) throw badPull(c, 'name the months to pull: from the first day of the first month to the first day after the last.');
  return {
    kind: 'costexplorer',
    request: { ...conn, from: req.from, to: req.to, billingAccountId: c.billingAccountId, ...(c.groupBy?.length ? { groupBy: c.groupBy } : {}), ...(req.confirm ? { confirm: true } : {}) },
  };
}

/** What a pull is about, for the import history when it fails (it then loaded nothing). */
export function pullLabel(c: ConnectionSpec, req: ConnectionPullRequest): string {
  if (c.kind === 's3') return `s3://${c.bucket}/${c.prefix}${req.period ? `?period=${req.period}` : ''}`;
  if (c.kind === 'athena') return `athena://${c.database}.${c.table}?period=${req.period ?? ''}&extract=${req.extract ?? Extract.LineItems}`;
  return `costexplorer://${c.billingAccountId}?from=${req.from ?? ''}&to=${req.to ?? ''}`;
}
