// `finops-workbench chargeback`: one period's allocation to owners (JSON of CHARGEBACK-SHAPE.md),
// and `chargeback rules import|export|history`, `chargeback owners import|list`.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { ErrorCode, WorkbenchError } from '../../api/errors.ts';
import { validateRequest } from '../../api/validate.ts';
import { ChargebackErrorCode } from '../../engines/chargeback/errors.ts';
import { chargebackLines, historyLines } from '../format/chargeback.ts';
import { plural } from '../format/text.ts';
import { printJson, say } from '../output.ts';
import { expandHome } from '../paths.ts';
import { existingDb, withWorkspace } from '../workspace-arg.ts';
import { STATEMENT_FLAGS_HELP, statementTarget, writeStatement } from './chargeback-out.ts';

interface DbOptions {
  db: string;
  json?: boolean;
}

interface RunOptions extends DbOptions {
  period: string;
  by?: string;
  rules?: string;
  basis?: string;
  out?: string;
  mode?: string;
}

/** Reading never creates a workspace: an empty new file would only say there is nothing. */
function readText(file: string, what: string): string {
  const path = expandHome(file);
  if (!existsSync(path)) throw new WorkbenchError(ErrorCode.BAD_REQUEST, `No file at ${file}. Give the path of ${what}.`);
  return readFileSync(path, 'utf8');
}

/** The parsed JSON of a rules file; a file that is not JSON names itself. */
export function readRulesFile(file: string): unknown {
  const text = readText(file, 'a chargeback rules JSON file');
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new WorkbenchError(ChargebackErrorCode.CHARGEBACK_BAD_RULES, `${file} is not JSON (${(err as Error).message}). Give a chargeback rules file (\`chargeback rules export\` writes one); nothing was changed.`, { file });
  }
}

export function runRequest(o: RunOptions): unknown {
  return {
    spec: {
      period: o.period,
      ...(o.by ? { by: o.by } : {}),
      ...(o.rules ? { rules: readRulesFile(o.rules) } : {}),
      ...(o.basis ? { basis: o.basis } : {}),
    },
  };
}

/**
 * A subcommand's options with the parent's: `chargeback` itself takes --db (and --json), so
 * commander gives those to the parent wherever they are written on the line.
 */
function withDb<T extends DbOptions>(cmd: Command): T {
  const local = Object.fromEntries(Object.entries(cmd.opts()).filter(([, v]) => v !== undefined));
  const o = { ...(cmd.parent?.parent?.opts() ?? {}), ...local } as T;
  if (!o.db) throw new WorkbenchError(ErrorCode.BAD_REQUEST, 'No workspace given: pass --db PATH.');
  return o;
}

