// `connections list|add|remove|test`: connections saved in the workspace, so a pull needs only
// `--connection NAME` and what to pull. A connection names its credentials (a profile, or keys
// saved with `credentials set`), never holds them.
import type { Command } from 'commander';
import type { WorkbenchApi } from '../../api/contract.ts';
import { WorkbenchError } from '../../api/errors.ts';
import { validateRequest } from '../../api/validate.ts';
import { credentialsLabel, type ConnectionSpec } from '../../sources/connections/index.ts';
import { printJson, say } from '../output.ts';
import { withWorkspace } from '../workspace-arg.ts';

interface AddOptions {
  db: string;
  json?: boolean;
  name: string;
  kind: string;
  profile?: string;
  keychainKeys?: string;
  region?: string;
  endpointUrl?: string;
  workgroup?: string;
  catalog?: string;
  database?: string;
  table?: string;
  outputLocation?: string;
  bucket?: string;
  prefix?: string;
  billingAccount?: string;
  groupBy?: string;
  replace?: boolean;
}

const list = (s: string | undefined) => (s ? s.split(',').map((x) => x.trim()).filter(Boolean) : undefined);

/** The flags as a connection document; the API's strict schema says what is missing or misplaced. */
function connectionOf(o: AddOptions): Record<string, unknown> {
  const doc: Record<string, unknown> = {
    kind: o.kind,
    name: o.name,
    profile: o.profile,
    keychainKeys: o.keychainKeys,
    region: o.region,
    endpointUrl: o.endpointUrl,
    workgroup: o.workgroup,
    catalog: o.catalog,
    database: o.database,
    table: o.table,
    outputLocation: o.outputLocation,
    bucket: o.bucket,
    prefix: o.prefix,
    billingAccountId: o.billingAccount,
    groupBy: list(o.groupBy),
  };
  return Object.fromEntries(Object.entries(doc).filter(([, v]) => v !== undefined));
}

/** Where a connection reads from, in one line. */
export function describeConnection(c: ConnectionSpec): string {
  const where = c.kind === 's3' ? `s3://${c.bucket}/${c.prefix}` : c.kind === 'athena' ? `Athena ${c.database}.${c.table}` : `Cost Explorer of ${c.billingAccountId}${c.groupBy?.length ? ` by ${c.groupBy.join(', ')}` : ''}`;
  return `${where}; ${credentialsLabel(c)}${c.region ? `, ${c.region}` : ''}${c.endpointUrl ? `, endpoint ${c.endpointUrl}` : ''}`;
}

function dbOptions(cmd: Command): Command {
  return cmd.requiredOption('--db <path>', 'workspace file').option('--json', 'print the result as JSON on stdout');
}

export function registerConnections(program: Command): void {
  const conn = program.command('connections').description('Connections to AWS saved in the workspace (use them with --connection NAME on athena/s3/costexplorer pull).');
  dbOptions(conn.command('list'))
    .description('The saved connections.')
    .action(async (o: { db: string; json?: boolean }) => {
      const { connections } = await withWorkspace(o.db, (api) => api.connectionsList({}));
      if (o.json) return printJson({ connections });
      for (const { connection: c } of connections) say(`${c.name.padEnd(24)} ${c.kind.padEnd(12)} ${describeConnection(c)}`);
      if (connections.length === 0) say('no connections saved; add one with `connections add`');
    });
  dbOptions(conn.command('add'))
    .description('Save a connection (with --replace, replace the one of that name).')
    .requiredOption('--name <name>', 'a name for the connection')
    .requiredOption('--kind <kind>', 'athena, s3 or costexplorer')
    .option('--profile <name>', 'AWS profile (default: the SDK chain)')
    .option('--keychain-keys <name>', 'access keys saved in the OS keychain (credentials set)')
    .option('--region <region>', 'AWS region')
    .option('--endpoint-url <url>', 'a LocalStack-style endpoint instead of AWS')
    .option('--workgroup <name>', 'athena: workgroup (default primary)')
    .option('--catalog <name>', 'athena: data catalog (default AwsDataCatalog)')
    .option('--database <name>', 'athena: database of the CUR table')
    .option('--table <name>', 'athena: the CUR table')
    .option('--output-location <s3uri>', "athena: where results go (default: the workgroup's)")
    .option('--bucket <name>', 's3: the bucket AWS delivers the report to')
    .option('--prefix <prefix>', "s3: the report's prefix")
    .option('--billing-account <id>', 'costexplorer: the payer account (rows are filed under it)')
    .option('--group-by <keys>', 'costexplorer: up to two of SERVICE, LINKED_ACCOUNT, REGION, USAGE_TYPE, TAG:<key>…')
    .option('--replace', 'replace the saved connection of this name')
    .action(async (o: AddOptions) => {
      const connection = connectionOf(o);
      const saved = await withWorkspace(o.db, async (api) => {
        const exists = o.replace && (await api.connectionsList({})).connections.some((c) => c.connection.name === o.name);
        return api.connectionSave(validateRequest('connectionSave', { connection, ...(exists ? { previousName: o.name } : {}) }));
      });
      if (o.json) return printJson(saved);
      say(`saved ${saved.connection.name}: ${describeConnection(saved.connection)}`);
    });
  dbOptions(conn.command('remove'))
    .description('Remove a saved connection (its pulled data stays).')
    .requiredOption('--name <name>', 'the connection')
    .action(async (o: { db: string; json?: boolean; name: string }) => {
      const r = await withWorkspace(o.db, (api) => api.connectionDelete(validateRequest('connectionDelete', { name: o.name })));
      if (o.json) return printJson(r);
      say(`removed ${o.name}; data it pulled stays in the workspace`);
    });
  dbOptions(conn.command('test'))
    .description('Make the cheapest real call of the connection (Cost Explorer: one $0.01 request, with --yes).')
    .requiredOption('--name <name>', 'the connection')
    .option('--yes', 'allow the $0.01 request a Cost Explorer test makes')
    .action(async (o: { db: string; json?: boolean; name: string; yes?: boolean }) => {
      const r = await withWorkspace(o.db, (api: WorkbenchApi) => api.connectionTest(validateRequest('connectionTest', { name: o.name, ...(o.yes ? { confirmCost: true } : {}) })));
      if (o.json) printJson(r);
      else for (const c of r.checks.filter((x) => x.ok)) say(`ok: ${c.operation}: ${c.message}`);
      if (r.ok) say(r.message);
      // a connection that does not work fails the command, so a script can branch on it
      const failed = r.checks.find((c) => !c.ok);
      if (failed) throw new WorkbenchError(failed.code ?? 'AWS_REQUEST_FAILED', r.message);
    });
}
