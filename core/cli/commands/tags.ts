// `finops-workbench tags audit|policy`: tag coverage and offenders, and the workspace's tag policy.
import { writeFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import type { Command } from 'commander';
import { ErrorCode, WorkbenchError } from '../../api/errors.ts';
import { validateRequest } from '../../api/validate.ts';
import type { SavedTagPolicy, TagAuditResult } from '../../api/tags-contract.ts';
import { LIMITS } from '../../engines/tags/constants.ts';
import { alignColumns, money, plural } from '../format/text.ts';
import { printJson, say } from '../output.ts';
import { expandHome } from '../paths.ts';
import { existingDb, withWorkspace } from '../workspace-arg.ts';
import { readPolicyFile, readPolicyJson } from './tags-policy-file.ts';
import { registerTagAliasCommands } from './tags-alias.ts';

interface DbOptions {
  db: string;
  json?: boolean;
}

interface AuditOptions extends DbOptions {
  require?: string;
  policy?: string;
  period?: string;
  basis?: string;
  offenders?: string;
  fixTop?: string;
  out?: string;
}

function exportFormat(file: string): 'csv' | 'xlsx' {
  const ext = extname(file).toLowerCase();
  if (ext === '.csv' || ext === '.xlsx') return ext === '.csv' ? 'csv' : 'xlsx';
  throw new WorkbenchError(ErrorCode.BAD_REQUEST, `--out must end in .xlsx or .csv, not "${ext || file}".`);
}

/** Tags never create a workspace: an audit of a new, empty file would only say there is nothing. */
const pct = (share: number | null): string => (share === null ? '–' : `${(share * 100).toFixed(1)}%`);

function wholeNumber(text: string | undefined, flag: string): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!Number.isInteger(n)) throw new WorkbenchError(ErrorCode.BAD_REQUEST, `${flag} takes a whole number, not "${text}".`);
  return n;
}

export function auditRequest(o: AuditOptions): unknown {
  const keys = o.require?.split(',').map((k) => k.trim()).filter((k) => k.length > 0);
  if (o.require !== undefined && !keys?.length) throw new WorkbenchError(ErrorCode.BAD_REQUEST, '--require needs tag keys, comma-separated, e.g. --require Team,Environment.');
  const offenders = wholeNumber(o.offenders, '--offenders');
  const fixTop = wholeNumber(o.fixTop, '--fix-top');
  return {
    spec: {
      kind: 'tagAudit',
      ...(o.policy ? { policy: readPolicyFile(o.policy) } : {}),
      ...(keys ? { requiredKeys: keys } : {}),
      ...(o.period ? { period: o.period } : {}),
      ...(o.basis ? { basis: o.basis } : {}),
      ...(offenders !== undefined ? { offenders } : {}),
      ...(fixTop !== undefined ? { fixTop } : {}),
    },
  };
}

function printAudit(r: TagAuditResult): void {
  say(`Tag coverage, ${r.basis} cost, ${r.period ?? 'all months'} (target ${pct(r.target)}); policy: ${r.policyOrigin}`);
  const rows = [
    ['key', 'of all cost', 'of taggable cost', 'tagged cost'],
    ...r.coverage.map((c) => [c.key, pct(c.share), pct(c.taggableShare), money(c.taggedCost)]),
    ['all keys', pct(r.allKeysShare), pct(r.allKeysTaggableShare), money(r.allKeys.taggedCost)],
  ];
  for (const line of alignColumns(rows, ['left', 'right', 'right', 'right'])) say(line);
  say(`all cost ${money(r.totalCost)}, taggable (names a resource) ${money(r.taggableCost)}`);
  if (r.ifTopFixed.n > 0) say(`fixing the top ${r.ifTopFixed.n} (${money(r.ifTopFixed.fixedCost)}) would bring all keys to ${pct(r.ifTopFixed.allKeysShare)} of all cost, ${pct(r.ifTopFixed.allKeysTaggableShare)} of taggable cost`);
  say(`${plural(r.offenderCount, 'offender')}, ${money(r.offenderCost)}${r.offenders.length < r.offenderCount ? `; the first ${r.offenders.length}:` : ':'}`);
  const offenders = r.offenders.map((o) => [
    o.resourceId,
    o.accountId ?? '',
    o.serviceName ?? '',
    money(o.cost),
    [...o.missing.map((k) => `missing ${k}`), ...o.invalid.map((i) => `${i.key}: ${i.reason === 'invalidKey' ? `key "${i.foundKey}"` : `value "${i.value}"`}`)].join(', '),
  ]);
  for (const line of alignColumns(offenders, ['left', 'left', 'left', 'right', 'left'])) say(`  ${line}`);
  if (r.keyVariants.length + r.variants.length > 0) say('variants (merge with tags alias add):');
  for (const c of r.keyVariants) say(`  key ${c.canonical} ← ${c.variants.filter((v) => v.key !== c.canonical).map((v) => `"${v.key}" ${money(v.cost)}`).join(', ')}`);
  for (const c of r.variants) say(`  ${c.key}=${c.canonical} ← ${c.variants.filter((v) => v.value !== c.canonical).map((v) => `"${v.value}" ${money(v.cost)}`).join(', ')}`);
}