export function registerChargeback(program: Command): void {
  const chargeback = program
    .command('chargeback')
    .description("One billing period's cost allocated to owners (teams, cost centers) by rules: direct cost, shared-cost pools, unallocated; every cent reconciles to the source total.")
    .option('--db <path>', 'workspace file')
    .option('--period <YYYY-MM>', 'the billing period')
    .option('--by <owner>', 'the owner: tag:KEY, costCategory:NAME, accountOwner, or a dimension (SubAccountName...); put first in the rules\' owner chain')
    .option('--rules <file>', 'a rules JSON file (default: the rules saved in the workspace)')
    .option('--basis <basis>', 'cost basis: Effective (default), Billed, List, Contracted')
    .option('--out <file>', STATEMENT_FLAGS_HELP.out)
    .option('--mode <mode>', STATEMENT_FLAGS_HELP.mode)
    .option('--json', 'print the result as JSON on stdout')
    .action(async (o: RunOptions) => {
      if (!o.db) throw new WorkbenchError(ErrorCode.BAD_REQUEST, 'No workspace given: pass --db PATH.');
      if (!o.period) throw new WorkbenchError(ErrorCode.BAD_REQUEST, 'No billing period given: pass --period YYYY-MM (e.g. --period 2026-10).');
      // a file name or mode it cannot write is refused before any work (chargeback-out.ts)
      const target = statementTarget(o);
      const request = validateRequest('chargeback', runRequest(o));
      const r = await withWorkspace(existingDb(o.db), async (api, ws) => {
        const result = await api.chargeback(request);
        if (target) await writeStatement(ws, request.spec, result, target);
        return result;
      });
      if (o.json) printJson(r);
      else for (const line of chargebackLines(r)) say(line);
    });

  const rules = chargeback.command('rules').description('The allocation rules saved in the workspace, with their version history.');
  rules
    .command('import <file>')
    .description('Save a rules JSON file as the next version (who: your OS user name). Refused rules change nothing.')
    .option('--db <path>', 'workspace file')
    .option('--json', 'print the saved rules as JSON on stdout')
    .action(async (file: string, _o: DbOptions, cmd: Command) => {
      const o = withDb<DbOptions>(cmd);
      const document = readRulesFile(file);
      const r = await withWorkspace(expandHome(o.db), (api) => api.chargebackRulesImport(validateRequest('chargebackRulesImport', { document, source: basename(file) })));
      if (o.json) printJson(r);
      else say(`Chargeback rules version ${r.version} saved by ${r.savedBy} at ${r.savedAt}.`);
    });
  rules
    .command('export')
    .description('Print the saved rules as JSON (or write them with --out); --rules-version N for an earlier one.')
    .option('--db <path>', 'workspace file')
    .option('--out <file>', 'write the JSON to FILE instead of stdout')
    .option('--rules-version <n>', 'a version from `chargeback rules history` (default: the latest)')
    .action(async (_o: unknown, cmd: Command) => {
      const o = withDb<DbOptions & { out?: string; rulesVersion?: string }>(cmd);
      const wanted = o.rulesVersion === undefined ? null : Number(o.rulesVersion);
      if (wanted !== null && !(Number.isInteger(wanted) && wanted > 0)) throw new WorkbenchError(ErrorCode.BAD_REQUEST, `--rules-version is a version number from \`chargeback rules history\`, not "${o.rulesVersion}".`);
      const found = await withWorkspace(existingDb(o.db), async (api) => {
        const { versions } = await api.chargebackRulesHistory({});
        return wanted === null ? versions[0] : versions.find((v) => v.version === wanted);
      });
      if (!found) {
        if (wanted === null) throw new WorkbenchError(ChargebackErrorCode.CHARGEBACK_NO_RULES, 'No chargeback rules are saved in this workspace: `chargeback rules import FILE.json` saves them.');
        throw new WorkbenchError(ChargebackErrorCode.CHARGEBACK_VERSION_NOT_FOUND, `There is no saved version ${wanted} of the chargeback rules. See the versions with \`chargeback rules history\`.`, { version: wanted });
      }
      const text = `${JSON.stringify(found.rules, null, 2)}\n`;
      if (o.out) {
        writeFileSync(expandHome(o.out), text);
        say(`wrote ${o.out} (rules version ${found.version})`);
      } else process.stdout.write(text);
    });
  rules
    .command('history')
    .description('Every saved version: when, who, what changed.')
    .option('--db <path>', 'workspace file')
    .option('--json', 'print {versions} (with each version\'s rules) as JSON on stdout')
    .action(async (_o: unknown, cmd: Command) => {
      const o = withDb<DbOptions>(cmd);
      const r = await withWorkspace(existingDb(o.db), (api) => api.chargebackRulesHistory({}));
      if (o.json) printJson(r);
      else for (const line of historyLines(r.versions)) say(line);
    });

  const owners = chargeback.command('owners').description('The account → owner map (owner source accountOwner).');
  owners
    .command('import <file>')
    .description('Replace the map with a CSV of account,owner (one line per account).')
    .option('--db <path>', 'workspace file')
    .option('--json', 'print {owners} as JSON on stdout')
    .action(async (file: string, _o: DbOptions, cmd: Command) => {
      const o = withDb<DbOptions>(cmd);
      const text = readText(file, 'a CSV of account,owner');
      const r = await withWorkspace(expandHome(o.db), (api) => api.chargebackAccountOwnersImport(validateRequest('chargebackAccountOwnersImport', { text, source: basename(file) })));
      if (o.json) printJson(r);
      else say(`${plural(r.owners.length, 'account')} mapped to owners.`);
    });
  owners
    .command('list')
    .description('The account → owner map.')
    .option('--db <path>', 'workspace file')
    .option('--json', 'print {owners} as JSON on stdout')
    .action(async (_o: unknown, cmd: Command) => {
      const o = withDb<DbOptions>(cmd);
      const r = await withWorkspace(existingDb(o.db), (api) => api.chargebackAccountOwnersList({}));
      if (o.json) printJson(r);
      else for (const a of r.owners) say(`${a.accountId}  ${a.owner}`);
    });
}
