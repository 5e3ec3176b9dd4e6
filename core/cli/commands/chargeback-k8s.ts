// `finops-workbench chargeback k8s import|list|remove|split`: OpenCost / Kubecost allocation
// exports and the split of a cluster's node cost. The subcommands hang under `chargeback`,
// whichever registrar makes that group first (the engine's command or this one).
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { ErrorCode, WorkbenchError } from '../../api/errors.ts';
import { validateRequest } from '../../api/validate.ts';
import { importLines, splitLines } from '../format/chargeback-k8s.ts';
import { printJson, say } from '../output.ts';
import { expandHome } from '../paths.ts';
import { existingDb, withWorkspace } from '../workspace-arg.ts';

interface DbOptions {
  db: string;
  json?: boolean;
}

/**
 * The options given anywhere on the line: under the engine's `chargeback` (which takes --db,
 * --period, --by, --basis and --json itself) commander gives those to the parent wherever they are
 * written, so they are read from the subcommand and its ancestors together.
 */
function optionsOf<T>(cmd: Command): T {
  const o = cmd.optsWithGlobals<Record<string, unknown>>();
  if (typeof o.db !== 'string') throw new WorkbenchError(ErrorCode.BAD_REQUEST, 'No workspace given: pass --db PATH.');
  return o as T;
}

function required(value: string | undefined, flag: string, example: string): string {
  if (value === undefined) throw new WorkbenchError(ErrorCode.BAD_REQUEST, `${flag} is missing: pass ${flag} ${example}.`);
  return value;
}

/** The `chargeback` group: the one already registered, or a new one. */
export function chargebackGroup(program: Command): Command {
  return program.commands.find((c) => c.name() === 'chargeback') ?? program.command('chargeback').description('Chargeback and showback: allocation rules, shared-cost splits, Kubernetes allocation, statements.');
}

export function registerChargebackK8s(program: Command): void {
  const k8s = chargebackGroup(program).command('k8s').description("Kubernetes allocation (OpenCost, Kubecost): import exports and split a cluster's node cost among namespaces or labels.");
  k8s
    .command('import')
    .description('Import an OpenCost / Kubecost allocation export: the /allocation API JSON or the CSV export (told from content). Checked against the loaded bill; all or nothing.')
    .option('--db <path>', 'workspace file (with the bill of the allocation\'s days loaded)')
    .argument('<file>', 'the JSON or CSV file')
    .option('--cluster <name>', "the cluster's name in the bill (its nodes' eks:cluster-name tag), for a file that names none or names it otherwise")
    .option('--cluster-tag <key>', 'a tag key whose value names a node\'s cluster, besides eks:cluster-name, aws:eks:cluster-name and kubernetes.io/cluster/<name>')
    .option('--json', 'print {import, alreadyImported, imports} as JSON on stdout')
    .action(async (file: string, _o: unknown, cmd: Command) => {
      const o = optionsOf<DbOptions & { cluster?: string; clusterTag?: string }>(cmd);
      const path = expandHome(file);
      if (!existsSync(path)) throw new WorkbenchError(ErrorCode.BAD_REQUEST, `No file at ${file}: give the path of an OpenCost allocation export (JSON or CSV).`);
      const text = readFileSync(path, 'utf8');
      const r = await withWorkspace(existingDb(o.db), (api) =>
        api.chargebackKubernetesImport({ fileName: basename(path), text, ...(o.cluster ? { cluster: o.cluster } : {}), ...(o.clusterTag ? { clusterTag: o.clusterTag } : {}) }),
      );
      if (o.json) printJson(r);
      else {
        say(r.alreadyImported ? `${file} was imported before (import ${r.import.id}); nothing changed.` : `Imported ${file} as import ${r.import.id}.`);
        for (const line of importLines(r.imports)) say(line);
      }
    });
  k8s
    .command('list')
    .description('The imported allocation files.')
    .option('--db <path>', 'workspace file')
    .option('--json', 'print {imports} as JSON on stdout')
    .action(async (_o: unknown, cmd: Command) => {
      const o = optionsOf<DbOptions>(cmd);
      const r = await withWorkspace(existingDb(o.db), (api) => api.chargebackKubernetesList({}), { readOnly: true });
      if (o.json) printJson(r);
      else for (const line of importLines(r.imports)) say(line);
    });
  k8s
    .command('remove')
    .description('Remove an import (by the id "k8s list" shows) and its allocations.')
    .option('--db <path>', 'workspace file')
    .argument('<id>', 'the import id')
    .option('--json', 'print {imports} (those left) as JSON on stdout')
    .action(async (id: string, _o: unknown, cmd: Command) => {
      const o = optionsOf<DbOptions>(cmd);
      if (!/^\d+$/.test(id)) throw new WorkbenchError(ErrorCode.BAD_REQUEST, `An import id is a number ("chargeback k8s list" shows them), not "${id}".`);
      const r = await withWorkspace(existingDb(o.db), (api) => api.chargebackKubernetesRemove(validateRequest('chargebackKubernetesRemove', { id: Number(id) })));
      if (o.json) printJson(r);
      else say(`Import ${id} removed.`);
    });
  k8s
    .command('split')
    .description("A cluster's node cost in a billing period, split among namespaces (or a label's values), idle apart, reconciled to the bill.")
    .option('--db <path>', 'workspace file')
    .option('--period <YYYY-MM>', 'the billing period (required)')
    .option('--cluster <name>', "the cluster, as its nodes' tags name it (required)")
    .option('--by <grouping>', 'namespace (default) or label:KEY')
    .option('--basis <basis>', 'cost basis: Effective (default), Billed, List, Contracted')
    .option('--json', 'print the split as JSON on stdout')
    .action(async (_o: unknown, cmd: Command) => {
      const o = optionsOf<DbOptions & { period?: string; cluster?: string; by?: string; basis?: string }>(cmd);
      const period = required(o.period, '--period', 'YYYY-MM (e.g. --period 2026-10)');
      const cluster = required(o.cluster, '--cluster', "NAME (the cluster as its nodes' eks:cluster-name tag names it)");
      const request = validateRequest('chargebackKubernetesSplit', { period, cluster, ...(o.by ? { by: o.by } : {}), ...(o.basis ? { basis: o.basis } : {}) });
      const r = await withWorkspace(existingDb(o.db), (api) => api.chargebackKubernetesSplit(request), { readOnly: true });
      if (o.json) printJson(r);
      else for (const line of splitLines(r)) say(line);
    });
}