function printPolicy(p: SavedTagPolicy): void {
  say(p.origin === 'default' ? 'No tag policy saved: the default required keys.' : `Tag policy saved ${p.updatedAt}${p.source ? ` from ${p.source}` : ''}.`);
  for (const k of p.policy.keys) {
    const rule = k.allowedValues ? `values ${k.allowedValues.join(', ')}` : k.pattern ? `pattern ${k.pattern}` : 'any value';
    say(`  ${k.key}: ${rule}${k.appliesTo?.length ? `; on ${k.appliesTo.join(', ')}` : ''}`);
  }
}

export function registerTags(program: Command): void {
  const tags = program.command('tags').description('Tag coverage against a policy, the offenders to chase, and the tag policy.');
  tags
    .command('audit')
    .description('Share of cost carrying the required tag keys (over all cost and over cost that names a resource), and resources missing them, ranked by cost.')
    .requiredOption('--db <path>', 'workspace file')
    .option('--require <keys>', 'required keys, comma-separated (default: the saved policy, else Team,Environment,Project,CostCenter)')
    .option('--policy <file>', 'check against this policy file (AWS Organizations tag policy JSON) instead of the saved one')
    .option('--period <YYYY-MM>', 'one month of usage (default: all)')
    .option('--basis <basis>', 'cost basis: Effective (default), Billed, List, Contracted')
    .option('--offenders <n>', 'how many offenders to list (default 100; all are counted)')
    .option('--fix-top <n>', 'say what coverage would be if the top N offenders were fixed (default 10)')
    .option('--out <file>', 'also write every offender to FILE.csv, or FILE.xlsx with one sheet per account')
    .option('--json', 'print the audit as JSON on stdout (shares as fractions 0-1)')
    .action(async (o: AuditOptions) => {
      const db = existingDb(o.db);
      const request = auditRequest(o) as { spec: Record<string, unknown> };
      const format = o.out ? exportFormat(o.out) : null;
      const { r, file } = await withWorkspace(db, async (api) => ({
        r: await api.tagsAudit(validateRequest('tagsAudit', request)),
        file: format ? await api.tagsOffendersExport(validateRequest('tagsOffendersExport', { ...request, format })) : null,
      }));
      if (o.json) printJson(r);
      else printAudit(r);
      if (o.out && file) {
        writeFileSync(expandHome(o.out), Buffer.from(file.content, file.encoding));
        say(`wrote ${plural(Math.min(r.offenderCount, LIMITS.offenders), 'offender')} to ${o.out}`);
      }
    });

  registerTagAliasCommands(tags, existingDb);
  const policy = tags.command('policy').description("The workspace's tag policy: required keys, allowed values, scope.");
  policy
    .command('show')
    .description('Print the saved tag policy (or the default keys).')
    .requiredOption('--db <path>', 'workspace file')
    .option('--json', 'print it as JSON on stdout')
    .action(async (o: DbOptions) => {
      const p = await withWorkspace(existingDb(o.db), (api) => api.tagPolicyGet({}));
      if (o.json) printJson(p);
      else printPolicy(p);
    });
  policy
    .command('import <file>')
    .description('Save an AWS Organizations tag policy JSON as the workspace policy (replaces the saved one).')
    .requiredOption('--db <path>', 'workspace file')
    .option('--json', 'print the saved policy as JSON on stdout')
    .action(async (file: string, o: DbOptions) => {
      const document = readPolicyJson(file);
      const p = await withWorkspace(existingDb(o.db), (api) => api.tagPolicyImport(validateRequest('tagPolicyImport', { document, source: basename(file) })));
      if (o.json) printJson(p);
      else printPolicy(p);
    });
  policy
    .command('export')
    .description('Print the policy as an AWS Organizations tag policy JSON (or write it with --out).')
    .requiredOption('--db <path>', 'workspace file')
    .option('--out <file>', 'write the JSON to FILE instead of stdout')
    .action(async (o: DbOptions & { out?: string }) => {
      const r = await withWorkspace(existingDb(o.db), (api) => api.tagPolicyExport({}));
      for (const w of r.warnings) say(`warning: ${w}`);
      const text = `${JSON.stringify(r.document, null, 2)}\n`;
      if (o.out) {
        writeFileSync(expandHome(o.out), text);
        say(`wrote ${o.out}`);
      } else process.stdout.write(text);
    });
}
