// `finops-workbench tags alias list|add|remove`: the workspace's tag aliases, which every engine
// reads tags through (core/engines/tags/aliases). `add key FROM... --to TO` renames keys;
// `add value --key K FROM... --to TO` renames values of key K.
import type { Command } from 'commander';
import { ErrorCode, WorkbenchError } from '../../api/errors.ts';
import { validateRequest } from '../../api/validate.ts';
import type { TagAlias } from '../../api/tags-contract.ts';
import { alignColumns } from '../format/text.ts';
import { printJson, say } from '../output.ts';
import { withWorkspace } from '../workspace-arg.ts';

interface AliasOptions {
  db: string;
  json?: boolean;
  key?: string;
  to?: string;
}

function kindOf(kind: string): 'key' | 'value' {
  if (kind === 'key' || kind === 'value') return kind;
  throw new WorkbenchError(ErrorCode.BAD_REQUEST, `An alias is of a "key" or a "value", not "${kind}": e.g. tags alias add key cost-center --to CostCenter, or tags alias add value --key Environment Prod production --to prod.`);
}

function printAliases(aliases: TagAlias[]): void {
  if (aliases.length === 0) {
    say('No tag aliases: every engine reads tags as they were loaded.');
    return;
  }
  const rows = [['kind', 'key', 'from', 'reads as', 'added'], ...aliases.map((a) => [a.kind, a.key ?? '', JSON.stringify(a.from), JSON.stringify(a.to), a.createdAt])];
  for (const line of alignColumns(rows, ['left', 'left', 'left', 'left', 'left'])) say(line);
}

function print(o: AliasOptions, r: { aliases: TagAlias[] }): void {
  if (o.json) printJson(r);
  else printAliases(r.aliases);
}

export function registerTagAliasCommands(tags: Command, existingDb: (db: string) => string): void {
  const alias = tags.command('alias').description('Key and value aliases that every engine reads tags through (loaded tags stay as they are).');
  alias
    .command('list')
    .description('Print the aliases.')
    .requiredOption('--db <path>', 'workspace file')
    .option('--json', 'print {aliases} as JSON on stdout')
    .action(async (o: AliasOptions) => print(o, await withWorkspace(existingDb(o.db), (api) => api.tagAliasList({}))));
  alias
    .command('add <kind> <from...>')
    .description('Make each FROM read as --to: kind "key" renames keys, kind "value" renames values of --key. Loops are refused.')
    .requiredOption('--db <path>', 'workspace file')
    .requiredOption('--to <canonical>', 'the key or value FROM reads as')
    .option('--key <key>', 'for value aliases: the key whose values these are')
    .option('--json', 'print {aliases} as JSON on stdout')
    .action(async (kind: string, from: string[], o: AliasOptions) => {
      const request = validateRequest('tagAliasAdd', { kind: kindOf(kind), ...(o.key !== undefined ? { key: o.key } : {}), from, to: o.to });
      print(o, await withWorkspace(existingDb(o.db), (api) => api.tagAliasAdd(request)));
    });
  alias
    .command('remove <kind> <from>')
    .description('Remove the alias from FROM (kind "key", or "value" with --key).')
    .requiredOption('--db <path>', 'workspace file')
    .option('--key <key>', 'for value aliases: the key whose value this is')
    .option('--json', 'print {aliases} as JSON on stdout')
    .action(async (kind: string, from: string, o: AliasOptions) => {
      const request = validateRequest('tagAliasRemove', { kind: kindOf(kind), ...(o.key !== undefined ? { key: o.key } : {}), from });
      print(o, await withWorkspace(existingDb(o.db), (api) => api.tagAliasRemove(request)));
    });
}
